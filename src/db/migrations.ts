import type { Database } from './database.js';

/** The full-text index of entity names and aliases that search queries (src/search/queries.ts). */
export const SEARCH_INDEX = 'entity_search';

/**
 * The schema the code relies on. Each statement is idempotent (IF NOT EXISTS), so they all run at every
 * start, before the tests and before a seed: running them twice changes nothing. To change an index,
 * add a DROP ... IF EXISTS followed by the new CREATE, never edit one in place.
 */
export const MIGRATIONS: readonly { name: string; cypher: string }[] = [
  {
    name: 'unique entity ids',
    cypher: 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  },
  {
    name: 'unique statement ids',
    cypher: 'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE',
  },
  {
    name: 'unique attribution ids',
    cypher: 'CREATE CONSTRAINT attribution_id IF NOT EXISTS FOR (a:Attribution) REQUIRE a.id IS UNIQUE',
  },
  {
    // searchText holds every name and alias after src/search/normalize; queries are normalised alike.
    name: 'entity full-text search',
    cypher:
      `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }",
  },
  {
    name: 'unique audit entry ids',
    cypher: 'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
  },
  {
    // auditLog pages newest first.
    name: 'audit entries by time',
    cypher: 'CREATE RANGE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)',
  },
  {
    // One write per idempotency key and caller, even when two retries race (src/write/idempotency.ts).
    name: 'unique idempotency keys',
    cypher:
      'CREATE CONSTRAINT audit_entry_idempotency IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.idempotencyScope IS UNIQUE',
  },
  {
    // The hierarchy lock's node is MERGEd by the writes that take it (src/write/validate.ts): one, always.
    name: 'unique write locks',
    cypher: 'CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.name IS UNIQUE',
  },
  {
    name: 'place locations',
    cypher: 'CREATE POINT INDEX place_location IF NOT EXISTS FOR (p:Place) ON (p.location)',
  },
];

/**
 * Applies every schema migration. Data migrations (backfills) belong to the domains whose data they fill
 * in; src/migrate.ts runs them after this and then `awaitIndexes`.
 */
export async function applySchema(db: Database): Promise<{ applied: number; created: number }> {
  let created = 0;
  for (const migration of MIGRATIONS) {
    // Schema changes cannot share a transaction with other statements: one write transaction each.
    const summary = await db.write((tx) => tx.run(migration.cypher).then((r) => r.summary));
    const updates = summary.counters.updates();
    created += updates.constraintsAdded + updates.indexesAdded;
  }
  return { applied: MIGRATIONS.length, created };
}

/** Waits until the indexes are online, so queries never see them half-built. */
export async function awaitIndexes(db: Database): Promise<void> {
  await db.write((tx) => tx.run('CALL db.awaitIndexes(300)'));
}
