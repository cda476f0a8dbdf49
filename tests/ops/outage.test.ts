import { setTimeout as sleep } from 'node:timers/promises';
import neo4jDriver from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { acceptsConnections } from '../../src/localNeo4j/ports.js';
import { bearer } from '../helpers/keys.js';
import { metric, type ObservedResponse } from '../helpers/observed.js';
import { withTestScheme } from '../helpers/scheme.js';
import {
  ANSWER_BOUND_MS,
  codeOf,
  outageRig,
  PASSWORD,
  QUERY,
  RECOVERY_BOUND_MS,
  timed,
} from './outageRig.js';

// This file stops, freezes and restarts Neo4j, so it runs one of its own instead of the suite's shared one.
const rig = outageRig();
const { figures, keys } = rig;

/** CPU-bound Cypher (little memory): ~2.5 s alone, it keeps Neo4j's cores busy. */
const HEAVY = 'UNWIND range(1, 20000000) AS x RETURN sum(x)';
const LOAD_MS = 8000;

describe('Neo4j busy (its CPU saturated and every pooled connection taken by slow work, but there)', () => {
  it('is not taken for away: an unrelated client is served, /readyz stays 200, neo4j_up stays 1', async () => {
    const loadUntil = performance.now() + LOAD_MS;
    // Four clients of their own keep Neo4j's CPU busy to the end of the window: each query is stopped by
    // Neo4j after 4 s at most, and none starts in the last 3 s.
    const heavyDriver = neo4jDriver.driver(
      withTestScheme(rig.neo4j.uri),
      neo4jDriver.auth.basic('neo4j', PASSWORD),
    );
    const cpu = Array.from({ length: 4 }, async () => {
      while (performance.now() < loadUntil - 3000) {
        await heavyDriver
          .executeQuery(HEAVY, {}, { database: 'neo4j', transactionConfig: { timeout: 4000 } })
          .catch(() => undefined);
      }
    });
    // Slow requests through the API's own driver: twice, all 100 pooled connections held for 2 s, so the
    // probe's RETURN 1 waits for a connection as it would behind slow API requests.
    const holdPool = async () => {
      await Promise.all(
        Array.from({ length: 100 }, () =>
          rig.db.read(async (tx) => {
            await tx.run('RETURN 1');
            await sleep(2000);
          }),
        ),
      );
    };
    const pool = (async () => {
      await sleep(1000);
      await holdPool();
      await sleep(1000);
      await holdPool();
    })();
    const codes: unknown[] = [];
    const readyStatuses: number[] = [];
    const slowest = { query: 0, readyz: 0 };
    const client = (async () => {
      while (performance.now() < loadUntil) {
        const { value, ms } = await timed(() => rig.server.graphql(QUERY));
        codes.push(value.body.data?.entity ? 'OK' : codeOf(value));
        slowest.query = Math.max(slowest.query, ms);
        await sleep(200);
      }
    })();
    const probe = (async () => {
      while (performance.now() < loadUntil) {
        const { value, ms } = await timed(rig.readyz);
        readyStatuses.push(value);
        slowest.readyz = Math.max(slowest.readyz, ms);
        await sleep(300);
      }
    })();
    await Promise.all([...cpu, pool, client, probe]);
    await heavyDriver.close();
    figures.busySlowestQueryMs = slowest.query;
    figures.busySlowestReadyzMs = slowest.readyz;
    figures.busyQueries = codes.length;

    const warnings = rig.server.logs.lines().filter((line) => (line.level ?? 0) >= 40);
    expect(codes.length).toBeGreaterThan(3);
    expect(
      codes.filter((code) => code !== 'OK'),
      JSON.stringify(warnings),
    ).toEqual([]);
    expect(readyStatuses.filter((status) => status !== 200)).toEqual([]);
    expect(metric(await rig.server.metrics(), 'neo4j_up')).toBe(1);
    expect(warnings.some((line) => line.msg?.startsWith('Neo4j is unavailable'))).toBe(false);
    // The probe did go unanswered (no pooled connection for it): busy was told from away.
    expect(warnings.some((line) => line.msg?.startsWith('Neo4j is slow to answer but alive'))).toBe(true);
  }, 60_000);
});

