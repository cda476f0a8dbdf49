/** The results: bench/results/latest.json (one object per question, and the run's settings) and a Markdown table. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunStats } from './measure.js';
import { round } from './measure.js';

type Latency = Pick<RunStats, 'p50_ms' | 'p95_ms' | 'p99_ms' | 'rps' | 'requests'>;

export interface QueryResult {
  name: string;
  /** Ours at the run's concurrency. */
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  rps: number;
  /** The floor at the same concurrency, and our p50 over its p50. */
  floor_p50_ms: number;
  ratio_to_floor: number;
  /** The peer at the same concurrency (null when it cannot express the question), and our rps over its. */
  peer_rps: number | null;
  ratio_to_peer: number | null;
  /** Why the peer's loaded run failed (timeouts, no answer within the run), when it did: its rps is 0. */
  peer_failed: string | null;
  /** Cypher queries our server sent per request, from its /metrics. */
  round_trips: number;
  /** CPU time of our server's process, and of the floor's, per response of the loaded run (Linux only). */
  cpu_ms_per_request: number | null;
  floor_cpu_ms_per_request: number | null;
  /** The query's depth as the MAX_DEPTH limit counts it. */
  depth: number;
  concurrency: number;
  /** Ours and the floor with one client: latency without queueing. */
  c1: Latency;
  floor_c1: Latency;
  floor_cN: Latency;
  ratio_to_floor_c1: number;
  peer: (Partial<Latency> & { fidelity: 'same' | 'approximate'; note: string }) | null;
  peer_missing: string | null;
}

export interface LoadInfo {
  reused: boolean;
  entities: number | null;
  statements: number;
  attributions: number | null;
  seconds: number | null;
  statementsPerSecond: number | null;
  /**
   * Where the loading CPU went, per statement (Linux, with the benchmark's own Neo4j on this machine):
   * Neo4j's process and the generator's (this process: generating, planning, sending), in µs; and the
   * most statements per second the machine's cores could load at that cost, were both kept busy.
   */
  cpu?: { neo4jUsPerStatement: number; generatorUsPerStatement: number; ceilingStatementsPerSecond: number };
}

export interface Memory {
  rss_mb: number | null;
  peak_mb: number | null;
}

export interface Report {
  generatedAt: string;
  settings: {
    statements: number;
    seed: number;
    durationSeconds: number;
    warmupSeconds: number;
    concurrency: number;
    neo4j: string;
  };
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    /** The 1-minute load average when the runs began and when they ended: other work on the machine. */
    loadAverage: { start: number; end: number };
  };
  load: LoadInfo;
  /** Our server's resident memory at the end of the run (the target), and the others' for comparison. */
  api_rss_mb: number | null;
  memory: { ours: Memory; floor: Memory; peer: Memory };
  queries: QueryResult[];
  targets: { target: string; met: boolean | null; detail: string }[];
}

export const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 2) : NaN);

const SEARCH_P95_MS = 20;
const WHO_CONTROLS_P95_MS = 15;
const RSS_LIMIT_MB = 250;
const LOAD_STATEMENTS_PER_SECOND = 25_000;

// A peer that failed under the same load (timeouts, no answer within a run) is beaten by any answer.
const beatsPeer = (q: QueryResult) =>
  q.peer_failed ? true : q.ratio_to_peer === null ? null : q.ratio_to_peer >= 2;

