import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, seededServerWith } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import { bearer, testKeys } from '../helpers/keys.js';
import { graphSnapshot } from '../helpers/seed.js';
import type { TestServer } from '../helpers/server.js';
import { ADD_ENTITY, ADD_STATEMENT, AUDIT_LOG, controlClaim } from './operations.js';

const { keys, env } = testKeys();
let server: TestServer;

beforeAll(async () => {
  server = await seededServerWith(env);
});

interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  target: string;
  input: string;
  requestId: string;
}
type AuditLog = {
  auditLog: {
    totalCount: number;
    edges: { node: AuditEntry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

const auditLog = async (variables: Record<string, unknown> = {}) =>
  dataOf(await server.graphql<AuditLog>(AUDIT_LOG, variables, bearer(keys.admin))).auditLog;

const auditCount = async () =>
  (await testDatabase().read((tx) => tx.run('MATCH (a:AuditEntry) RETURN count(a) AS n'))).records[0]!.get(
    'n',
  ) as number;

describe('the audit log', () => {
  it('records who wrote what, when, with which input and request id, newest first', async () => {
    const input = { type: 'PLACE', name: 'Audit Town' };
    const response = await server.graphql<{ addEntity: { auditId: string; entity: { id: string } } }>(
      ADD_ENTITY,
      { input },
      { ...bearer(keys.editor), 'x-request-id': 'audit-test-1' },
    );
    const { addEntity } = dataOf(response);
    expect(response.headers.get('x-request-id')).toBe('audit-test-1');
    dataOf(await server.graphql(ADD_STATEMENT, { input: controlClaim() }, bearer(keys.admin)));

    const log = await auditLog();
    expect(log.totalCount).toBe(2);
    const [newest, first] = log.edges.map((e) => e.node);
    expect(newest).toMatchObject({ actor: 'admin-key', role: 'admin', action: 'addStatement' });
    expect(first).toEqual({
      id: addEntity.auditId,
      at: expect.any(String),
      actor: 'editor-key',
      role: 'editor',
      action: 'addEntity',
      target: addEntity.entity.id,
      input: JSON.stringify({ input }),
      requestId: 'audit-test-1',
    });
    expect(Date.now() - Date.parse(first!.at)).toBeLessThan(60_000);
    expect(Date.parse(newest!.at)).toBeGreaterThanOrEqual(Date.parse(first!.at));
  });

  it('pages with first and after', async () => {
    const page = await auditLog({ first: 1 });
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await auditLog({ first: 1, after: page.pageInfo.endCursor });
    expect(next.edges[0]!.node.action).toBe('addEntity');
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('has no entry for a refused write', async () => {
    const before = await auditCount();
    const response = await server.graphql(
      ADD_STATEMENT,
      { input: controlClaim({ attributions: [] }) },
      bearer(keys.editor),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditCount()).toBe(before);
  });

  it('is written in the write transaction: when the entry cannot be written, neither is the data', async () => {
    // A unique request id per entry, and an entry already holding this one: the audit write must fail
    // after the entity was written in the same transaction.
    const db = testDatabase();
    await db.write((tx) =>
      tx.run(
        'CREATE CONSTRAINT test_audit_request IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.requestId IS UNIQUE',
      ),
    );
    try {
      await db.write((tx) =>
        tx.run(`CREATE (:AuditEntry {id: 'audit:planted', requestId: 'taken-request-id', at: datetime()})`),
      );
      const before = await graphSnapshot();
      const response = await server.graphql(
        ADD_ENTITY,
        { input: { type: 'PLACE', name: 'Never Written' } },
        { ...bearer(keys.editor), 'x-request-id': 'taken-request-id' },
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await graphSnapshot()).toBe(before);
      const written = await db.read((tx) =>
        tx.run(`MATCH (e:Entity {id: 'place:never-written'}) RETURN count(e) AS n`),
      );
      expect(written.records[0]!.get('n')).toBe(0);
    } finally {
      await db.write((tx) => tx.run(`MATCH (a:AuditEntry {id: 'audit:planted'}) DELETE a`));
      await db.write((tx) => tx.run('DROP CONSTRAINT test_audit_request IF EXISTS'));
    }
  });
});

describe('bookmarks', () => {
  it('come back after a mutation, and sending them back reads the write', async () => {
    const response = await server.graphql<{ addEntity: { entity: { id: string } } }>(
      ADD_ENTITY,
      { input: { type: 'PLACE', name: 'Bookmark Town' } },
      bearer(keys.editor),
    );
    const header = response.headers.get('neo4j-bookmarks');
    expect(header).toBeTruthy();
    expect(response.extensions?.bookmarks).toEqual(header!.split(','));
    const read = await server.graphql<{ entity: { name: string } }>(
      `query ($id: ID!) { entity(id: $id) { name } }`,
      { id: dataOf(response).addEntity.entity.id },
      { 'neo4j-bookmarks': header! },
    );
    expect(dataOf(read).entity.name).toBe('Bookmark Town');
  });

  it('are not sent for queries', async () => {
    const response = await server.graphql(`{ entity(id: "place:dumayr") { name } }`);
    expect(response.headers.get('neo4j-bookmarks')).toBeNull();
  });

  it('are refused with a clear error when Neo4j cannot use them', async () => {
    // Well-formed for the header, but no bookmark Neo4j made.
    const response = await server.graphql(
      `{ entity(id: "place:dumayr") { name } }`,
      {},
      { 'neo4j-bookmarks': 'FB:kcwQAAAAAAAAAAAAAAAAAAAAAAA' },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_REQUEST',
      header: 'Neo4j-Bookmarks',
    });
    expect(response.errors?.[0]?.message).toMatch(/cannot use these bookmarks/);
  });

  it('are refused with 400 when malformed', async () => {
    const response = await server.graphql(
      `{ entity(id: "place:dumayr") { name } }`,
      {},
      { 'neo4j-bookmarks': 'not a bookmark!' },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_REQUEST',
      header: 'Neo4j-Bookmarks',
    });
  });
});
