import { beforeAll, describe, expect, it } from 'vitest';
import { seededServerWith } from '../helpers/api.js';
import { bearer, testKeys } from '../helpers/keys.js';
import { graphSnapshot } from '../helpers/seed.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import {
  ADD_ALIAS,
  ADD_ENTITY,
  ADD_STATEMENT,
  AUDIT_LOG,
  controlClaim,
  RETRACT,
} from '../write/operations.js';

const { keys, env } = testKeys();
let server: TestServer;

beforeAll(async () => {
  server = await seededServerWith(env);
});

const MUTATIONS: [string, string, Record<string, unknown>][] = [
  ['addEntity', ADD_ENTITY, { input: { type: 'PLACE', name: 'Nowhere' } }],
  ['addAlias', ADD_ALIAS, { entity: 'place:dumayr', alias: 'Nowhere' }],
  ['addStatement', ADD_STATEMENT, { input: controlClaim() }],
  ['retractStatement', RETRACT, { id: 'stmt:rif-dimashq-in-syria', reason: 'no reason' }],
];

const CALLERS: [string, Record<string, string>, number, string, RegExp][] = [
  ['no key', {}, 401, 'UNAUTHENTICATED', /needs an API key with the editor role/],
  [
    'a reader key',
    bearer(keys.reader),
    403,
    'FORBIDDEN',
    /needs the editor role; the key "reader-key" has the reader role/,
  ],
  ['a wrong key', bearer(`${keys.editor}x`), 401, 'UNAUTHENTICATED', /The API key is not valid/],
  ['a key in X-Api-Key that is wrong', { 'x-api-key': 'ckg_nothing' }, 401, 'UNAUTHENTICATED', /not valid/],
  [
    'a malformed Authorization header',
    { authorization: `Basic ${keys.editor}` },
    401,
    'UNAUTHENTICATED',
    /Bearer <API key>/,
  ],
];

describe('every mutation', () => {
  for (const [name, mutation, variables] of MUTATIONS) {
    for (const [who, headers, status, code, message] of CALLERS) {
      it(`${name} with ${who}: ${code}, and nothing written`, async () => {
        const before = await graphSnapshot();
        const response = await server.graphql(mutation, variables, headers);
        expect(response.status).toBe(status);
        expect(response.errors?.[0]?.extensions?.code).toBe(code);
        expect(response.errors?.[0]?.message).toMatch(message);
        expect(await graphSnapshot()).toBe(before);
      });
    }
  }

  it('runs with an editor key, sent as Bearer or as X-Api-Key, and with an admin key', async () => {
    for (const headers of [bearer(keys.editor), { 'x-api-key': keys.editor }, bearer(keys.admin)]) {
      const response = await server.graphql(
        ADD_ENTITY,
        { input: { type: 'FACTION', name: 'A test faction' } },
        headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
    }
  });
});

describe('auditLog', () => {
  it('is for admins only', async () => {
    const denied: [Record<string, string>, string][] = [
      [{}, 'UNAUTHENTICATED'],
      [bearer(keys.reader), 'FORBIDDEN'],
      [bearer(keys.editor), 'FORBIDDEN'],
    ];
    for (const [headers, code] of denied) {
      const response = await server.graphql(AUDIT_LOG, {}, headers);
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      expect(response.data).toBeNull();
    }
    const allowed = await server.graphql(AUDIT_LOG, {}, bearer(keys.admin));
    expect(allowed.errors).toBeUndefined();
  });

  it('cannot be reached through node(id)', async () => {
    const log = await server.graphql<{ auditLog: { edges: { node: { id: string } }[] } }>(
      AUDIT_LOG,
      {},
      bearer(keys.admin),
    );
    const id = log.data!.auditLog.edges[0]!.node.id;
    const response = await server.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id });
    // Audit entries are not nodes: node(id) knows no such id, as for any unknown id.
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null });
  });
});

describe('reads', () => {
  const QUERY = `{ entity(id: "place:dumayr") { name } }`;

  it('are open by default, with or without a valid key', async () => {
    expect((await server.graphql(QUERY)).errors).toBeUndefined();
    expect((await server.graphql(QUERY, {}, bearer(keys.reader))).errors).toBeUndefined();
  });

  it('need a key when QUERY_ACCESS=keyed', async () => {
    const keyed = await startTestServer({ env: { ...env, QUERY_ACCESS: 'keyed' } });
    const anonymous = await keyed.graphql(QUERY);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toMatch(/needs an API key for every request/);
    const reader = await keyed.graphql(QUERY, {}, bearer(keys.reader));
    expect(reader.errors).toBeUndefined();
    expect(reader.data).toEqual({ entity: { name: expect.any(String) } });
  });
});
