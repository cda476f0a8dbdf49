import { daysInMonth, pad } from './partialDate.js';

/** A date as a source gave it: the value as written and, when the editor kept them, the source's words. */
export interface DateValueRow {
  value: string;
  text: string | null;
}

export function dateValue(value: string | null, text: string | null): DateValueRow | null {
  return value === null ? null : { value, text };
}

const DAY_MS = 86_400_000;

/**
 * The day after (or before, with -1) a YYYY-MM-DD day. A timeline shifts hundreds of days per request,
 * and a Date costs over a microsecond each, so a shift by one day is counted on the text.
 */
export function shiftDay(day: string, days: number): string {
  if (days === 1 || days === -1) {
    let year = Number(day.slice(0, 4));
    let month = Number(day.slice(5, 7));
    let date = Number(day.slice(8, 10)) + days;
    if (date < 1) {
      month -= 1;
      if (month < 1) [year, month] = [year - 1, 12];
      date = daysInMonth(year, month);
    } else if (date > daysInMonth(year, month)) {
      month += 1;
      if (month > 12) [year, month] = [year + 1, 1];
      date = 1;
    }
    if (year >= 1 && year <= 9999) return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
  }
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
