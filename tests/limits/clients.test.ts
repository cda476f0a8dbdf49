import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { addressClient } from '../../src/limits/clients.js';
import { dataOf, seededServerWith } from '../helpers/api.js';
import { bearer } from '../helpers/keys.js';
import { hashKey, newKey } from '../../src/auth/keys.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { heldRequest } from '../hostile/http.js';

/**
 * One client's burst or expensive analyses must not take the server from the others: the per-client
 * limits answer it with 429 and Retry-After, while another client is served and /readyz stays 200.
 */

const busy = newKey();
const calm = newKey();
const API_KEYS = `busy:reader:${hashKey(busy)},calm:reader:${hashKey(calm)}`;
// The defaults of npm start, which the test helpers otherwise turn off (tests/helpers/server.ts).
const DEFAULT_LIMITS = { CLIENT_MAX_CONCURRENT: '', CLIENT_COST_BUDGET: '' };

const WHO_CONTROLS = `{ whoControls(place: "place:a-ruheibah") { faction { id } attributions { reporter { name } } } }`;
const WHOLE_GRAPH = `{ disagreements { totalCount } }`;

let server: TestServer;
beforeAll(async () => {
  server = await seededServerWith({ API_KEYS, ...DEFAULT_LIMITS });
});

/** A POST from a chosen loopback address, so that two unkeyed clients can be told apart. */
async function postFrom(url: string, localAddress: string, query: string) {
  const request = heldRequest(url, JSON.stringify({ query }), { localAddress });
  request.finish();
  const { status, headers } = await request.answered;
  return { status, retryAfter: headers['retry-after'] };
}

describe('the cost of a query', () => {
  it('refuses thirty aliases of a whole-graph analysis before anything runs, naming the cost', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `d${i}: disagreements { totalCount }`).join(' ');
    const response = await server.graphql(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'MAX_COST',
      cost: 60_007,
      maxCost: 5_000,
    });
    expect(response.errors?.[0]?.message).toMatch(
      /^This query costs 60,007 points, more than the limit of 5,000/,
    );
  });

  it('lets narrowed questions through, and says what each cost', async () => {
    const response = await server.graphql(
      `{ disagreements(about: "event:east-qalamoun-evacuation") { edges { node { kind } } } }`,
    );
    expect(response.errors).toBeUndefined();
    // 1 + 10 for the analysis + (20 edges × (1 + 10 unpaged statements ... )) / 100, rounded up.
    expect(Number(response.headers.get('x-query-cost'))).toBeGreaterThan(11);
    expect(Number(response.headers.get('x-query-cost'))).toBeLessThan(50);
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(10_000);
  });
});

