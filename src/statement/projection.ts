import { tuple, type Columns } from '../db/tuple.js';
import type { AttributionRow, StatementRow } from './rows.js';

/**
 * A statement as every query that returns statements sends it (a list: src/db/tuple.ts), so they all
 * return the same `StatementRow`.
 */
/** The Cypher of each StatementRow property of the statement bound to `s`. */
export const statementColumns = (s: string): Columns<StatementRow> => ({
  id: `${s}.id`,
  kind: `${s}.kind`,
  subject: `[(${s})-[:SUBJECT]->(x) | x.id][0]`,
  object: `[(${s})-[:OBJECT]->(x) | x.id][0]`,
  status: `${s}.status`,
  role: `${s}.role`,
  text: `${s}.text`,
  note: `${s}.note`,
  start: `${s}.start`,
  startText: `${s}.startText`,
  end: `${s}.end`,
  endText: `${s}.endText`,
  pointInTime: `${s}.pointInTime`,
  pointInTimeText: `${s}.pointInTimeText`,
  countAmount: `${s}.countAmount`,
  countPhrasing: `${s}.countPhrasing`,
  countUnit: `${s}.countUnit`,
  countText: `${s}.countText`,
  distanceAmount: `${s}.distanceAmount`,
  distancePhrasing: `${s}.distancePhrasing`,
  distanceUnit: `${s}.distanceUnit`,
  distanceBearing: `${s}.distanceBearing`,
  distanceText: `${s}.distanceText`,
  retractedAt: `toString(${s}.retractedAt)`,
  retractedBy: `${s}.retractedBy`,
  retractionReason: `${s}.retractionReason`,
});

export const STATEMENT = tuple<StatementRow>(statementColumns);

/** The same for an attribution. */
export const ATTRIBUTION = tuple<AttributionRow>((a) => ({
  id: `${a}.id`,
  statement: `[(st)-[:HAS_ATTRIBUTION]->(${a}) | st.id][0]`,
  reporter: `[(${a})-[:REPORTED_BY]->(x) | x.id][0]`,
  carriedBy: `[(${a})-[:CARRIED_BY]->(x) | x.id][0]`,
  quote: `${a}.quote`,
  reportedOn: `${a}.reportedOn`,
  reportedOnText: `${a}.reportedOnText`,
}));

/** The rows of a list of statement lists. */
export const statementRows = (lists: unknown): StatementRow[] => (lists as unknown[][]).map(STATEMENT.of);
