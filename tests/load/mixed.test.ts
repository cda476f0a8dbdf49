import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededServerWith } from '../helpers/api.js';
import { bearer, testKeys } from '../helpers/keys.js';
import type { TestServer } from '../helpers/server.js';
import { ADD_ALIAS, ADD_STATEMENT, controlClaim, RETRACT } from '../write/operations.js';

// A full collection before each heap measurement, so the figures compare live memory, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { keys, env } = testKeys();
let server: TestServer;

beforeAll(async () => {
  server = await seededServerWith(env);
});

const CONCURRENCY = 8;
const WARM_UP_MS = 4_000;
const RUN_MS = 8_000;

type Call = () => Promise<{ status: number; errors?: unknown[] }>;

const reads: Call[] = [
  () => server.graphql(`{ search(query: "ruheibah") { edges { node { id name } } } }`),
  () => server.graphql(`{ search(query: "الرحيبة") { totalCount } }`),
  () =>
    server.graphql(
      `{ whoControls(place: "place:a-ruheibah") { faction { name } statement { attributions { reporter { name } } } } }`,
    ),
  () =>
    server.graphql(
      `{ controlHistory(place: "place:dumayr") { edges { node { from to controls { faction { id } } } } } }`,
    ),
  () =>
    server.graphql(
      `{ statements(reportedBy: "media:sana", first: 20) { totalCount edges { node { id attributions { quote } } } } }`,
    ),
  () => server.graphql(`{ disagreements { edges { node { kind statements { id } } } } }`),
  () =>
    server.graphql(
      `{ connections(from: "person:saeed-seif", to: "faction:syrian-government") { totalCount } }`,
    ),
];

let written = 0;
const writes: Call[] = [
  async () => {
    const response = await server.graphql<{ addStatement: { statement: { id: string } } }>(
      ADD_STATEMENT,
      { input: controlClaim({ start: { value: String(2040 + (written % 50)) } }) },
      bearer(keys.editor),
    );
    const id = response.data?.addStatement.statement.id;
    // Half of what is added is retracted again, so retraction runs under load too.
    if (id && written++ % 2 === 0)
      return server.graphql(RETRACT, { id, reason: 'load test' }, bearer(keys.editor));
    return response;
  },
  () =>
    server.graphql(
      ADD_ALIAS,
      { entity: 'place:dumayr', alias: `Load ${written++} ${Math.random()}` },
      bearer(keys.editor),
    ),
];

/** Clients in a loop until `ms` has passed, one write in five; returns every failure it saw. */
async function load(ms: number) {
  const until = Date.now() + ms;
  const failures: string[] = [];
  let requests = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, client) => {
      for (let i = client; Date.now() < until; i++) {
        const call = i % 5 === 4 ? writes[i % writes.length]! : reads[i % reads.length]!;
        const started = performance.now();
        const response = await call();
        latencies.push(performance.now() - started);
        requests++;
        if (response.status !== 200 || response.errors)
          failures.push(`${response.status} ${JSON.stringify(response.errors)}`);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests,
    failures,
    p50: latencies[Math.floor(latencies.length / 2)]!,
    p99: latencies[Math.floor(latencies.length * 0.99)]!,
  };
}

function liveHeapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

describe('a mixed load of reads and writes', () => {
  it('has no errors and no memory growth', async () => {
    // Warm-up fills what is meant to fill (connection pool, compiled code, Apollo's document cache);
    // then two equal runs: live memory that keeps growing from one to the next is a leak.
    expect((await load(WARM_UP_MS)).failures).toEqual([]);
    const first = await load(RUN_MS);
    const afterFirst = liveHeapMb();
    const second = await load(RUN_MS);
    const afterSecond = liveHeapMb();
    for (const [name, run] of [
      ['first', first],
      ['second', second],
    ] as const) {
      console.log(
        `${name} run: ${run.requests} requests in ${RUN_MS / 1000} s at concurrency ${CONCURRENCY} ` +
          `(${Math.round(run.requests / (RUN_MS / 1000))}/s), p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms`,
      );
    }
    console.log(
      `live heap after the first run ${afterFirst.toFixed(1)} MB, after the second ${afterSecond.toFixed(1)} MB`,
    );
    expect([...first.failures, ...second.failures]).toEqual([]);
    expect(second.requests).toBeGreaterThan(50);
    // Per-request state (loaders, scopes, sessions) must all be collectable. A leak of 10 KB per request
    // would exceed this slack; JIT and pool noise stay well inside it.
    expect(afterSecond - afterFirst).toBeLessThan(Math.max(3, (second.requests * 10) / 1024));
  });
});
