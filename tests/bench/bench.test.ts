import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchQueries } from '../../bench/mix.js';
import type { Report } from '../../bench/report.js';
import { benchTargets } from '../../src/generate/targets.js';
import { testNeo4jVariables } from '../helpers/database.js';
import { isAlive } from '../helpers/localNeo4j.js';
import { spawnEntryPoint } from '../helpers/processes.js';

// A smoke run of `npm run bench` so it does not rot: a tiny graph, one second per run, two clients, against
// the suite's Neo4j (empty at the start of this file). Its figures mean nothing; that it runs end to end,
// gets the same answers from our server and the floor, and stops what it starts does.

const STATEMENTS = 2000;

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'ckg-bench-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('npm run bench', () => {
  it('generates the graph, checks the answers agree, times the mix and writes its results', async () => {
    const run = spawnEntryPoint('bench/run.ts', testNeo4jVariables(), [
      ...['--statements', String(STATEMENTS), '--duration', '1', '--warmup', '0'],
      ...['--concurrency', '2', '--out', out],
    ]);
    const { code } = await run.exited;
    const output = run.output();
    expect(code, output).toBe(0);

    const report = JSON.parse(await readFile(path.join(out, 'latest.json'), 'utf8')) as Report;
    const names = benchQueries(benchTargets({ statements: STATEMENTS, seed: 1 })).map((q) => q.name);
    expect(report.queries.map((q) => q.name)).toEqual(names);
    for (const query of report.queries) {
      for (const figure of [query.p50_ms, query.p95_ms, query.p99_ms, query.rps, query.floor_p50_ms]) {
        expect(figure, `${query.name}: ${JSON.stringify(query)}`).toBeGreaterThan(0);
      }
      expect(query.ratio_to_floor).toBeGreaterThan(0);
      expect(query.round_trips, query.name).toBeGreaterThanOrEqual(1);
      // Read from /proc: these machines run Linux, so both are measured.
      expect(query.cpu_ms_per_request, query.name).toBeGreaterThan(0);
      expect(query.floor_cpu_ms_per_request, query.name).toBeGreaterThan(0);
      expect(query.depth).toBeGreaterThanOrEqual(3);
      if (query.peer) expect(query.peer_rps).toBeGreaterThan(0);
      else expect(query.peer_missing).toBeTruthy();
    }
    expect(report.load.statements).toBe(STATEMENTS);
    expect(report.load.reused).toBe(false);
    expect(report.load.statementsPerSecond).toBeGreaterThan(0);
    expect(report.api_rss_mb).toBeGreaterThan(0);
    expect(report.targets.length).toBeGreaterThan(0);

    // The Markdown table is printed, and is what latest.md holds; latest.json went to --out, not bench/results.
    const markdown = await readFile(path.join(out, 'latest.md'), 'utf8');
    expect(markdown).toContain('| query | depth | round trips | p50 ms |');
    expect(markdown).toContain('| CPU ms/request | floor CPU ms/request |');
    for (const name of names) expect(markdown).toContain(`| ${name} |`);
    expect(output).toContain(
      markdown
        .trim()
        .split('\n')
        .find((line) => line.startsWith('| search (Latin)'))!,
    );

    // It stops what it starts: the three servers are gone.
    const pids = /Our server pid (\d+) .*, floor pid (\d+), peer pid (\d+)/.exec(output);
    expect(pids, output).not.toBeNull();
    for (const pid of pids!.slice(1).map(Number)) expect(isAlive(pid), `pid ${pid}`).toBe(false);
  }, 150_000);

  it('refuses a database holding another graph, and changes nothing', async () => {
    const run = spawnEntryPoint('bench/run.ts', testNeo4jVariables(), ['--statements', '3000', '--out', out]);
    const { code } = await run.exited;
    expect(code, run.output()).toBe(1);
    expect(run.output()).toContain(`a generated graph of ${STATEMENTS} statements, seed 1`);
    expect(run.output()).toContain('Nothing was changed.');
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('answers a bad flag with its usage and exit code 2', async () => {
    const run = spawnEntryPoint('bench/run.ts', testNeo4jVariables(), ['--concurrency', 'many']);
    const { code } = await run.exited;
    expect(code).toBe(2);
    expect(run.output()).toContain('--concurrency must be a whole number');
    expect(run.output()).toContain('Usage: npm run bench');
  });
});