describe('Neo4j stopped', () => {
  it('answers normally while Neo4j is up', async () => {
    const response = await rig.server.graphql(QUERY);
    expect(response.body.data).toEqual({ entity: { id: 'place:a-ruheibah', name: expect.any(String) } });
    expect(metric(await rig.server.metrics(), 'neo4j_up')).toBe(1);
  });

  it('/readyz turns 503 within 2 s; queries answer SERVICE_UNAVAILABLE quickly, 50 at once too', async () => {
    await rig.neo4j.stop();

    const ready = await timed(rig.readyz);
    expect(ready.value).toBe(503);
    expect(ready.ms).toBeLessThan(2000);
    figures.stoppedReadyz503Ms = ready.ms;

    // The first request after the loss finds out: the breaker probes once its query has waited 500 ms.
    const first = await timed(() => rig.server.graphql(QUERY));
    expect(codeOf(first.value)).toBe('SERVICE_UNAVAILABLE');
    expect(first.value.body.errors![0]!.message).toMatch(/try again/);
    // HTTP says so too: proxies and clients know to retry, and when.
    expect(first.value.status).toBe(503);
    expect(first.value.headers.get('retry-after')).toBe('2');
    expect(first.ms).toBeLessThan(ANSWER_BOUND_MS);
    figures.stoppedFirstUnavailableMs = first.ms;

    // The ones after it are refused without touching the driver.
    const next = await timed(() => rig.server.graphql(QUERY));
    expect(codeOf(next.value)).toBe('SERVICE_UNAVAILABLE');
    expect(next.value.status).toBe(503);
    expect(next.ms).toBeLessThan(200);
    figures.stoppedNextUnavailableMs = next.ms;

    figures.stopped50ConcurrentMs = await rig.concurrently(50);
    expect(figures.stopped50ConcurrentMs).toBeLessThan(ANSWER_BOUND_MS);

    // The process stays up and says so; the metrics say why requests fail.
    expect((await fetch(`${rig.server.url}/healthz`)).status).toBe(200);
    const metrics = await rig.server.metrics();
    expect(metric(metrics, 'neo4j_up')).toBe(0);
    expect(metric(metrics, 'graphql_errors_total', { code: 'SERVICE_UNAVAILABLE' })).toBeGreaterThanOrEqual(
      52,
    );
    expect(rig.server.logs.lines().some((line) => line.msg?.startsWith('Neo4j is unavailable'))).toBe(true);
  });

  it(`serves again within ${RECOVERY_BOUND_MS / 1000} s of Neo4j answering Bolt again, same process, same driver`, async () => {
    // Two marks for "Neo4j is back": its port accepting TCP (the JVM is up, the databases may still be
    // starting), and a separate driver getting an answer to RETURN 1 (Neo4j can serve); the bound is
    // asserted from the second.
    const marks: { tcp?: number; bolt?: number } = {};
    const watching = (async () => {
      while (marks.tcp === undefined) {
        if (await acceptsConnections(rig.settings.boltPort)) marks.tcp = performance.now();
        else await sleep(50);
      }
      while (marks.bolt === undefined) {
        if (await rig.answersBolt()) marks.bolt = performance.now();
        else await sleep(50);
      }
    })();
    const restarted = rig.start();
    const succeededAt = await rig.firstSuccess(120_000);
    rig.restarted(await restarted);
    await watching;

    figures.recoveryAfterTcpMs = Math.round(succeededAt - marks.tcp!);
    figures.recoveryAfterBoltMs = Math.round(succeededAt - marks.bolt!);
    console.log(
      `[outage] a query succeeded ${figures.recoveryAfterBoltMs} ms after Neo4j answered Bolt again ` +
        `(${figures.recoveryAfterTcpMs} ms after its port accepted connections)`,
    );
    expect(figures.recoveryAfterBoltMs).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    expect(await rig.readyz()).toBe(200);
    expect(metric(await rig.server.metrics(), 'neo4j_up')).toBe(1);
  }, 180_000);
});

