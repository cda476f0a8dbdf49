import { json, type Case } from './refusalCase.js';
import { post, send } from './http.js';

const nested = (levels: number) =>
  `{ entity(id: "place:a-ruheibah") { ... on Place { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } } }`;
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: entity(id: "place:a-ruheibah") { id }`).join(' ')} }`;
/** Each fragment spreads the next one twice: 2^40 selections from 40 short lines. */
const fragmentBomb = (levels: number) =>
  `query { ...F0 } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on Query { __typename }`;

/** Well-formed requests that ask too much: too deep, too wide, too many items, pages too large. */
export const queryShapeCases: Case[] = [
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
];
