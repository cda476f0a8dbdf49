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

/**
 * A claim as it answers for `place`, written out rather than spread: on the Node this runs on,
 * `{ ...claim, place }` costs over a microsecond a claim, and a timeline has hundreds.
 */
export const claimFor = (
  claim: Omit<ControlClaim, 'place' | 'distance' | 'statement'>,
  place: string,
  distance: number,
  statement: StatementRow,
): ControlClaim => ({
  place,
  scope: claim.scope,
  distance,
  faction: claim.faction,
  statement,
  reportedFrom: claim.reportedFrom,
  reportedTo: claim.reportedTo,
});

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
