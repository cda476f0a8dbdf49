import { beforeAll, describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/api.js';
import { graphSnapshot } from '../helpers/seed.js';
import type { TestServer } from '../helpers/server.js';
import { firstError, post, send } from './http.js';
import { cypherInjectionCases, INJECTIONS } from './cypherInjectionCases.js';
import { queryShapeCases } from './queryShapeCases.js';
import { requestBodyCases } from './requestBodyCases.js';

/**
 * Requests an attacker (or a careless script) sends. Each must be refused with a clear JSON error and a
 * code, at once (the bound catches hangs, it is no benchmark), and leave the server serving and the graph
 * as it was.
 */

const refused = [...queryShapeCases, ...requestBodyCases, ...cypherInjectionCases];

let server: TestServer;
let before: string;

beforeAll(async () => {
  server = await seededServer();
  before = await graphSnapshot();
});

/** After every hostile request: still alive, still answering, nothing written. */
async function expectUnharmed() {
  expect((await send(`${server.url}/healthz`)).status).toBe(200);
  const normal = await server.graphql<{ entity: { name: string } }>(
    '{ entity(id: "place:a-ruheibah") { name } }',
  );
  expect(normal.errors).toBeUndefined();
  expect(normal.data?.entity.name).toBe('a-Ruheibah');
  expect(await graphSnapshot()).toBe(before);
}

describe('hostile requests', () => {
  it.each(refused.map((c) => [c.name, c] as const))('refuses %s', async (_name, c) => {
    const response = await c.send(server.url);
    const error = firstError(response);
    expect({ status: response.status, code: error.extensions?.code }).toEqual({
      status: c.status,
      code: c.code,
    });
    expect(error.message).toMatch(c.message);
    if (c.extensions) expect(error.extensions).toMatchObject(c.extensions);
    // Whatever was refused before execution has no data at all; a refused field leaves null in its place.
    if (c.status !== 200) expect(response.body).not.toHaveProperty('data');
    expect(response.millis).toBeLessThan(2000);
    await expectUnharmed();
  });

  it('treats Cypher in search text as words to look for', async () => {
    for (const text of INJECTIONS) {
      const response = await post(server.url, 'query ($q: String!) { search(query: $q) { totalCount } }', {
        q: text,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ data: { search: { totalCount: expect.any(Number) } } });
      expect(response.millis).toBeLessThan(2000);
    }
    await expectUnharmed();
  });

  it('answers a search for a long text within the body limit quickly', async () => {
    const response = await post(server.url, 'query ($q: String!) { search(query: $q) { totalCount } }', {
      q: 'Ruheibah '.repeat(100_000),
    });
    expect(response.millis).toBeLessThan(2000);
    expect([200, 400]).toContain(response.status);
    await expectUnharmed();
  });
});
