import type { DateInput } from '../ingest/schema.js';
import type { Random } from './prng.js';

/**
 * Days as whole numbers (days since 1970-01-01), so the generator can add and compare them cheaply, and
 * their written forms at the precision a source would give: 2016, 2016-03 or 2016-03-14.
 */

const MS_PER_DAY = 86_400_000;

export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

/** The span the generated conflict covers: the first claims and reports, and the last. */
export const FIRST_DAY = dayOf('2011-03-15');
export const LAST_DAY = dayOf('2024-12-31');

const isoCache = new Map<number, string>();

/** YYYY-MM-DD. */
export function iso(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}

export type Precision = 'day' | 'month' | 'year';

/** The day written at a precision: the year or month it falls in, or the day itself. */
export function written(day: number, precision: Precision): string {
  const text = iso(day);
  return precision === 'year' ? text.slice(0, 4) : precision === 'month' ? text.slice(0, 7) : text;
}

export function dateInput(day: number, precision: Precision, text?: string): DateInput {
  return { value: written(day, precision), text };
}

/** Sources give a year now and then, a month often, a day most often. */
export function somePrecision(rng: Random, year = 0.2, month = 0.35): Precision {
  const r = rng.next();
  return r < year ? 'year' : r < year + month ? 'month' : 'day';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 2016": for names and quotes. */
export function monthWords(day: number): string {
  const text = iso(day);
  return `${MONTHS[Number(text.slice(5, 7)) - 1]} ${text.slice(0, 4)}`;
}

/** "14 March 2016", "March 2016" or "2016", as a quote would say it. */
export function dateWords(day: number, precision: Precision): string {
  if (precision === 'year') return iso(day).slice(0, 4);
  if (precision === 'month') return monthWords(day);
  return `${Number(iso(day).slice(8, 10))} ${monthWords(day)}`;
}
