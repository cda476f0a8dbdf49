/**
 * The three contenders for one question: asked once to check they give the same answer, then timed, ours
 * with its round trips counted from its /metrics.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { round, run, RunFailed, stopping, type RunStats, type Target } from './measure.js';
import { queryDepth, type BenchQuery } from './mix.js';
import { ratio, type QueryResult } from './report.js';
import type { ChildServer } from './servers.js';

export interface RunOptions {
  concurrency: number;
  durationSeconds: number;
  warmupSeconds: number;
}

// ---------------------------------------------------------------------------------------------------------
// Asking each contender once: the same answer, not empty
// ---------------------------------------------------------------------------------------------------------

export interface Contenders {
  ours: ChildServer;
  floor: ChildServer;
  peer: ChildServer;
}

interface Targets {
  ours: Target;
  floor: Target;
  peer: Target | null;
}

export function targetsOf(query: BenchQuery, servers: Contenders): Targets {
  return {
    ours: { url: `${servers.ours.url}/graphql`, body: JSON.stringify(query.ours) },
    floor: { url: `${servers.floor.url}/q/${query.key}`, body: JSON.stringify(query.ours.variables) },
    peer: query.peer
      ? {
          url: `${servers.peer.url}/graphql`,
          body: JSON.stringify({ query: query.peer.query, variables: query.peer.variables }),
        }
      : null,
  };
}

async function post(target: Target): Promise<Record<string, unknown>> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: target.body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${target.url} answered ${response.status}: ${text.slice(0, 2000)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

async function graphqlData(target: Target, who: string): Promise<Record<string, unknown>> {
  const body = await post(target);
  if (body.errors)
    throw new Error(`${who} answered with errors: ${JSON.stringify(body.errors).slice(0, 2000)}`);
  return (body.data ?? {}) as Record<string, unknown>;
}

/** True when some list anywhere in the answer has an item: the question found something. */
function hasItems(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(hasItems);
  return false;
}

/**
 * The peer answers with a list of the entities asked about (or a connection): it found something when a
 * list below that top level has an item.
 */
function peerHasAnswer(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) {
    return (depth > 1 && value.length > 0) || value.some((v) => peerHasAnswer(v, depth + 1));
  }
  if (value && typeof value === 'object')
    return Object.values(value).some((v) => peerHasAnswer(v, depth + 1));
  return false;
}

