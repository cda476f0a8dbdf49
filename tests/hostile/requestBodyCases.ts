import { gzipSync } from 'node:zlib';
import { json, type Case } from './refusalCase.js';
import { JSON_HEADERS, send } from './http.js';

/** Bodies and HTTP requests that are malformed, oversized or cross-site: refused before any query runs. */
export const requestBodyCases: Case[] = [
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
];
