import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LocalNeo4jSettings } from '../../src/config/env.js';
import { Database } from '../../src/db/database.js';
import { migrate } from '../../src/migrate.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/localNeo4j/server.js';
import { runSeed } from '../../src/seed/load.js';
import { testNeo4jSettings } from '../helpers/localNeo4j.js';
import { withTestScheme } from '../helpers/scheme.js';

// A Neo4j of its own whose transactions may hold almost nothing, as a small server does with a big load.
let settings: LocalNeo4jSettings;
let neo4j: LocalNeo4j;
let db: Database;

beforeAll(async () => {
  settings = await testNeo4jSettings(await mkdtemp(path.join(os.tmpdir(), 'ckg-too-large-')));
  neo4j = await startLocalNeo4j({
    settings,
    password: 'too-large-pw',
    database: 'neo4j',
    log: () => undefined,
    extraConf: { 'dbms.memory.transaction.total.max': '10m' },
  });
  db = new Database({
    uri: withTestScheme(neo4j.uri),
    user: 'neo4j',
    password: 'too-large-pw',
    database: 'neo4j',
  });
  await migrate(db);
});

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  await rm(settings.dataDir, { recursive: true, force: true });
});

/** A valid seed file of n statements: more than 10 MiB of transaction state. */
async function largeSeed(n: number): Promise<string> {
  const lines = ['source: dataset:bulk', 'entities:', '  - { id: dataset:bulk, type: dataset, name: Bulk }'];
  for (let i = 0; i < 100; i++) {
    lines.push(
      `  - { id: place:p${i}, type: place, name: Place ${i} }`,
      `  - { id: faction:f${i}, type: faction, name: Faction ${i} }`,
    );
  }
  lines.push('statements:');
  for (let i = 0; i < n; i++) {
    lines.push(
      `  - { id: stmt:s${i}, kind: control, subject: faction:f${i % 100}, object: place:p${(i * 7) % 100}, start: 2012, attributions: [{ reporter: dataset:bulk }] }`,
    );
  }
  const file = path.join(settings.dataDir, 'bulk.yaml');
  await writeFile(file, lines.join('\n') + '\n');
  return file;
}

it('says plainly when a run is too big for one transaction, and writes nothing', async () => {
  await expect(runSeed(db, { paths: [await largeSeed(3000)] })).rejects.toThrow(
    /^Neo4j refused to hold 3000 statements in one transaction, so nothing was written .*NEO4J_LOCAL_HEAP.*smaller groups/s,
  );
  const nodes = await db.read(async (tx) =>
    (await tx.run('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n'),
  );
  expect(Number(nodes)).toBe(0);
});