describe('per-client limits', () => {
  it('answers one client’s requests past its 10 in flight with 429 and Retry-After, while another client and /readyz are served', async () => {
    const body = JSON.stringify({ query: WHO_CONTROLS });
    // Ten requests whose bodies are still coming: the server holds them, and the client has no place left.
    const held = Array.from({ length: 10 }, () => heldRequest(server.url, body, { headers: bearer(busy) }));
    await sleep(300);
    const burst = await Promise.all(
      Array.from({ length: 40 }, () => server.graphql(WHO_CONTROLS, undefined, bearer(busy))),
    );
    const others = await Promise.all(
      Array.from({ length: 5 }, () => server.graphql(WHO_CONTROLS, undefined, bearer(calm))),
    );
    const readiness = await fetch(`${server.url}/readyz`);
    for (const r of burst) {
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        limit: 'CLIENT_MAX_CONCURRENT',
        retryAfter: 1,
      });
      expect(r.errors?.[0]?.message).toMatch(/already has 10 in flight \(CLIENT_MAX_CONCURRENT\)/);
    }
    for (const r of others) expect(r.status).toBe(200);
    expect(readiness.status).toBe(200);
    // The held requests are answered in full, and once they are, the client's places are free again.
    for (const request of held) request.finish();
    for (const { status } of await Promise.all(held.map((request) => request.answered)))
      expect(status).toBe(200);
    expect(dataOf(await server.graphql(WHO_CONTROLS, undefined, bearer(busy))).whoControls).toBeDefined();
  });

  it('refuses a client that spent its cost budget, with the seconds until it has enough, and serves the others', async () => {
    const tight = await startTestServer({
      env: { API_KEYS, CLIENT_MAX_CONCURRENT: '', CLIENT_COST_BUDGET: '5000', CLIENT_COST_REFILL: '10' },
    });
    // Two whole-graph analyses fit in 5,000 points; the third does not.
    for (let i = 0; i < 2; i++)
      expect((await tight.graphql(WHOLE_GRAPH, undefined, bearer(busy))).status).toBe(200);
    const spent = await tight.graphql(WHOLE_GRAPH, undefined, bearer(busy));
    expect(spent.status).toBe(429);
    const retryAfter = Number(spent.headers.get('retry-after'));
    // About 1,000 points were left; 2,002 are needed; 10 come back per second.
    expect(retryAfter).toBeGreaterThan(90);
    expect(retryAfter).toBeLessThanOrEqual(101);
    expect(spent.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      limit: 'CLIENT_COST_BUDGET',
      retryAfter,
    });
    expect(spent.data).toBeUndefined();
    // A cheap question still fits in what is left, and another client has its own budget.
    expect((await tight.graphql(WHO_CONTROLS, undefined, bearer(busy))).status).toBe(200);
    expect((await tight.graphql(WHOLE_GRAPH, undefined, bearer(calm))).status).toBe(200);
    expect((await fetch(`${tight.url}/readyz`)).status).toBe(200);
    await tight.stop();
  });

  it('counts clients without a key by their address', async () => {
    const tight = await startTestServer({
      env: { CLIENT_MAX_CONCURRENT: '', CLIENT_COST_BUDGET: '5000', CLIENT_COST_REFILL: '1' },
    });
    for (let i = 0; i < 2; i++)
      expect((await postFrom(tight.url, '127.0.0.1', WHOLE_GRAPH)).status).toBe(200);
    const spent = await postFrom(tight.url, '127.0.0.1', WHOLE_GRAPH);
    expect(spent.status).toBe(429);
    expect(Number(spent.retryAfter)).toBeGreaterThan(900);
    expect((await postFrom(tight.url, '127.0.0.2', WHOLE_GRAPH)).status).toBe(200);
    // Without TRUST_PROXY, a client cannot name itself another address.
    const spoofed = await tight.graphql(WHOLE_GRAPH, undefined, { 'x-forwarded-for': '10.9.9.9' });
    expect(spoofed.status).toBe(429);
    await tight.stop();
  });

  it('behind TRUST_PROXY proxies, counts clients by the address the proxy saw', async () => {
    const proxied = await startTestServer({
      env: {
        CLIENT_MAX_CONCURRENT: '',
        CLIENT_COST_BUDGET: '5000',
        CLIENT_COST_REFILL: '1',
        TRUST_PROXY: '1',
      },
    });
    const from = (address: string) => proxied.graphql(WHOLE_GRAPH, undefined, { 'x-forwarded-for': address });
    for (let i = 0; i < 2; i++) expect((await from('10.0.0.1')).status).toBe(200);
    expect((await from('10.0.0.1')).status).toBe(429);
    expect((await from('10.0.0.2')).status).toBe(200);
    await proxied.stop();
  });

  it('names an IPv6 client by its /64 and an IPv4-mapped one by its IPv4 address', () => {
    expect(addressClient('2001:db8:1:2:aaaa::1')).toBe('address:2001:db8:1:2::/64');
    expect(addressClient('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('address:2001:db8:1:2::/64');
    expect(addressClient('2001:db8::1')).toBe('address:2001:db8:0:0::/64');
    expect(addressClient('::1')).toBe('address:0:0:0:0::/64');
    expect(addressClient('::ffff:10.1.2.3')).toBe('address:10.1.2.3');
    expect(addressClient('10.1.2.3')).toBe('address:10.1.2.3');
  });
});
