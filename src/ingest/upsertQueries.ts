import type { ManagedTransaction } from 'neo4j-driver';
import type { AttributionRow, EntityRow, StatementRow } from './plan.js';

/**
 * The seed's writes to a database that may hold the rows already (a second run, an update of a file), each
 * a batched UNWIND. Rows whose hash matches the node's are skipped, so a second
 * run writes nothing. Labels and relationship types come from the allow-lists (src/entity/labels.ts,
 * src/statement/kinds.ts), checked before a row is built; Cypher's $(...) sets them from the row.
 */

export const wipeGraphCypher = `MATCH (n) DETACH DELETE n`;

/** Returns the ids it created or changed. */
export const upsertEntitiesCypher = `
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old IS NULL AS created, old
WHERE created OR old.seedHash IS NULL OR old.seedHash <> row.hash
// Aliases added through the API are not in the files: keep them (old is e; read before SET e = ...).
WITH row, created, old.addedAliases AS addedAliases, old.addedSearchText AS addedSearchText
MERGE (e:Entity {id: row.id})
SET e = row.props, e.seedHash = row.hash
SET e.addedAliases = addedAliases, e.addedSearchText = addedSearchText,
    e.aliases = e.aliases + [a IN coalesce(addedAliases, []) WHERE NOT a IN e.aliases],
    e.searchText = e.searchText + coalesce('\\n' + addedSearchText, '')
SET e:$(row.label)
WITH e, row, created
CALL (e, row) {
  OPTIONAL MATCH (e)-[r:PUBLISHED_BY|DATELINE]->()
  DELETE r
}
CALL (e, row) {
  WITH e, row WHERE row.publisher IS NOT NULL
  MATCH (publisher:Entity {id: row.publisher})
  MERGE (e)-[:PUBLISHED_BY]->(publisher)
}
CALL (e, row) {
  WITH e, row WHERE row.dateline IS NOT NULL
  MATCH (place:Entity {id: row.dateline})
  MERGE (e)-[:DATELINE]->(place)
}
RETURN row.id AS id, row.label AS label, created`;

/**
 * A changed statement is rewritten whole: its subject/object links and its shortcut relationship are
 * removed and made again, so an edit in the file never leaves a stale edge behind. A retracted statement
 * has no shortcut.
 */
export const upsertStatementsCypher = `
UNWIND $rows AS row
OPTIONAL MATCH (old:Statement {id: row.id})
WITH row, old IS NULL AS created, old
WHERE created OR old.seedHash IS NULL OR old.seedHash <> row.hash
// A retraction made through the API outlives edits to the seed file: it is a decision, not file content.
WITH row, created, old { .retractedAt, .retractedBy, .retractionReason } AS retraction
MERGE (s:Statement {id: row.id})
SET s = row.props, s.seedHash = row.hash
SET s += coalesce(retraction, {})
WITH s, row, created
CALL (s) {
  OPTIONAL MATCH (s)-[:SUBJECT]->(:Entity)-[shortcut]->(:Entity)
  WHERE shortcut.statement = s.id
  DELETE shortcut
}
CALL (s) {
  OPTIONAL MATCH (s)-[link:SUBJECT|OBJECT]->()
  DELETE link
}
MATCH (subject:Entity {id: row.subject})
MERGE (s)-[:SUBJECT]->(subject)
WITH s, row, created, subject
CALL (s, row, subject) {
  WITH s, row, subject WHERE row.object IS NOT NULL
  MATCH (object:Entity {id: row.object})
  MERGE (s)-[:OBJECT]->(object)
  WITH s, subject, object, row WHERE row.shortcut IS NOT NULL AND s.retractedAt IS NULL
  CREATE (subject)-[shortcut:$(row.shortcut)]->(object)
  SET shortcut = row.shortcutProps
}
RETURN row.id AS id, created`;

/** Seed attributions that a changed statement no longer has. */
export const removeStaleAttributionsCypher = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})-[:HAS_ATTRIBUTION]->(a:Attribution)
WHERE a.origin = 'seed' AND NOT a.id IN row.keep
DETACH DELETE a
RETURN count(*) AS removed`;

export const createAttributionsCypher = `
UNWIND $rows AS row
OPTIONAL MATCH (old:Attribution {id: row.id})
WITH row WHERE old IS NULL
MATCH (s:Statement {id: row.statement})
MATCH (reporter:Entity {id: row.reporter})
MATCH (carrier:Entity {id: row.carriedBy})
CREATE (s)-[:HAS_ATTRIBUTION]->(a:Attribution)-[:REPORTED_BY]->(reporter)
SET a = row.props
CREATE (a)-[:CARRIED_BY]->(carrier)
RETURN count(*) AS created`;

export async function upsertEntities(tx: ManagedTransaction, rows: EntityRow[]) {
  const result = await tx.run(upsertEntitiesCypher, { rows });
  return result.records.map((r) => ({
    id: r.get('id') as string,
    label: r.get('label') as string,
    created: r.get('created') as boolean,
  }));
}

export async function upsertStatements(tx: ManagedTransaction, rows: StatementRow[]) {
  const result = await tx.run(upsertStatementsCypher, {
    rows: rows.map(({ attributions: _attributions, ...row }) => row),
  });
  return result.records.map((r) => ({ id: r.get('id') as string, created: r.get('created') as boolean }));
}

export async function removeStaleAttributions(
  tx: ManagedTransaction,
  rows: { statement: string; keep: string[] }[],
) {
  const result = await tx.run(removeStaleAttributionsCypher, { rows });
  return result.records.reduce((sum, r) => sum + Number(r.get('removed')), 0);
}

export async function createAttributions(tx: ManagedTransaction, rows: AttributionRow[]) {
  const result = await tx.run(createAttributionsCypher, { rows });
  return Number(result.records[0]?.get('created') ?? 0);
}
