import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/api.js';
import { graphSnapshot } from '../helpers/seed.js';
import type { TestServer } from '../helpers/server.js';
import { firstError, JSON_HEADERS, post, send, type RawResponse } from './http.js';

/**
 * Requests an attacker (or a careless script) sends. Each must be refused with a clear JSON error and a
 * code, at once (the bound catches hangs, it is no benchmark), and leave the server serving and the graph
 * as it was.
 */

const INJECTIONS = [
  "' }) MATCH (n) DETACH DELETE n //",
  '" }) MATCH (n) DETACH DELETE n //',
  '`Place`) DETACH DELETE n //',
  '$param',
  "place:a-ruheibah' OR 1=1 //",
];

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: JSON_HEADERS,
  body: JSON.stringify(body),
});
const nested = (levels: number) =>
  `{ entity(id: "place:a-ruheibah") { ... on Place { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } } }`;
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: entity(id: "place:a-ruheibah") { id }`).join(' ')} }`;
/** Each fragment spreads the next one twice: 2^40 selections from 40 short lines. */
const fragmentBomb = (levels: number) =>
  `query { ...F0 } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on Query { __typename }`;

interface Case {
  name: string;
  send: (url: string) => Promise<RawResponse>;
  status: number;
  code: string;
  message: RegExp;
  extensions?: Record<string, unknown>;
}