/** The issue's targets, evaluated on this run: reported, never asserted. */
export function evaluateTargets(report: Omit<Report, 'targets'>): Report['targets'] {
  const { queries, settings, load } = report;
  const failing = (test: (q: QueryResult) => boolean | null) =>
    queries.filter((q) => test(q) === false).map((q) => q.name);
  const summary = (names: string[], of: number) =>
    names.length ? `not met by ${names.join(', ')} (${of - names.length} of ${of} met)` : `met by all ${of}`;

  const withPeer = queries.filter((q) => q.ratio_to_peer !== null || q.peer_failed !== null);
  const atScale = settings.statements >= 1_000_000 && settings.concurrency === 16;
  const p95 = (prefix: string, limit: number) => {
    const matching = queries.filter((q) => q.name.startsWith(prefix));
    const worst = Math.max(...matching.map((q) => q.p95_ms));
    return {
      met: atScale ? worst <= limit : null,
      detail: `${matching.map((q) => `${q.name} ${q.p95_ms} ms`).join(', ')}${atScale ? '' : ' (the target is for 1M statements and 16 clients; this run is smaller)'}`,
    };
  };
  const rss = report.api_rss_mb;
  return [
    {
      target: `p50 ≤ 1.25 × floor (at ${settings.concurrency} clients)`,
      met: failing((q) => q.ratio_to_floor <= 1.25).length === 0,
      detail: summary(
        failing((q) => q.ratio_to_floor <= 1.25),
        queries.length,
      ),
    },
    {
      target: 'p50 ≤ 1.25 × floor (1 client)',
      met: failing((q) => q.ratio_to_floor_c1 <= 1.25).length === 0,
      detail: summary(
        failing((q) => q.ratio_to_floor_c1 <= 1.25),
        queries.length,
      ),
    },
    {
      target: 'rps ≥ 2 × peer',
      met: failing(beatsPeer).length === 0,
      detail:
        summary(failing(beatsPeer), withPeer.length) +
        queries
          .filter((q) => q.peer_failed)
          .map((q) => `; ${q.name}: the peer failed (${q.peer_failed}), ours answered at ${q.rps} rps`)
          .join(''),
    },
    {
      target: 'round trips ≤ query depth',
      met: failing((q) => q.round_trips <= q.depth).length === 0,
      detail: summary(
        failing((q) => q.round_trips <= q.depth),
        queries.length,
      ),
    },
    {
      target: `search p95 ≤ ${SEARCH_P95_MS} ms at 1M statements, 16 clients`,
      ...p95('search', SEARCH_P95_MS),
    },
    {
      target: `whoControls p95 ≤ ${WHO_CONTROLS_P95_MS} ms at 1M statements, 16 clients`,
      ...p95('whoControls', WHO_CONTROLS_P95_MS),
    },
    {
      target: `load ≥ ${LOAD_STATEMENTS_PER_SECOND.toLocaleString('en')} statements/s`,
      met: load.statementsPerSecond === null ? null : load.statementsPerSecond >= LOAD_STATEMENTS_PER_SECOND,
      detail:
        load.statementsPerSecond === null
          ? 'not measured (a reused graph whose loading figures were not kept)'
          : `${Math.round(load.statementsPerSecond).toLocaleString('en')} statements/s` +
            (load.reused ? ' when the reused graph was generated' : '') +
            (load.cpu ? `; ${cpuSplit(load.cpu)}` : ''),
    },
    {
      target: `API RSS ≤ ${RSS_LIMIT_MB} MB`,
      met: rss === null ? null : rss <= RSS_LIMIT_MB,
      detail: rss === null ? 'not measured on this platform' : `${rss} MB at the end of the run`,
    },
  ];
}

const cpuSplit = (cpu: NonNullable<LoadInfo['cpu']>) =>
  `Neo4j spent ${cpu.neo4jUsPerStatement.toFixed(0)} µs of CPU per statement and the generator ` +
  `${cpu.generatorUsPerStatement.toFixed(0)} µs, so this machine's cores load at most ` +
  `${Math.round(cpu.ceilingStatementsPerSecond).toLocaleString('en')} statements/s this way`;

const fmt = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : 'NOT met');

