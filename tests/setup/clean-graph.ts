import { afterAll, beforeAll } from 'vitest';
import { testDatabase } from '../helpers/database.js';

// Every test file starts from an empty graph; indexes and constraints stay, as migrations made them.
beforeAll(async () => {
  const db = testDatabase();
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
});

afterAll(async () => {
  await testDatabase().close();
});