export async function checkAnswers(query: BenchQuery, targets: Targets): Promise<void> {
  // The three first asks each plan their Cypher in Neo4j, the slowest part: let them do it side by side.
  const [ours, floor, peer] = await Promise.all([
    graphqlData(targets.ours, `our server (${query.name})`),
    post(targets.floor),
    targets.peer ? graphqlData(targets.peer, `the peer (${query.name})`) : undefined,
  ]);
  if (!hasItems(ours))
    throw new Error(`${query.name}: our server's answer is empty: ${JSON.stringify(ours)}`);
  const oursFacts = JSON.stringify(query.facts.ours(ours));
  const floorFacts = JSON.stringify(query.facts.floor(floor));
  if (oursFacts !== floorFacts) {
    throw new Error(
      `${query.name}: our server and the floor disagree, so their times would not compare the same answer.\n` +
        `  ours:  ${oursFacts}\n  floor: ${floorFacts}`,
    );
  }
  if (peer) {
    if (!peerHasAnswer(peer))
      throw new Error(`${query.name}: the peer's answer is empty: ${JSON.stringify(peer)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Our server's round trips, from its /metrics
// ---------------------------------------------------------------------------------------------------------

function metricSum(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^(\w+)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = match[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => found.includes(`${k}="${v}"`))) sum += Number(match[3]);
  }
  return sum;
}

/** Queries sent and /graphql requests answered so far, read once nothing is in flight. */
async function counters(
  ours: ChildServer,
  operation: string,
): Promise<{ queries: number; requests: number }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await (await fetch(`${ours.url}/metrics`)).text();
    // A request autocannon gave up on at the end of a run is answered no more, but its queries may still
    // be running: wait for those too, so each query is counted in the window of its request.
    const idle =
      metricSum(text, 'graphql_requests_in_flight') === 0 && metricSum(text, 'neo4j_sessions_open') === 0;
    if (idle || Date.now() > deadline) {
      return {
        queries: metricSum(text, 'neo4j_queries_total'),
        requests: metricSum(text, 'graphql_request_duration_seconds_count', { operation }),
      };
    }
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The runs
// ---------------------------------------------------------------------------------------------------------

const latency = (stats: RunStats) => ({
  p50_ms: stats.p50_ms,
  p95_ms: stats.p95_ms,
  p99_ms: stats.p99_ms,
  rps: stats.rps,
  requests: stats.requests,
});

/**
 * A loaded run, and the CPU time the server's process spent on it per response. On 2 cores the API and
 * Neo4j share the CPU, so what one request costs the API process is time Neo4j waits for at 16 clients.
 */
async function cpuPerRequest(
  server: ChildServer,
  timed: () => Promise<RunStats>,
): Promise<RunStats & { cpuMsPerRequest: number | null }> {
  const before = server.cpuMs();
  const stats = await timed();
  const after = server.cpuMs();
  const spent = before === null || after === null ? null : after - before;
  return { ...stats, cpuMsPerRequest: spent === null ? null : round(spent / Math.max(1, stats.requests), 2) };
}

export async function measureQuery(
  query: BenchQuery,
  servers: Contenders,
  options: RunOptions,
  log: (message: string) => void,
  settle: () => Promise<void>,
): Promise<QueryResult> {
  const targets = targetsOf(query, servers);
  const c = options.concurrency;
  const warmUp = async (target: Target) => {
    if (options.warmupSeconds > 0) await run(target, c, options.warmupSeconds, { warmUp: true });
  };
  const operation = /query (\w+)/.exec(query.ours.query)?.[1] ?? '(anonymous)';

  await warmUp(targets.ours);
  const before = await counters(servers.ours, operation);
  const oursC1 = await run(targets.ours, 1, options.durationSeconds);
  const oursCN = await cpuPerRequest(servers.ours, () => run(targets.ours, c, options.durationSeconds));
  const after = await counters(servers.ours, operation);
  const roundTrips = round(
    (after.queries - before.queries) / Math.max(1, after.requests - before.requests),
    2,
  );

  await warmUp(targets.floor);
  const floorC1 = await run(targets.floor, 1, options.durationSeconds);
  const floorCN = await cpuPerRequest(servers.floor, () => run(targets.floor, c, options.durationSeconds));

  // The peer failing (timeouts, nothing answered within a run) is a finding, not a broken benchmark.
  let peer: RunStats | null = null;
  let peerFailed: string | null = null;
  if (targets.peer) {
    try {
      await warmUp(targets.peer);
      peer = await run(targets.peer, c, options.durationSeconds);
    } catch (error) {
      if (!(error instanceof RunFailed) || stopping()) throw error;
      peerFailed = error.message.replace(/^\S+: /, '');
      log(`  ${query.name}: the peer failed (${peerFailed}); waiting until Neo4j has finished its queries`);
      await settle();
    }
  }

  const result: QueryResult = {
    name: query.name,
    p50_ms: oursCN.p50_ms,
    p95_ms: oursCN.p95_ms,
    p99_ms: oursCN.p99_ms,
    rps: oursCN.rps,
    floor_p50_ms: floorCN.p50_ms,
    ratio_to_floor: ratio(oursCN.p50_ms, floorCN.p50_ms),
    peer_rps: peer?.rps ?? (peerFailed ? 0 : null),
    ratio_to_peer: peer ? ratio(oursCN.rps, peer.rps) : null,
    peer_failed: peerFailed,
    round_trips: roundTrips,
    cpu_ms_per_request: oursCN.cpuMsPerRequest,
    floor_cpu_ms_per_request: floorCN.cpuMsPerRequest,
    depth: queryDepth(query.ours.query),
    concurrency: c,
    c1: latency(oursC1),
    floor_c1: latency(floorC1),
    floor_cN: latency(floorCN),
    ratio_to_floor_c1: ratio(oursC1.p50_ms, floorC1.p50_ms),
    peer: query.peer
      ? { ...(peer ? latency(peer) : null), fidelity: query.peer.fidelity, note: query.peer.note }
      : null,
    peer_missing: query.peerMissing ?? null,
  };
  log(
    `  ${query.name}: p50 ${oursCN.p50_ms} ms (floor ${floorCN.p50_ms} ms), ${oursCN.rps} rps` +
      `${peer ? ` (peer ${peer.rps} rps)` : peerFailed ? ' (peer failed)' : ''}, ${roundTrips} round trips`,
  );
  return result;
}

export const memoryOf = (server: ChildServer) => {
  const memory = server.memory();
  return { rss_mb: memory ? round(memory.rssMb, 1) : null, peak_mb: memory ? round(memory.peakMb, 1) : null };
};

/** Our server's RSS from its own /metrics, where /proc is not there to read. */
export async function rssFromMetrics(ours: ChildServer): Promise<number | null> {
  const text = await (await fetch(`${ours.url}/metrics`)).text();
  const bytes = metricSum(text, 'process_resident_memory_bytes');
  return bytes > 0 ? round(bytes / 1024 ** 2, 1) : null;
}
