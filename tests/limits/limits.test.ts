import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { dataOf, seededServer } from '../helpers/api.js';
import { operationBlocks } from '../helpers/docs.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { firstError, JSON_HEADERS, post, send } from '../hostile/http.js';

/** Variables for each example operation, with the largest page sizes allowed. */
const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  Connections: { from: 'person:saeed-seif', to: 'faction:syrian-government', maxHops: 4 },
  ControlHistory: { place: 'place:a-ruheibah', first: 100 },
  ControlledBy: { faction: 'faction:syrian-government', first: 100 },
  Disagreements: { first: 100 },
  EntityById: { id: 'place:a-ruheibah' },
  EventCounts: { id: 'event:east-qalamoun-evacuation' },
  PlaceOverview: { id: 'place:east-qalamoun' },
  SearchEntities: { query: 'Syria', first: 100 },
  Statements: { first: 100 },
  WhoControls: { place: 'place:a-ruheibah' },
  AddStatement: {
    input: {
      kind: 'CONTROL',
      subject: 'faction:syrian-government',
      object: 'place:a-ruheibah',
      attributions: [
        {
          reporter: 'media:syria-direct',
          carriedBy: 'article:2018-04-23-syria-direct-east-qalamoun',
          quote: 'Syrian state media reported',
        },
      ],
    },
  },
  RetractStatement: { id: 'stmt:fsa-rebels-held-east-qalamoun-since-2012', reason: 'a reason' },
};

const examples = readdirSync(path.join(projectRoot, 'examples'))
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => readFileSync(path.join(projectRoot, 'examples', file), 'utf8'));
const operationName = (document: string) => /^(?:query|mutation) (\w+)/m.exec(document)![1]!;
/** The GraphQL operations shown in README.md and docs/*.md. */
const docQueries = operationBlocks();

/** The example documents' own figures: the deepest nests 8 levels, none has 200 tokens or any alias. */
const DEEP_EXAMPLE = examples.find((e) => operationName(e) === 'Connections')!;

let defaults: TestServer;

beforeAll(async () => {
  defaults = await seededServer();
});

describe('under the default limits', () => {
  it.each(examples.map((e) => [operationName(e), e]))(
    'the example %s passes with the largest pages',
    async (name, document) => {
      expect(EXAMPLE_VARIABLES, `variables for ${name}`).toHaveProperty(name);
      const response = await defaults.graphql(document, EXAMPLE_VARIABLES[name]);
      // A mutation without a key gets as far as the key check: past every limit, and nothing written.
      if (/^mutation /m.test(document)) {
        expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      } else {
        dataOf(response);
      }
    },
  );

  it('lets every GraphQL operation of README.md and docs/ through (answers: tests/api/readme.test.ts)', async () => {
    expect(docQueries.length).toBeGreaterThanOrEqual(5);
    for (const { document: query } of docQueries) {
      // Mutations get as far as asking for a key: what matters here is that no limit stopped them.
      const { errors = [] } = await defaults.graphql(query);
      const refusals = errors.filter((e) =>
        /^GRAPHQL_(VALIDATION|PARSE)_FAILED$/.test(String(e.extensions?.code)),
      );
      expect(refusals, query).toEqual([]);
    }
  });

  it('passes two nested pages of 100 (100 + 100 × 100 = 10,100 nodes)', async () => {
    const response = await defaults.graphql(`{
      search(query: "Syria", first: 100) { edges { node { ... on Place {
        children(first: 100) { edges { node { id } } }
      } } } }
    }`);
    dataOf(response);
  });
});

