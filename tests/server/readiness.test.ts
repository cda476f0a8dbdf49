import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalNeo4jSettings } from '../../src/config/env.js';
import { loadConfig } from '../../src/config/env.js';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logging/logger.js';
import { migrate } from '../../src/migrate.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/localNeo4j/server.js';
import { createApp, type App } from '../../src/server/app.js';
import { Readiness } from '../../src/server/readiness.js';
import { isPortFree } from '../../src/localNeo4j/ports.js';
import { testNeo4jSettings } from '../helpers/localNeo4j.js';
import { withTestScheme } from '../helpers/scheme.js';

// This file stops and restarts Neo4j, so it runs one of its own instead of the suite's shared one.
const PASSWORD = 'outage-pw-1';
let settings: LocalNeo4jSettings;
let neo4j: LocalNeo4j | undefined;
let db: Database;
let app: App;
let url: string;
let readiness: Readiness;

const start = (password = PASSWORD) =>
  startLocalNeo4j({ settings, password, database: 'neo4j', log: () => undefined });

beforeAll(async () => {
  settings = await testNeo4jSettings(await mkdtemp(path.join(os.tmpdir(), 'ckg-outage-')));
  neo4j = await start();
  db = new Database({ uri: withTestScheme(neo4j.uri), user: 'neo4j', password: PASSWORD, database: 'neo4j' });
  readiness = new Readiness(db);
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  app = await createApp({ db, readiness, config, log: createLogger('silent', false) });
  url = await app.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await app?.stop();
  await db?.close();
  await neo4j?.stop();
  await rm(settings.dataDir, { recursive: true, force: true });
});

async function readyz() {
  const response = await fetch(`${url}/readyz`);
  return {
    status: response.status,
    body: (await response.json()) as { status: string; reason?: string; stage?: string },
  };
}

describe('/readyz and /healthz', () => {
  it('is 503 naming the start-up stage until start-up is done, then 200; /healthz is 200 throughout', async () => {
    expect(await readyz()).toEqual({ status: 503, body: { status: 'starting', stage: 'migrations' } });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await migrate(db);
    readiness.enter('warming');
    expect(await readyz()).toEqual({ status: 503, body: { status: 'starting', stage: 'warming' } });
    readiness.markStarted();
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('turns 503 within 2 s when Neo4j stops, while /healthz stays 200', async () => {
    await neo4j!.stop();
    const asked = Date.now();
    const { status, body } = await readyz();
    expect(Date.now() - asked).toBeLessThan(2000);
    expect(status).toBe(503);
    expect(body.status).toBe('unavailable');
    expect(body.reason).toMatch(/^Neo4j does not answer: /);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('is 200 again once Neo4j is back, with the same driver (no restart)', async () => {
    neo4j = await start();
    const deadline = Date.now() + 10_000;
    let last = await readyz();
    while (last.status !== 200 && Date.now() < deadline) {
      await sleep(200);
      last = await readyz();
    }
    expect(last).toEqual({ status: 200, body: { status: 'ready' } });
  });
});

describe('a data folder set up with another password', () => {
  it('is refused with a message that says what to do, and its JVM is stopped', async () => {
    await neo4j!.stop();
    const error = await start('another-password').catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /another password than NEO4J_PASSWORD.*delete the data folder \(NEO4J_LOCAL_DATA_DIR\)/s,
    );
    expect(await isPortFree(settings.boltPort)).toBe(true);
  });
});
