import type { ManagedTransaction } from 'neo4j-driver';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Database, type Work } from '../../src/db/database.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { testDatabase } from '../helpers/database.js';
import { bearer, testKeys } from '../helpers/keys.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * Nothing a client sends may become Cypher text (a label, a relationship type, a property name, a clause):
 * every value must travel as a query parameter. Checked where it matters, on what reaches the driver,
 * with input that carries a marker through every argument the API takes.
 */

const MARKER = 'zq9marker';
const HOSTILE = [
  `${MARKER}' }) MATCH (n) DETACH DELETE n //`,
  `${MARKER}\`) DETACH DELETE n //`,
  `$${MARKER}`,
];

interface Sent {
  mode: 'read' | 'write';
  cypher: string;
  parameters: string;
}

/** The test Neo4j through a Database that records every query text and its parameters. */
function recordingDatabase(sent: Sent[]): Database {
  const db = new Database(inject('neo4j'));
  const recording = (mode: Sent['mode'], tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
        return (cypher: string, parameters?: unknown) => {
          sent.push({ mode, cypher, parameters: JSON.stringify(parameters ?? {}) });
          return target.run(cypher, parameters as Record<string, unknown>);
        };
      },
    });
  const read = db.read.bind(db);
  const write = db.write.bind(db);
  db.read = <T>(work: Work<T>) => read((tx) => work(recording('read', tx)));
  db.write = <T>(work: Work<T>) => write((tx) => work(recording('write', tx)));
  return db;
}

/** Every query argument that takes text, each given the hostile value `v`. */
const operations = (v: string): [string, Record<string, unknown>][] => [
  ['query ($v: ID!) { entity(id: $v) { id } }', { v }],
  ['query ($v: ID) { statements(about: $v) { totalCount } }', { v }],
  ['query ($v: ID) { statements(reportedBy: $v) { totalCount } }', { v }],
  ['query ($v: String!) { search(query: $v) { totalCount } }', { v }],
  ['query ($v: ID!) { whoControls(place: $v) { status } }', { v }],
  ['query ($v: ID!) { controlHistory(place: $v) { totalCount } }', { v }],
  ['query ($v: ID!) { controlledBy(faction: $v) { totalCount } }', { v }],
  ['query ($v: ID) { disagreements(about: $v) { totalCount } }', { v }],
  ['query ($v: ID!) { connections(from: $v, to: "place:a-ruheibah") { totalCount } }', { v }],
  ['query ($v: ID!) { node(id: $v) { id } }', { v }],
  ['query ($v: String) { statements(after: $v) { totalCount } }', { v }],
];

const ARTICLE = 'article:2018-04-23-syria-direct-east-qalamoun';

/** Every mutation argument that takes text or an id, with an editor's key. */
const mutations = (v: string): [string, Record<string, unknown>][] => [
  [
    'mutation ($v: String!) { addEntity(input: { type: FACTION, name: $v, aliases: [$v], description: $v, kind: $v }) { entity { id } } }',
    { v },
  ],
  [
    'mutation ($v: ID!) { addEntity(input: { type: PLACE, id: $v, name: "Nowhere" }) { entity { id } } }',
    { v },
  ],
  ['mutation ($v: String!) { addAlias(entity: "place:a-ruheibah", alias: $v) { entity { id } } }', { v }],
  ['mutation ($v: ID!) { addAlias(entity: $v, alias: "Nowhere") { entity { id } } }', { v }],
  [
    `mutation ($v: String!) { addStatement(input: { kind: CONTROL, subject: "faction:syrian-government",
      object: "place:a-ruheibah", role: $v, note: $v, text: $v,
      attributions: [{ reporter: "media:syria-direct", carriedBy: "${ARTICLE}", quote: $v }] }) { statement { id } } }`,
    { v },
  ],
  [
    `mutation ($v: ID!) { addStatement(input: { kind: CONTROL, subject: $v, object: $v,
      attributions: [{ reporter: $v, carriedBy: $v }] }) { statement { id } } }`,
    { v },
  ],
  ['mutation ($v: ID!) { retractStatement(id: $v, reason: "test") { statement { id } } }', { v }],
  [
    'mutation ($v: String!) { retractStatement(id: "stmt:fsa-rebels-held-east-qalamoun-since-2012", reason: $v) { statement { id } } }',
    { v },
  ],
];

let server: TestServer;
const sent: Sent[] = [];
const { keys, env } = testKeys();

beforeAll(async () => {
  await runSeed(testDatabase(), { paths: [SEED_DIR] });
  server = await startTestServer({ db: recordingDatabase(sent), env });
});

describe('input and Cypher', () => {
  it('sends every value from a request as a parameter, never as Cypher text', async () => {
    for (const value of HOSTILE) {
      const requests = [
        ...operations(value).map(([query, variables]) => [query, variables, {}] as const),
        ...mutations(value).map(([query, variables]) => [query, variables, bearer(keys.editor)] as const),
      ];
      for (const [query, variables, headers] of requests) {
        const response = await server.graphql(query, variables, headers);
        // Refused as a bad id or argument, or answered: never a fault, never a query we got wrong.
        for (const error of response.errors ?? []) {
          expect(['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'], `${query}: ${error.message}`).toContain(
            error.extensions?.code,
          );
        }
      }
    }
    expect(sent.length).toBeGreaterThan(10);
    expect(sent.filter((s) => s.cypher.includes(MARKER))).toEqual([]);
    // The hostile values did reach the database, as parameters: the check above saw real traffic.
    for (const mode of ['read', 'write']) {
      expect(
        sent.some((s) => s.mode === mode && s.parameters.includes(MARKER)),
        mode,
      ).toBe(true);
    }
  });
});
