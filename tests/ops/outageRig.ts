import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect } from 'vitest';
import type { LocalNeo4jSettings } from '../../src/config/env.js';
import { Database } from '../../src/db/database.js';
import { migrate } from '../../src/migrate.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/localNeo4j/server.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { Readiness } from '../../src/server/readiness.js';
import { testKeys } from '../helpers/keys.js';
import { answersQueries, isAlive, testNeo4jSettings } from '../helpers/localNeo4j.js';
import { startObservedApp, type ObservedApp, type ObservedResponse } from '../helpers/observed.js';
import { withTestScheme } from '../helpers/scheme.js';

/**
 * The outage tests stop, freeze and restart Neo4j, so they run one of their own instead of the suite's
 * shared one: this rig starts it with the sample dataset and a server over it, and measures what the
 * server answers while it is away.
 */

export const PASSWORD = 'outage-ops-pw-1';
export const QUERY = `query Lookup { entity(id: "place:a-ruheibah") { id name } }`;
/** What the figures are measured against: every request answered, none left hanging. */
export const ANSWER_BOUND_MS = 3000;
export const RECOVERY_BOUND_MS = 5000;

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

export const codeOf = (response: ObservedResponse) => response.body.errors?.[0]?.extensions?.code;

/** Call once at the top of the test file: it starts in the file's beforeAll and stops in its afterAll. */
export function outageRig() {
  let settings: LocalNeo4jSettings | undefined;
  let neo4j: LocalNeo4j | undefined;
  let db: Database | undefined;
  let server: ObservedApp | undefined;
  let frozen = false;
  const figures: Record<string, number> = {};
  const keys = testKeys();
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the outage rig starts in beforeAll');
    return value;
  };

  const rig = {
    keys,
    /** Measured times, printed when the file ends. */
    figures,
    get settings() {
      return started(settings);
    },
    get neo4j() {
      return started(neo4j);
    },
    get db() {
      return started(db);
    },
    get server() {
      return started(server);
    },
    start: () =>
      startLocalNeo4j({
        settings: rig.settings,
        password: PASSWORD,
        database: 'neo4j',
        log: () => undefined,
      }),
    /** Neo4j as the next start made it (after a restart). */
    restarted(again: LocalNeo4j) {
      neo4j = again;
    },
    /** Pauses the Neo4j process: its sockets stay open and nothing fails by itself. */
    freeze() {
      process.kill(rig.neo4j.pid, 'SIGSTOP');
      frozen = true;
    },
    thaw() {
      process.kill(rig.neo4j.pid, 'SIGCONT');
      frozen = false;
    },
    async readyz(): Promise<number> {
      return (await fetch(`${rig.server.url}/readyz`)).status;
    },
    /** Asks every 100 ms until the query succeeds; resolves with the time it did (performance.now()). */
    async firstSuccess(deadlineMs: number): Promise<number> {
      const deadline = performance.now() + deadlineMs;
      while (performance.now() < deadline) {
        const response = await rig.server.graphql(QUERY);
        if (response.body.data?.entity) return performance.now();
        expect(codeOf(response)).toBe('SERVICE_UNAVAILABLE');
        await sleep(100);
      }
      throw new Error(`no successful query within ${deadlineMs} ms`);
    },
    answersBolt: () =>
      answersQueries(withTestScheme(neo4j?.uri ?? `bolt://127.0.0.1:${rig.settings.boltPort}`), PASSWORD),
    /** `n` requests at once: every one must be answered SERVICE_UNAVAILABLE, and none may hang. */
    async concurrently(n: number) {
      const { value: responses, ms } = await timed(() =>
        Promise.all(Array.from({ length: n }, () => rig.server.graphql(QUERY))),
      );
      expect(responses.map(codeOf)).toEqual(Array(n).fill('SERVICE_UNAVAILABLE'));
      return ms;
    },
  };

  beforeAll(async () => {
    settings = await testNeo4jSettings(await mkdtemp(path.join(os.tmpdir(), 'ckg-ops-outage-')));
    neo4j = await rig.start();
    db = new Database({
      uri: withTestScheme(neo4j.uri),
      user: 'neo4j',
      password: PASSWORD,
      database: 'neo4j',
    });
    await migrate(db);
    await runSeed(db, { paths: [SEED_DIR] });
    const readiness = new Readiness(db);
    readiness.markMigrated();
    server = await startObservedApp({ db, readiness, env: { LOG_LEVEL: 'info', ...keys.env } });
  });

  afterAll(async () => {
    // A frozen JVM cannot stop; a failed test must not leave one behind.
    if (frozen && neo4j && isAlive(neo4j.pid)) process.kill(neo4j.pid, 'SIGCONT');
    await server?.stop();
    await db?.close();
    await neo4j?.stop();
    if (settings) await rm(settings.dataDir, { recursive: true, force: true });
    console.log(
      `[outage figures, ${new URL(withTestScheme('bolt://x')).protocol}//] ${JSON.stringify(figures)}`,
    );
  });

  return rig;
}
