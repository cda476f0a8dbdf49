import { beforeAll, describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/api.js';
import type { TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await seededServer();
});

describe('answers are never cached', () => {
  it.each([
    ['an answer', `query { entity(id: "place:a-ruheibah") { id name } }`],
    ['an error', `query { entity(id: "place:a-ruheibah") { nope } }`],
  ])('%s says Cache-Control: no-store and carries no ETag', async (_what, query) => {
    const response = await server.graphql(query);
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('a GET query as well', async () => {
    const query = encodeURIComponent(`query { entity(id: "place:a-ruheibah") { id } }`);
    const response = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual({
      entity: { id: 'place:a-ruheibah' },
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });
});
