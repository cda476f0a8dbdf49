import type { StatementRow } from '../statement/rows.js';

/** A control statement about a place, as it may answer for `place` (itself or a place inside `scope`). */
export interface ControlClaim {
  /** The place the question is about. */
  place: string;
  /** The place the statement is about: `place` itself or a place it lies in. */
  scope: string;
  /** LOCATED_IN steps from `place` to `scope`: 0 for a statement about the place itself. */
  distance: number;
  faction: string;
  statement: StatementRow;
  /** The earliest and latest day the statement was reported, YYYY-MM-DD, when reported at all. */
  reportedFrom: string | null;
  reportedTo: string | null;
}

/** What the GraphQL `Control` type maps to: a claim and the date it answers for. */
export interface ControlRow {
  claim: ControlClaim;
  asOf: string | null;
}

/** What the GraphQL `ControlPeriod` type maps to. */
export interface ControlPeriodRow {
  from: string | null;
  to: string | null;
  controls: ControlRow[];
}
