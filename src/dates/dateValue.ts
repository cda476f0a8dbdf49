/** A date as a source gave it: the value as written and, when the editor kept them, the source's words. */
export interface DateValueRow {
  value: string;
  text: string | null;
}

export function dateValue(value: string | null, text: string | null): DateValueRow | null {
  return value === null ? null : { value, text };
}

const DAY_MS = 86_400_000;

/** The day after (or before, with -1) a YYYY-MM-DD day. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
