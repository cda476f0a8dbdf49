import { inject } from 'vitest';
import { Database } from '../../src/db/database.js';

let shared: Database | undefined;

/** The run's Neo4j (see tests/setup/neo4j.global.ts), one driver per test file. */
export function testDatabase(): Database {
  if (!shared || shared.closed) shared = new Database(inject('neo4j'));
  return shared;
}

/** The run's Neo4j as the environment variables a spawned entry point reads. */
export function testNeo4jVariables(): Record<string, string> {
  const neo4j = inject('neo4j');
  return {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
}