describe('Neo4j frozen (the process paused: its sockets stay open and nothing fails by itself)', () => {
  it('queries answer SERVICE_UNAVAILABLE within a bound instead of hanging, and it recovers on thaw', async () => {
    // Warm: the pool holds connections, which is what makes a frozen server hang rather than refuse.
    expect((await rig.server.graphql(QUERY)).body.data?.entity).toBeTruthy();

    rig.freeze();
    try {
      const [first, ready] = await Promise.all([timed(() => rig.server.graphql(QUERY)), timed(rig.readyz)]);
      expect(codeOf(first.value)).toBe('SERVICE_UNAVAILABLE');
      expect(first.ms).toBeLessThan(ANSWER_BOUND_MS);
      figures.frozenFirstUnavailableMs = first.ms;
      expect(ready.value).toBe(503);
      expect(ready.ms).toBeLessThan(2000);
      figures.frozenReadyz503Ms = ready.ms;

      const next = await timed(() => rig.server.graphql(QUERY));
      expect(codeOf(next.value)).toBe('SERVICE_UNAVAILABLE');
      expect(next.ms).toBeLessThan(200);
      figures.frozenNextUnavailableMs = next.ms;

      figures.frozen50ConcurrentMs = await rig.concurrently(50);
      expect(figures.frozen50ConcurrentMs).toBeLessThan(ANSWER_BOUND_MS);
      expect(metric(await rig.server.metrics(), 'graphql_requests_in_flight')).toBe(0);
    } finally {
      rig.thaw();
    }
    const thawedAt = performance.now();
    figures.recoveryAfterThawMs = Math.round((await rig.firstSuccess(30_000)) - thawedAt);
    console.log(`[outage] a query succeeded ${figures.recoveryAfterThawMs} ms after Neo4j was thawed`);
    expect(figures.recoveryAfterThawMs).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
  }, 60_000);

  it('a write cut off by the freeze, retried with its idempotency key after the thaw, is written once', async () => {
    const ADD = `mutation ($input: AddStatementInput!, $key: String) {
      addStatement(input: $input, idempotencyKey: $key) { replayed statement { id } }
    }`;
    const input = {
      kind: 'CONTROL',
      subject: 'faction:islamist-rebels',
      object: 'place:a-ruheibah',
      start: { value: '2033' },
      attributions: [{ reporter: 'dataset:editorial-gazetteer', carriedBy: 'dataset:editorial-gazetteer' }],
    };
    const send = () => rig.server.graphql(ADD, { input, key: 'frozen-write-1' }, bearer(keys.keys.editor));
    const first = send();
    // The write is under way, perhaps committed, when Neo4j stops answering: its outcome is unknown.
    await sleep(30);
    rig.freeze();
    let cut: ObservedResponse;
    try {
      cut = await first;
    } finally {
      rig.thaw();
    }
    await rig.firstSuccess(30_000);
    let retried = await send();
    for (let i = 0; i < 50 && codeOf(retried) === 'SERVICE_UNAVAILABLE'; i++) {
      await sleep(100);
      retried = await send();
    }
    expect(retried.body.errors).toBeUndefined();
    const count = await rig.db.read((tx) =>
      tx.run(`MATCH (s:Statement {start: '2033'}) RETURN count(s) AS n`),
    );
    expect(count.records[0]!.get('n')).toBe(1);
    // Whether the first attempt got through or not, the retry's answer names the one statement.
    const id = (retried.body.data!.addStatement as { statement: { id: string } }).statement.id;
    const stored = await rig.db.read((tx) => tx.run(`MATCH (s:Statement {start: '2033'}) RETURN s.id AS id`));
    expect(stored.records[0]!.get('id')).toBe(id);
    if (cut.status !== 200 || cut.body.errors) {
      expect(codeOf(cut)).toBe('SERVICE_UNAVAILABLE');
      expect(cut.body.errors![0]!.message).toMatch(/repeat it with the same idempotencyKey/);
    }
  }, 60_000);
});
