import { inject } from 'vitest';
import { Database } from '../../src/db/database.js';

let shared: Database | undefined;

/** The run's Neo4j (see tests/setup/neo4j.global.ts), one driver per test file. */
export function testDatabase(): Database {
  if (!shared || shared.closed) shared = new Database(inject('neo4j'));
  return shared;
}
