import { describe, expect, it } from 'vitest';
import { shiftDay } from '../../src/dates/dateValue.js';
import { daysInMonth } from '../../src/dates/partialDate.js';

const DAY_MS = 86_400_000;
const byCalendar = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

describe('shiftDay counted on the text', () => {
  it('agrees with the calendar on every day of leap and common years, century years included', () => {
    let checked = 0;
    for (const year of [1, 1899, 1900, 1999, 2000, 2023, 2024, 9999]) {
      for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += DAY_MS) {
        const day = new Date(t).toISOString().slice(0, 10);
        for (const days of year === 9999 ? [-1, 2, -40] : [1, -1, 2, -40]) {
          expect([day, days, shiftDay(day, days)]).toEqual([day, days, byCalendar(day, days)]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(8 * 365 * 3);
  });

  it('counts the days of every month as the calendar does', () => {
    for (const year of [1900, 2000, 2023, 2024])
      for (let month = 1; month <= 12; month++)
        expect([year, month, daysInMonth(year, month)]).toEqual([
          year,
          month,
          new Date(Date.UTC(year, month, 0)).getUTCDate(),
        ]);
  });
});
