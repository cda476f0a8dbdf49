/**
 * The Cypher of the `SOURCED_BY` relationships (src/statement/sources.ts says what they are for and runs
 * the backfill).
 */

/** The index that pages a reporter's statements in id order; made once the backfill is complete. */
export const SOURCES_INDEX = 'statement_sources';

export const sourcesIndexCypher =
  `CREATE RANGE INDEX ${SOURCES_INDEX} IF NOT EXISTS ` +
  'FOR ()-[x:SOURCED_BY]-() ON (x.reporter, x.statement)';

// By what it indexes, not by name: CREATE ... IF NOT EXISTS keeps an equivalent index of another name.
export const sourcesIndexExistsCypher = `SHOW RANGE INDEXES YIELD labelsOrTypes, properties
WHERE labelsOrTypes = ['SOURCED_BY'] AND properties = ['reporter', 'statement'] RETURN 1`;

/** Cypher for a statement bound to `s` whose attributions are written: makes its SOURCED_BY anew. */
export const REMAKE_SOURCES = `CALL (s) {
  OPTIONAL MATCH (s)-[old:SOURCED_BY]->()
  DELETE old
}
CALL (s) {
  WITH s WHERE s.retractedAt IS NULL
  MATCH (s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY]->(reporter:Entity)
  WITH DISTINCT s, reporter
  CREATE (s)-[:SOURCED_BY {reporter: reporter.id, statement: s.id}]->(reporter)
}`;

export const syncSourcesCypher = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
${REMAKE_SOURCES}
RETURN count(*) AS synced`;

/** The next `$limit` statement ids after `$after`, for the backfill's batches. */
export const nextStatementsCypher = `
MATCH (s:Statement) WHERE s.id > $after
RETURN s.id AS id ORDER BY s.id LIMIT $limit`;
