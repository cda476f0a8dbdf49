import { applySchema, awaitIndexes } from './db/migrations.js';
import type { Database } from './db/database.js';
import { backfillSources } from './statement/sources.js';

export interface MigrationReport {
  applied: number;
  created: number;
  /** Statements given their SOURCED_BY relationships (src/statement/sources.ts); 0 once done. */
  sourcesBackfilled: number;
}

/**
 * Brings a database up to what the code relies on, at every start, before the tests and before a seed:
 * the schema (src/db/migrations.ts), then the domains' backfills, then waits for the indexes.
 */
export async function migrate(db: Database): Promise<MigrationReport> {
  const schema = await applySchema(db);
  const sourcesBackfilled = await backfillSources(db);
  await awaitIndexes(db);
  return { ...schema, sourcesBackfilled };
}