export function markdown(report: Report): string {
  const { settings, load, machine } = report;
  const c = settings.concurrency;
  const lines = [
    `## Benchmark: ${settings.statements.toLocaleString('en')} statements, ${c} clients, ${settings.durationSeconds} s per run`,
    '',
    `${report.generatedAt}; ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; load average ${machine.loadAverage.start} at the start of the runs, ${machine.loadAverage.end} at the end; Neo4j: ${settings.neo4j}.`,
    '',
    `| query | depth | round trips | p50 ms | p95 ms | p99 ms | rps | floor p50 ms | × floor | p50 ms (1 client) | floor p50 ms (1 client) | × floor (1 client) | peer rps | × peer | CPU ms/request | floor CPU ms/request |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...report.queries.map((q) =>
      [
        q.name,
        q.depth,
        fmt(q.round_trips, 2),
        fmt(q.p50_ms, 2),
        fmt(q.p95_ms, 2),
        fmt(q.p99_ms, 2),
        fmt(q.rps, 0),
        fmt(q.floor_p50_ms, 2),
        fmt(q.ratio_to_floor, 2),
        fmt(q.c1.p50_ms, 2),
        fmt(q.floor_c1.p50_ms, 2),
        fmt(q.ratio_to_floor_c1, 2),
        q.peer_failed
          ? 'failed†'
          : q.peer
            ? `${fmt(q.peer_rps, 0)}${q.peer.fidelity === 'approximate' ? '*' : ''}`
            : 'cannot',
        fmt(q.ratio_to_peer, 2),
        fmt(q.cpu_ms_per_request, 2),
        fmt(q.floor_cpu_ms_per_request, 2),
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
    '',
    `Latencies and rps are at ${c} clients unless marked "1 client"; × floor is our p50 over the floor's, × peer our rps over the peer's; CPU ms/request is the server process's CPU time (user and system) over the responses of its loaded run.`,
    `\\* the peer answers a nearby question, not the same one (see below); "cannot": it cannot express the question; † its loaded run failed (see below).`,
    '',
    '**The peer (@neo4j/graphql 7):**',
    '',
    ...report.queries.map((q) =>
      q.peer
        ? `- ${q.name}: ${q.peer.fidelity === 'same' ? 'same answer' : 'approximate'}: ${q.peer.note}.` +
          (q.peer_failed ? ` Its run at ${q.concurrency} clients failed: ${q.peer_failed}.` : '')
        : `- ${q.name}: cannot express it: ${q.peer_missing}.`,
    ),
    '',
    load.reused
      ? `**Loading:** the graph (${load.statements.toLocaleString('en')} statements) was reused${load.statementsPerSecond ? `; it was generated at ${fmt(load.statementsPerSecond, 0)} statements/s (${fmt(load.seconds, 1)} s)` : ''}.`
      : `**Loading:** ${load.statements.toLocaleString('en')} statements, ${load.entities?.toLocaleString('en')} entities and ${load.attributions?.toLocaleString('en')} attributions in ${fmt(load.seconds, 1)} s: ${fmt(load.statementsPerSecond, 0)} statements/s${load.cpu ? `; ${cpuSplit(load.cpu)}` : ''}.`,
    '',
    `**Memory (RSS at the end, peak):** our server ${fmt(report.memory.ours.rss_mb, 0)} MB (${fmt(report.memory.ours.peak_mb, 0)} MB); floor ${fmt(report.memory.floor.rss_mb, 0)} MB (${fmt(report.memory.floor.peak_mb, 0)} MB); peer ${fmt(report.memory.peer.rss_mb, 0)} MB (${fmt(report.memory.peer.peak_mb, 0)} MB).`,
    '',
    '**Targets** (reported, not asserted):',
    '',
    ...report.targets.map((t) => `- ${t.target}: ${mark(t.met)}: ${t.detail}.`),
    '',
  ];
  return lines.join('\n');
}

export async function writeReport(report: Report, outDir: string): Promise<{ json: string; md: string }> {
  await mkdir(outDir, { recursive: true });
  const json = path.join(outDir, 'latest.json');
  const md = path.join(outDir, 'latest.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(md, markdown(report));
  return { json, md };
}
