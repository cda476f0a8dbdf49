import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/localNeo4j/ports.js';
import { answersQueries, assertStopped, isAlive } from '../helpers/localNeo4j.js';
import { spawnEntryPoint, type Spawned } from '../helpers/processes.js';

const PASSWORD = 'supervision-pw-1';
const QUERY = '{ entity(id: "place:a-ruheibah") { name } }';
const RECOVERY_BOUND_MS = 5000;

let dataDir: string | undefined;
let blocker: net.Server | undefined;
afterAll(async () => {
  blocker?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The JSON log lines the server printed, parsed. */
function logLines(run: Spawned): Record<string, unknown>[] {
  return run
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function graphql(url: string): Promise<{ status: number; ok: boolean; retryAfter: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await response.json()) as { data?: { entity?: unknown } };
  return {
    status: response.status,
    ok: Boolean(body.data?.entity),
    retryAfter: response.headers.get('retry-after'),
  };
}

/** Takes the port as soon as the dead JVM has let go of it, so that restarts cannot have it. */
async function occupy(port: number): Promise<net.Server> {
  for (;;) {
    const server = net.createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) return server;
    await sleep(20);
  }
}

describe('`npm start` supervises its own Neo4j', () => {
  it('logs a killed JVM at error level, restarts it and serves again within 5 s of Neo4j answering; after 5 failures in a row it exits 1', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ckg-supervision-'));
    const boltPort = await freePort();
    const run = spawnEntryPoint('src/main.ts', {
      NEO4J_LOCAL_DATA_DIR: dataDir,
      NEO4J_LOCAL_BOLT_PORT: String(boltPort),
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '128m',
      NEO4J_PASSWORD: PASSWORD,
      PORT: '0',
      LOG_LEVEL: 'info',
    });
    const [, firstPid] = await run.waitFor(/"pid":(\d+),"uri":"bolt:\/\/127\.0\.0\.1:\d+"/);
    const [, url] = await run.waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/);
    await run.waitFor(/"msg":"ready"/);
    expect((await graphql(url!)).ok).toBe(true);

    // 1. Killed outright: logged, restarted, and the API recovers by itself.
    process.kill(Number(firstPid), 'SIGKILL');
    await run.waitFor(/"msg":"the local Neo4j exited unexpectedly \(signal SIGKILL\)"/, 10_000);
    const exitLine = logLines(run).find((line) => String(line.msg).startsWith('the local Neo4j exited'))!;
    expect(exitLine).toMatchObject({ level: 50, pid: Number(firstPid), exitCode: null, signal: 'SIGKILL' });
    expect((exitLine.neo4jLog as string[]).length).toBeGreaterThan(0);

    const marks: { neo4j?: number; graphql?: number } = {};
    const outageStatuses = new Set<string>();
    const deadline = performance.now() + 150_000;
    await Promise.all([
      (async () => {
        while (marks.neo4j === undefined && performance.now() < deadline) {
          if (await answersQueries(`bolt://127.0.0.1:${boltPort}`, PASSWORD)) marks.neo4j = performance.now();
          else await sleep(50);
        }
      })(),
      (async () => {
        while (marks.graphql === undefined && performance.now() < deadline) {
          const answer = await graphql(url!);
          if (answer.ok) marks.graphql = performance.now();
          else {
            outageStatuses.add(`${answer.status} ${answer.retryAfter}`);
            await sleep(100);
          }
        }
      })(),
    ]);
    const recoveryMs = Math.round(marks.graphql! - marks.neo4j!);
    console.log(`[supervision] GraphQL answered ${recoveryMs} ms after the restarted Neo4j answered a query`);
    expect(recoveryMs).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    expect([...outageStatuses]).toEqual(['503 2']);
    const [, secondPid] = await run.waitFor(/"pid":(\d+),"uri":"[^"]+","msg":"the local Neo4j runs again"/);
    expect(secondPid).not.toBe(firstPid);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // 2. Killed again, and the port taken so that no restart can come up: it gives up and exits 1.
    process.kill(Number(secondPid), 'SIGKILL');
    blocker = await occupy(boltPort);
    const { code } = await run.exited;
    expect(code).toBe(1);
    const lines = logLines(run);
    expect(lines.filter((line) => line.msg === 'the local Neo4j did not start again')).toHaveLength(3);
    expect(
      lines.some((line) => String(line.msg).startsWith('the local Neo4j failed 5 times in a row: giving up')),
    ).toBe(true);
    expect(isAlive(Number(secondPid))).toBe(false);
    blocker.close();
    blocker = undefined;
    await assertStopped(Number(secondPid), boltPort, 5000);
  }, 240_000);
});