describe('the node count', () => {
  // With a limit of 1, every query that lists anything is refused with its count: the arithmetic shows.
  let counting: TestServer;
  beforeAll(async () => {
    counting = await startTestServer({ env: { MAX_NODES: '1' } });
  });
  const nodesOf = async (query: string, variables?: Record<string, unknown>) => {
    const response = await counting.graphql(query, variables);
    if (!response.errors) return 0;
    expect(response.errors[0]!.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'MAX_NODES',
    });
    return response.errors[0]!.extensions!.nodes as number;
  };

  it.each([
    ['a page counts its `first`', '{ search(query: "Syria", first: 7) { totalCount } }', 7],
    ['an unset `first` counts its default, 20', '{ statements { totalCount } }', 20],
    [
      'nested pages multiply: 10 × (1 + 5)',
      '{ search(query: "Syria", first: 10) { edges { node { ... on Place { children(first: 5) { edges { node { id } } } } } } } }',
      60,
    ],
    [
      'a list without `first` counts 10 per item: 10 × (1 + 10)',
      '{ whoControls(place: "place:a-ruheibah") { attributions { reporter { name } } } }',
      110,
    ],
    [
      'siblings add up: 3 + 4',
      '{ a: search(query: "Syria", first: 3) { totalCount } b: search(query: "Qalamoun", first: 4) { totalCount } }',
      7,
    ],
    [
      'a skipped part counts nothing',
      '{ search(query: "Syria", first: 2) { edges { node { ... on Place { children(first: 50) @skip(if: true) { totalCount } } } } } }',
      2,
    ],
    ['single objects and scalars count nothing', '{ entity(id: "place:a-ruheibah") { id name } }', 0],
    ['introspection counts nothing', '{ __schema { types { fields { args { name } } } } }', 0],
  ])('%s', async (_name, query, nodes) => {
    expect(await nodesOf(query)).toBe(nodes);
  });

  it('reads page sizes from the variables of each request', async () => {
    const query = 'query ($n: Int) { search(query: "Syria", first: $n) { totalCount } }';
    expect(await nodesOf(query, { n: 3 })).toBe(3);
    expect(await nodesOf(query, { n: 9 })).toBe(9);
    // Counts are remembered per query text and variables (src/limits/nodeLimit.ts): asked again, each
    // request still gets its own; a page within the limit passes after refusals of the same text.
    expect(await nodesOf(query, { n: 3 })).toBe(3);
    expect(await nodesOf(query, { n: 9 })).toBe(9);
    expect(await nodesOf(query, { n: 1 })).toBe(0);
    expect(await nodesOf(query, { n: 9 })).toBe(9);
  });

  it('gives the figure and the limit in the message', async () => {
    const error = firstError(
      await post(counting.url, '{ search(query: "Syria", first: 1500) { totalCount } }'),
    );
    expect(error.message).toBe('`first` must be from 1 to 100, not 1500.');
    const refused = firstError(
      await post(counting.url, '{ search(query: "Syria", first: 12) { totalCount } }'),
    );
    expect(refused.message).toMatch(/^This query could return up to 12 nodes, more than the limit of 1\./);
  });
});

