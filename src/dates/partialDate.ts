/**
 * Dates as sources give them: a day (2018-04-20), a month (2018-04) or a year (2012). A partial date is
 * never widened to a day: "since 2012" stays the year 2012, and when a question needs a day it uses the
 * whole period the date covers (`first` .. `last`).
 */
export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** As written: 2018-04-20, 2018-04 or 2012. */
  value: string;
  precision: Precision;
  /** The first and last day of the period, as YYYY-MM-DD. */
  first: string;
  last: string;
}

export const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];

const FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Counted, not asked of a Date: timelines ask it hundreds of times per request. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export class PartialDateError extends Error {}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; throws PartialDateError saying what is wrong. */
export function parsePartialDate(input: string): PartialDate {
  const match = FORMAT.exec(input);
  if (!match) {
    throw new PartialDateError(`"${input}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  const year = Number(match[1]);
  if (year < 1) throw new PartialDateError(`"${input}" has year 0`);
  if (match[2] === undefined) {
    return { value: input, precision: 'year', first: `${match[1]}-01-01`, last: `${match[1]}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new PartialDateError(`"${input}" has no month ${match[2]}`);
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return {
      value: input,
      precision: 'month',
      first: `${match[1]}-${match[2]}-01`,
      last: `${match[1]}-${match[2]}-${pad(lastDay)}`,
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) {
    throw new PartialDateError(`"${input}" is not a real date: ${match[1]}-${match[2]} has ${lastDay} days`);
  }
  return { value: input, precision: 'day', first: input, last: input };
}

export function precisionOf(input: string): Precision | undefined {
  const match = FORMAT.exec(input);
  if (!match) return undefined;
  return match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
}
