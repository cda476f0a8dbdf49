import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isPortFree } from '../../src/localNeo4j/ports.js';
import type { StartupStage } from '../../src/server/readiness.js';
import { spawnEntryPoint } from '../helpers/processes.js';

const STAGES: StartupStage[] = [
  'fetching Neo4j',
  'starting Neo4j',
  'migrations',
  'loading sample data',
  'warming',
];

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function localEnv() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ckg-early-'));
  dirs.push(dataDir);
  const boltPort = await freePort();
  return {
    dataDir,
    boltPort,
    env: {
      NEO4J_LOCAL_DATA_DIR: dataDir,
      NEO4J_LOCAL_BOLT_PORT: String(boltPort),
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '128m',
      NEO4J_PASSWORD: 'early-pw-1',
      PORT: '0',
      LOG_LEVEL: 'info',
    },
  };
}

/** JVMs started for a data folder, found by the marker the launcher puts on their command line. */
function jvmsFor(dir: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`-Dconflictgraph.dataDir=${dir} `));
}

const post = (url: string, query: string, variables: Record<string, unknown>) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

describe('`npm start` listens before Neo4j is up', () => {
  it('answers /healthz 200, /readyz 503 with each stage and GraphQL 503 until ready; warms every question before /readyz is 200', async () => {
    const { env } = await localEnv();
    const run = spawnEntryPoint('src/main.ts', env);
    const [, url] = await run.waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/);

    // Neo4j takes seconds to come up: the server already answers, saying so.
    expect(run.output()).not.toContain('local Neo4j ready');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const early = await fetch(`${url}/readyz`);
    expect(early.status).toBe(503);
    expect(await early.json()).toEqual({ status: 'starting', stage: expect.stringMatching(/Neo4j$/) });
    const refused = await post(url!, '{ __typename }', {});
    expect(refused.status).toBe(503);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0]!.message).toMatch(/^The server is starting \(\w[\w ]+\)/);

    const seen: string[] = [];
    for (const deadline = Date.now() + 170_000; Date.now() < deadline; await sleep(100)) {
      const response = await fetch(`${url}/readyz`);
      const { stage } = (await response.json()) as { stage?: string };
      if (response.status === 200) break;
      if (stage && seen.at(-1) !== stage) seen.push(stage);
    }
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // Stages come in order; polling may miss a short one, never reorder them.
    expect(seen.map((stage) => STAGES.indexOf(stage as StartupStage))).toEqual(
      [...seen.map((stage) => STAGES.indexOf(stage as StartupStage))].sort((a, b) => a - b),
    );
    expect(seen).toContain('starting Neo4j');
    const output = run.output();
    for (const stage of ['migrations', 'loading sample data', 'warming']) {
      expect(output).toContain(`"msg":"starting: ${stage}"`);
    }
    const warmed = output
      .split('\n')
      .filter((line) => line.includes('"msg":"warmed up: asked each question once"'))
      .map((line) => JSON.parse(line) as { questions: string[] })[0];
    expect(warmed?.questions).toEqual(expect.arrayContaining(['whoControls', 'controlHistory', 'search']));
    expect(output.indexOf('warmed up')).toBeLessThan(output.indexOf('"msg":"ready"'));
    expect(output).not.toContain('warm-up: some questions were answered with errors');

    // The first call of each question after ready is answered (and was asked before, by the warm-up).
    const place = 'place:a-ruheibah';
    const questions: [string, Record<string, unknown>][] = [
      ['query($place: ID!) { whoControls(place: $place) { faction { id } } }', { place }],
      ['query($place: ID!) { controlHistory(place: $place) { totalCount } }', { place }],
      ['query($q: String!) { search(query: $q) { edges { node { id } } } }', { q: 'Ruheibah' }],
    ];
    for (const [query, variables] of questions) {
      const response = await post(url!, query, variables);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }

    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
  }, 240_000);

  it('stops cleanly on Ctrl-C while Neo4j is still starting: exit 0, no JVM left, both ports free', async () => {
    const { env, dataDir, boltPort } = await localEnv();
    const run = spawnEntryPoint('src/main.ts', env);
    const [, url] = await run.waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/);
    await run.waitFor(/Starting Neo4j on bolt/);
    for (const deadline = Date.now() + 30_000; jvmsFor(dataDir).length === 0; await sleep(100)) {
      if (Date.now() > deadline) throw new Error(`no JVM started; output:\n${run.output()}`);
    }
    expect(run.output()).not.toContain('local Neo4j ready');

    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).toContain('"msg":"stopped"');
    expect(jvmsFor(dataDir)).toEqual([]);
    expect(await isPortFree(boltPort)).toBe(true);
    expect(await isPortFree(Number(new URL(url!).port))).toBe(true);
  }, 180_000);
});
