import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt, type Database } from '../db/database.js';
import {
  nextStatementsCypher,
  sourcesIndexCypher,
  sourcesIndexExistsCypher,
  syncSourcesCypher,
} from './sourceQueries.js';

/**
 * `(:Statement)-[:SOURCED_BY {reporter, statement}]->(reporter)`: one per statement and entity that
 * reported it, beside the attributions it summarises, on statements that are not retracted (like the
 * kind shortcuts, src/statement/kinds.ts). Reading a reporter's statements through its attributions walks all
 * of them (108,000 for the busiest outlet of the generated million, 3 s); through this relationship the
 * count is the reporter's degree and a page is a seek in the `statement_sources` index, ordered by
 * statement id. Every write path keeps it: the seed's create and upsert paths, addStatement and
 * retractStatement; a database written before it existed is filled in by `backfillSources`. Its Cypher
 * is in src/statement/sourceQueries.ts.
 */

export { SOURCES_INDEX } from './sourceQueries.js';

/** Makes the SOURCED_BY relationships of these statements agree with their attributions and retraction. */
export async function syncSources(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length) await tx.run(syncSourcesCypher, { ids });
}

/** How many statements one backfill transaction covers: well inside the per-transaction time limit. */
const BACKFILL_BATCH = 5000;

/**
 * Gives every statement its SOURCED_BY relationships, in id order, a batch per transaction, unless the
 * index exists: it is made last, so a backfill cut short is done again whole at the next start. Returns
 * how many statements were covered.
 */
export async function backfillSources(db: Database, batchSize = BACKFILL_BATCH): Promise<number> {
  const indexes = await db.read((tx) => tx.run(sourcesIndexExistsCypher));
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
