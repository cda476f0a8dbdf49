import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { freePort, isPortFree } from '../../src/localNeo4j/ports.js';
import { startLocalNeo4j } from '../../src/localNeo4j/server.js';
import { assertStopped, testNeo4jSettings } from '../helpers/localNeo4j.js';
import { spawnEntryPoint } from '../helpers/processes.js';

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-lifecycle-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function localEnv() {
  const boltPort = await freePort();
  return {
    boltPort,
    env: {
      NEO4J_LOCAL_DATA_DIR: await dataDir(),
      NEO4J_LOCAL_BOLT_PORT: String(boltPort),
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '128m',
      NEO4J_PASSWORD: 'lifecycle-pw',
    },
  };
}

describe('`npm start` with the project’s own Neo4j', () => {
  it('loads the sample data into its empty database, serves GraphQL from it, and on SIGTERM stops everything: exit 0, no JVM, both ports free', async () => {
    const { boltPort, env } = await localEnv();
    const run = spawnEntryPoint('src/main.ts', { ...env, PORT: '0', LOG_LEVEL: 'info' });
    const [, javaPid] = await run.waitFor(/"pid":(\d+),"uri":"bolt:\/\/127\.0\.0\.1:\d+"/);
    const [, url] = await run.waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/);
    await run.waitFor(/"msg":"ready"/);

    // Its database was empty, so it loaded the sample data from seed/ by itself.
    expect(run.output()).toContain('the database was empty: loaded the sample data from seed/');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "place:a-ruheibah") { name ... on Place { kind } } }' }),
    });
    expect(await response.json()).toEqual({ data: { entity: { name: 'a-Ruheibah', kind: 'town' } } });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    await assertStopped(Number(javaPid), boltPort, 5000);
    expect(await isPortFree(Number(new URL(url!).port))).toBe(true);
  }, 180_000);
});

describe('`npm run seed` with the project’s own Neo4j', () => {
  it('starts it, loads, stops it, and exits as soon as it is done', async () => {
    const { boltPort, env } = await localEnv();
    const run = spawnEntryPoint('seed/cli.ts', env, [path.join(projectRoot, 'tests/fixtures/seed/good')]);
    const [, javaPid] = await run.waitFor(/\(pid (\d+)\)/);
    await run.waitFor(/^ {2}Attribution +3 created/m);
    const printed = Date.now();
    expect(await run.exited).toEqual({ code: 0, signal: null });
    // Nothing (no pending timer, no open pipe) may keep the command alive once its work is done.
    expect(Date.now() - printed).toBeLessThan(5000);
    await assertStopped(Number(javaPid), boltPort, 1000);
  }, 180_000);
});

describe('`npm run neo4j`', () => {
  it('stops its Neo4j even when it is killed outright (SIGKILL leaves no orphan JVM)', async () => {
    const { boltPort, env } = await localEnv();
    const run = spawnEntryPoint('scripts/neo4j.ts', env);
    const [, javaPid] = await run.waitFor(/\(pid (\d+)\)/);
    await run.waitFor(/^Ready: bolt:\/\/127\.0\.0\.1:\d+ user neo4j/m);

    run.child.kill('SIGKILL');
    await run.exited;
    await assertStopped(Number(javaPid), boltPort, 30_000);
  }, 180_000);
});

/** JVMs started for a data folder, found by the marker the launcher puts on their command line. */
function jvmsFor(dir: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`-Dconflictgraph.dataDir=${dir} `));
}

describe('startLocalNeo4j', () => {
  it('gives up after NEO4J_LOCAL_START_TIMEOUT with the log tail, and stops the JVM it started', async () => {
    const settings = { ...(await testNeo4jSettings(await dataDir())), startTimeoutMs: 1500 };
    await expect(
      startLocalNeo4j({ settings, password: 'whatever-pw', database: 'neo4j', log: () => undefined }),
    ).rejects.toThrow(
      new RegExp(
        `did not answer on bolt://127\\.0\\.0\\.1:${settings.boltPort} within 1\\.5 s \\(NEO4J_LOCAL_START_TIMEOUT\\)\\.\\nThe end of Neo4j's log`,
      ),
    );
    expect(jvmsFor(settings.dataDir)).toEqual([]);
    expect(await isPortFree(settings.boltPort)).toBe(true);
  });

  it('refuses a Bolt port that is taken, saying how to choose another', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const settings = { ...(await testNeo4jSettings(await dataDir())), boltPort: port };
      await expect(
        startLocalNeo4j({ settings, password: 'whatever-pw', database: 'neo4j', log: () => undefined }),
      ).rejects.toThrow(
        new RegExp(`Bolt port ${port} on 127\\.0\\.0\\.1 is already in use.*NEO4J_LOCAL_BOLT_PORT`, 's'),
      );
    } finally {
      blocker.close();
    }
  });
});
