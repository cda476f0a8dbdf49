import type { PartialDate } from './partialDate.js';

/**
 * The dates the graph accepts as input. The conflicts it records are of this century and the last: the
 * oldest fact it plausibly needs is a border or a founding of the 20th century (the mandates of the
 * 1920s), so a year before 1900 is a typo (1018 for 2018) or junk. Dates read back are never bounded:
 * questions may ask about any year.
 */
export const EARLIEST_YEAR = 1900;
/** How far ahead an expected statement may be dated: long leases and agreements run for decades. */
export const YEARS_AHEAD = 100;

const HOUR_MS = 3_600_000;

/**
 * Today's date where it is latest (UTC+14, the Line Islands): a report dated today in Damascus or in
 * Auckland is never "in the future" because the server's clock is on UTC.
 */
export function latestToday(now = Date.now()): string {
  return new Date(now + 14 * HOUR_MS).toISOString().slice(0, 10);
}

/** Why a date is implausibly old or far ahead, or undefined. */
export function yearProblem(date: PartialDate, today = latestToday()): string | undefined {
  const year = Number(date.value.slice(0, 4));
  if (year < EARLIEST_YEAR) {
    return `"${date.value}" is before ${EARLIEST_YEAR}, earlier than anything the graph records: check the year`;
  }
  const latest = Number(today.slice(0, 4)) + YEARS_AHEAD;
  if (year > latest)
    return `"${date.value}" is after ${latest}, more than ${YEARS_AHEAD} years ahead: check the year`;
  return undefined;
}

/** Whether all of a date's period is after `day` (YYYY-MM-DD): "2026" is not after 2026-12-03. */
export function isAfter(date: PartialDate, day: string): boolean {
  return date.first > day;
}
