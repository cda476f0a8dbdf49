/**
 * The Cypher map projection of a statement bound to `s`, shared by every query that returns statements
 * so they all return the same `StatementRow`.
 */
export const STATEMENT_ROW = `s {
  .id, .kind, .status, .role, .text, .note,
  .start, .startText, .end, .endText, .pointInTime, .pointInTimeText,
  .countAmount, .countPhrasing, .countUnit, .countText,
  .distanceAmount, .distancePhrasing, .distanceUnit, .distanceBearing, .distanceText,
  retractedAt: toString(s.retractedAt), .retractedBy, .retractionReason,
  subject: [(s)-[:SUBJECT]->(x) | x.id][0],
  object: [(s)-[:OBJECT]->(x) | x.id][0]
}`;

/** The same for an attribution bound to `a`. */
export const ATTRIBUTION_ROW = `a {
  .id, .quote, .reportedOn, .reportedOnText,
  statement: [(st)-[:HAS_ATTRIBUTION]->(a) | st.id][0],
  reporter: [(a)-[:REPORTED_BY]->(x) | x.id][0],
  carriedBy: [(a)-[:CARRIED_BY]->(x) | x.id][0]
}`;
