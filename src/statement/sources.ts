import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt, type Database } from '../db/database.js';

/**
 * `(:Statement)-[:SOURCED_BY {reporter, statement}]->(reporter)`: one per statement and entity that
 * reported it, beside the attributions it summarises, on statements that are not retracted (like the
 * kind shortcuts, src/statement/kinds.ts). Reading a reporter's statements through its attributions walks all
 * of them (108,000 for the busiest outlet of the generated million, 3 s); through this relationship the
 * count is the reporter's degree and a page is a seek in the `statement_sources` index, ordered by
 * statement id. Every write path keeps it: the seed's create and upsert paths, addStatement and
 * retractStatement; a database written before it existed is filled in by `backfillSources`.
 */

/** The index that pages a reporter's statements in id order; made once the backfill is complete. */
export const SOURCES_INDEX = 'statement_sources';

export const sourcesIndexCypher =
  `CREATE RANGE INDEX ${SOURCES_INDEX} IF NOT EXISTS ` +
  'FOR ()-[x:SOURCED_BY]-() ON (x.reporter, x.statement)';

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

const syncSourcesCypher = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
${REMAKE_SOURCES}
RETURN count(*) AS synced`;

/** Makes the SOURCED_BY relationships of these statements agree with their attributions and retraction. */
export async function syncSources(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length) await tx.run(syncSourcesCypher, { ids });
}

const nextStatementsCypher = `
MATCH (s:Statement) WHERE s.id > $after
RETURN s.id AS id ORDER BY s.id LIMIT $limit`;

/** How many statements one backfill transaction covers: well inside the per-transaction time limit. */
const BACKFILL_BATCH = 5000;

/**
 * Gives every statement its SOURCED_BY relationships, in id order, a batch per transaction, unless the
 * index exists: it is made last, so a backfill cut short is done again whole at the next start. Returns
 * how many statements were covered.
 */
export async function backfillSources(db: Database, batchSize = BACKFILL_BATCH): Promise<number> {
  // By what it indexes, not by name: CREATE ... IF NOT EXISTS keeps an equivalent index of another name.
  const indexes = await db.read((tx) =>
    tx.run(
      `SHOW RANGE INDEXES YIELD labelsOrTypes, properties
       WHERE labelsOrTypes = ['SOURCED_BY'] AND properties = ['reporter', 'statement'] RETURN 1`,
    ),
  );
  if (indexes.records.length) return 0;
  let covered = 0;
  for (let after = ''; ;) {
    const ids = await db.write(async (tx) => {
      const result = await tx.run(nextStatementsCypher, { after, limit: cypherInt(batchSize) });
      const batch = result.records.map((r) => r.get('id') as string);
      await syncSources(tx, batch);
      return batch;
    });
    covered += ids.length;
    if (ids.length < batchSize) break;
    after = ids.at(-1)!;
  }
  await db.write((tx) => tx.run(sourcesIndexCypher));
  return covered;
}