describe('each limit is configurable', () => {
  // Every query here passes under the defaults (first test of each pair) and is refused by a lower limit.
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer({
      env: {
        MAX_DEPTH: '5',
        MAX_ALIASES: '2',
        MAX_DIRECTIVES: '1',
        MAX_TOKENS: '60',
        MAX_NODES: '100',
        MAX_BODY_SIZE: '1kb',
      },
    });
  });

  const threeAliases =
    '{ a: entity(id: "place:a-ruheibah") { id } b: entity(id: "place:a-ruheibah") { id } c: __typename }';
  const twoDirectives = '{ entity(id: "place:a-ruheibah") { id @include(if: true) name @skip(if: false) } }';
  const sixLevels = '{ statements(first: 1) { edges { node { attributions { reporter { name } } } } } }';
  const twoHundredNodes = '{ statements(first: 20) { edges { node { attributions { id } } } } }';

  it.each([
    [
      'MAX_DEPTH',
      sixLevels,
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
      /^Query depth limit of 5 exceeded, found 6\.$/,
    ],
    [
      'MAX_ALIASES',
      threeAliases,
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
      /^Aliases limit of 2 exceeded, found 3\.$/,
    ],
    [
      'MAX_DIRECTIVES',
      twoDirectives,
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
      /^Directives limit of 1 exceeded, found 2\.$/,
    ],
    [
      'MAX_TOKENS',
      DEEP_EXAMPLE,
      EXAMPLE_VARIABLES.Connections,
      'GRAPHQL_PARSE_FAILED',
      /more tha[nt] 60 tokens/,
    ],
    [
      'MAX_NODES',
      twoHundredNodes,
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
      /up to 220 nodes, more than the limit of 100/,
    ],
  ])('%s', async (limit, query, variables, code, message) => {
    dataOf(await defaults.graphql(query, variables));
    const response = await post(strict.url, query, variables);
    const error = firstError(response);
    expect(response.status).toBe(400);
    expect(error.extensions?.code).toBe(code);
    expect(error.message).toMatch(message);
    if (code === 'GRAPHQL_VALIDATION_FAILED') expect(error.extensions?.limit).toBe(limit);
  });

  it('MAX_BODY_SIZE', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2000) } });
    expect(
      (await send(`${defaults.url}/graphql`, { method: 'POST', headers: JSON_HEADERS, body })).status,
    ).toBe(200);
    const response = await send(`${strict.url}/graphql`, { method: 'POST', headers: JSON_HEADERS, body });
    expect(response.status).toBe(413);
    expect(firstError(response)).toMatchObject({
      message: 'The request body is larger than the limit of 1kb.',
      extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'MAX_BODY_SIZE' },
    });
  });

  it('MAX_ALIASES counts 1,000 aliases once the token limit lets them through', async () => {
    const lenient = await startTestServer({ env: { MAX_TOKENS: '100000' } });
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const error = firstError(await post(lenient.url, query));
    expect(error.message).toBe('Aliases limit of 30 exceeded, found 1000.');
    await lenient.stop();
  });
});

describe('in production', () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startTestServer({ env: { NODE_ENV: 'production' } });
  });

  const INTROSPECTION = '{ __schema { queryType { name } } }';
  const mistakes: [string, string, Record<string, unknown>?][] = [
    ['a misspelt field', '{ entty(id: "place:a-ruheibah") { id } }'],
    ['a misspelt argument', '{ entity(idd: "place:a-ruheibah") { id } }'],
    ['a misspelt type', '{ entity(id: "place:a-ruheibah") { ... on Plac { id } } }'],
    ['a misspelt enum literal', '{ statements(kind: CONTRO) { totalCount } }'],
    [
      'a misspelt enum in the variables',
      'query ($k: StatementKind) { statements(kind: $k) { totalCount } }',
      { k: 'CONTRO' },
    ],
  ];

  it('turns introspection off', async () => {
    const response = await post(production.url, INTROSPECTION);
    expect(response.status).toBe(400);
    expect(firstError(response)).toMatchObject({
      message: expect.stringMatching(/introspection is not allowed/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it.each(mistakes)('gives no "Did you mean" for %s', async (_name, query, variables) => {
    const response = await post(production.url, query, variables);
    expect(response.status).toBe(400);
    const error = firstError(response);
    expect(error.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
    expect(error.message).not.toMatch(/Did you mean/);
  });

  it('keeps introspection, and the hints with it, where development is', async () => {
    dataOf(await defaults.graphql(INTROSPECTION));
    for (const [, query, variables] of mistakes) {
      expect(firstError(await post(defaults.url, query, variables)).message).toMatch(/Did you mean/);
    }
  });

  it('turns introspection on with INTROSPECTION=true', async () => {
    const open = await startTestServer({ env: { NODE_ENV: 'production', INTROSPECTION: 'true' } });
    dataOf(await open.graphql(INTROSPECTION));
    await open.stop();
  });
});