const refused: Case[] = [
  {
    name: 'a query 50 levels deep',
    send: (url) => post(url, nested(50)),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Query depth limit of 15 exceeded, found 52\.$/,
    extensions: { limit: 'MAX_DEPTH' },
  },
  {
    name: '1,000 aliases (stopped by the token limit while parsing)',
    send: (url) => post(url, aliases(1000)),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /more tha[nt] 1000 tokens/,
  },
  {
    name: 'circular fragments',
    send: (url) => post(url, 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Cannot spread fragment "A" within itself via "B"/,
  },
  {
    name: 'a fragment bomb (2^40 selections)',
    send: (url) => post(url, fragmentBomb(40)),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /more than 10,000 fields once its fragments are spread in/,
  },
  {
    name: 'a variable holding 100,000 enum values (800 KB)',
    send: (url) =>
      post(url, 'query ($types: [EntityType!]) { search(query: "ruheibah", types: $types) { totalCount } }', {
        types: Array.from({ length: 100_000 }, () => 'PLACE'),
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable \$types holds a list of 100,000 items; a list may hold at most 1,000\.$/,
    extensions: { argument: '$types' },
  },
  {
    name: 'a list of 1,001 items nested in an input object',
    send: (url) =>
      post(url, 'mutation ($input: AddEntityInput!) { addEntity(input: $input) { auditId } }', {
        input: { type: 'PLACE', name: 'X', aliases: Array.from({ length: 1001 }, (_, i) => `x${i}`) },
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable \$input\.aliases holds a list of 1,001 items/,
  },
  {
    name: '1,000 wrong enum values in a variable (each would be coerced and worded)',
    send: (url) =>
      post(url, 'query ($types: [EntityType!]) { search(query: "ruheibah", types: $types) { totalCount } }', {
        types: Array.from({ length: 1000 }, () => 'PLACEX'),
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$types" got invalid value "PLACEX" at "types\[0\]"/,
  },
  {
    name: '100 batched operations',
    send: (url) =>
      send(`${url}/graphql`, json(Array.from({ length: 100 }, () => ({ query: '{ __typename }' })))),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^Operation batching disabled\.$/,
  },
  {
    name: 'a 10 MB body',
    send: (url) =>
      send(`${url}/graphql`, json({ query: '{ __typename }', padding: 'x'.repeat(10 * 1024 * 1024) })),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /^The request body is larger than the limit of 1mb\.$/,
    extensions: { limit: 'MAX_BODY_SIZE' },
  },
  {
    name: 'a gzip body that unpacks to 20 MB',
    send: (url) =>
      send(`${url}/graphql`, {
        method: 'POST',
        headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(20 * 1024 * 1024) })),
      }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /^The request body is larger than the limit of 1mb\.$/,
  },
  {
    name: 'a body that is not a JSON object',
    send: (url) =>
      send(`${url}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: '"{ __typename }"' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^The request body is not valid JSON/,
  },
  {
    name: 'an empty JSON object',
    send: (url) => send(`${url}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: '{}' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
  },
  {
    name: 'a query sent as application/graphql',
    send: (url) =>
      send(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/graphql' },
        body: '{ __typename }',
      }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
  },
  {
    name: 'first: 1000000',
    send: (url) => post(url, '{ search(query: "Syria", first: 1000000) { totalCount } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^`first` must be from 1 to 100, not 1000000\.$/,
    extensions: { argument: 'first' },
  },
  {
    name: 'first: $n with n = 1000000, deep inside a query',
    send: (url) =>
      post(
        url,
        `query ($n: Int) { search(query: "Syria", first: 5) { edges { node { ... on Place {
          children(first: $n) { totalCount } } } } } }`,
        { n: 1_000_000 },
      ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^`first` must be from 1 to 100, not 1000000\.$/,
    extensions: { argument: 'first' },
  },
  {
    name: 'first beyond a 32-bit integer',
    send: (url) => post(url, '{ search(query: "Syria", first: 10000000000) { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Int cannot represent non 32-bit signed integer value/,
  },
  {
    name: 'three nested connections of 100 (1,010,100 nodes)',
    send: (url) =>
      post(
        url,
        `{ search(query: "Syria", first: 100) { edges { node { ... on Place {
          children(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } } } } } }`,
      ),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^This query could return up to 1,010,100 nodes, more than the limit of 50,000\./,
    extensions: { limit: 'MAX_NODES', nodes: 1_010_100, maxNodes: 50_000 },
  },
  {
    name: 'invalid UTF-8',
    send: (url) =>
      send(`${url}/graphql`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: Buffer.concat([
          Buffer.from('{"query":"query ($id: ID!) { entity(id: $id) { id } }","variables":{"id":"place:'),
          Buffer.from([0xc3, 0x28, 0xff]),
          Buffer.from('"}}'),
        ]),
      }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^The request body is not valid UTF-8\.$/,
  },
  {
    name: 'invalid JSON',
    send: (url) =>
      send(`${url}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: '{"query": "{ __typename }"' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^The request body is not valid JSON \(.+\)\.$/,
  },
  {
    name: 'a variable nested 100,000 arrays deep',
    send: (url) =>
      send(`${url}/graphql`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body:
          '{"query":"query ($t: [EntityType!]) { search(query: \\"Syria\\", types: $t) { totalCount } }",' +
          `"variables":{"t":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$t" got invalid value/,
  },
  {
    name: 'a body in another charset',
    send: (url) =>
      send(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=latin1' },
        body: '{"query":"{ __typename }"}',
      }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: /unsupported charset "LATIN1"/,
  },
  {
    name: 'a text/plain POST (no CSRF preflight)',
    send: (url) =>
      send(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a form POST',
    send: (url) =>
      send(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${encodeURIComponent('{ __typename }')}`,
      }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a mutation over GET',
    send: (url) =>
      send(`${url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
    status: 405,
    code: 'BAD_REQUEST',
    message: /^GET requests only support query operations, not mutation operations$/,
  },
  {
    name: 'a GET without a CSRF preflight header',
    send: (url) => send(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'Cypher in an alias (not a GraphQL name)',
    send: (url) => post(url, '{ `x` : entity(id: "place:a-ruheibah") { id } }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error/,
  },
  {
    name: 'Cypher as the alias of a field',
    send: (url) =>
      post(url, `{ MATCH_n_DETACH_DELETE_n: entity(id: "${INJECTIONS[0]!.replace(/"/g, '\\"')}") { id } }`),
    status: 200,
    code: 'NOT_FOUND',
    message: /^No entity has id "' }\) MATCH \(n\) DETACH DELETE n \/\/"/,
  },
  ...INJECTIONS.map((text): Case => ({
    name: `Cypher in an id: ${text}`,
    send: (url) => post(url, 'query ($id: ID!) { entity(id: $id) { id } }', { id: text }),
    status: 200,
    code: 'NOT_FOUND',
    message: /^No entity has id ".*" \(argument `id`\)\.$/,
  })),
  ...INJECTIONS.map((text): Case => ({
    name: `Cypher in a filter id: ${text}`,
    send: (url) =>
      post(url, 'query ($about: ID) { statements(about: $about) { totalCount } }', { about: text }),
    status: 200,
    code: 'NOT_FOUND',
    message: /\(argument `about`\)/,
  })),
  {
    name: 'Cypher in a date',
    send: (url) =>
      post(url, 'query ($at: Date) { whoControls(place: "place:a-ruheibah", at: $at) { status } }', {
        at: INJECTIONS[0],
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Date/,
  },
];

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
