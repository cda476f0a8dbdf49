import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../../src/db/database.js';
import { migrate } from '../../src/migrate.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/localNeo4j/server.js';
import { assertStopped, testNeo4jSettings } from '../helpers/localNeo4j.js';
import { withTestScheme } from '../helpers/scheme.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** The JVM's pid when the suite started its own Neo4j on this machine; absent with NEO4J_URI. */
  pid?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * One real Neo4j for the whole run: the server given by NEO4J_URI, or the project's own, started in a
 * temporary data folder of its own on a free port (never the one `npm start` uses) and stopped at the
 * end, with a check that no JVM and no bound port is left behind. TEST_NEO4J_SCHEME=neo4j hands the tests
 * a neo4j:// (routing) URI to the same server (tests/helpers/scheme.ts).
 */
export default async function setup(project: TestProject) {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let target: TestNeo4j;
  if (process.env.NEO4J_URI) {
    target = {
      uri: withTestScheme(process.env.NEO4J_URI),
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'devpassword',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ckg-test-neo4j-'));
    const password = 'test-password';
    local = await startLocalNeo4j({
      settings: await testNeo4jSettings(dataDir),
      password,
      database: 'neo4j',
      log: (message) => console.log(`[test neo4j] ${message}`),
    });
    target = { uri: withTestScheme(local.uri), user: 'neo4j', password, database: 'neo4j', pid: local.pid };
  }

  const db = new Database(target);
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  project.provide('neo4j', target);
  if (process.env.TEST_NEO4J_SCHEME) console.log(`[test neo4j] tests connect with ${target.uri}`);

  return async () => {
    if (local) {
      await local.stop();
      await assertStopped(local.pid, Number(new URL(local.uri).port));
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
