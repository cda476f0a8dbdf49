import type { StatementKind } from './kinds.js';

/** A statement as the queries return it; the GraphQL `Statement` type maps to it. Dates are as written. */
export interface StatementRow {
  id: string;
  kind: StatementKind;
  subject: string;
  object: string | null;
  status: string | null;
  role: string | null;
  text: string | null;
  note: string | null;
  start: string | null;
  startText: string | null;
  end: string | null;
  endText: string | null;
  pointInTime: string | null;
  pointInTimeText: string | null;
  countAmount: number | null;
  countPhrasing: string | null;
  countUnit: string | null;
  countText: string | null;
  distanceAmount: number | null;
  distancePhrasing: string | null;
  distanceUnit: string | null;
  distanceBearing: string | null;
  distanceText: string | null;
  /** Set once the statement is retracted (an ISO timestamp), with who retracted it and why. */
  retractedAt: string | null;
  retractedBy: string | null;
  retractionReason: string | null;
}

/** An attribution with the ids of what it links; the GraphQL `Attribution` type maps to it. */
export interface AttributionRow {
  id: string;
  statement: string;
  reporter: string;
  carriedBy: string;
  quote: string | null;
  reportedOn: string | null;
  reportedOnText: string | null;
}
