import { beforeAll, describe, expect, it } from 'vitest';
import { hashKey, newKey } from '../../src/auth/keys.js';
import { dataOf, seededServerWith } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import { bearer } from '../helpers/keys.js';
import type { GraphQLResponse, TestServer } from '../helpers/server.js';
import { ADD_ALIAS, ADD_ENTITY, ADD_STATEMENT, controlClaim, RETRACT } from './operations.js';

/**
 * Twenty editors acting at once, each with a key of their own: every write is atomic per id, the audit log
 * holds exactly the writes that happened, and an idempotency key makes a retry harmless.
 */

const EDITORS = 20;
const editorKeys = Array.from({ length: EDITORS }, () => newKey());
const otherEditor = newKey();
const env = {
  API_KEYS: [
    ...editorKeys.map((key, i) => `editor-${i}:editor:${hashKey(key)}`),
    `other-editor:editor:${hashKey(otherEditor)}`,
  ].join(','),
};
let server: TestServer;

beforeAll(async () => {
  server = await seededServerWith(env);
});

type Response = GraphQLResponse<
  Record<string, { auditId: string; replayed: boolean } & Record<string, unknown>>
>;

/** The same mutation from every editor at the same moment; `variables(i)` may tell them apart. */
const race = (query: string, variables: (i: number) => Record<string, unknown>) =>
  Promise.all(
    editorKeys.map((key, i) => server.graphql(query, variables(i), bearer(key)) as Promise<Response>),
  );

const succeeded = (responses: Response[]) => responses.filter((r) => !r.errors);
const codes = (responses: Response[]) =>
  responses.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);

async function auditEntriesFor(target: string) {
  const result = await testDatabase().read((tx) =>
    tx.run('MATCH (a:AuditEntry {target: $target}) RETURN a.actor AS actor, a.action AS action', { target }),
  );
  return result.records.map((r) => ({ actor: r.get('actor') as string, action: r.get('action') as string }));
}

async function count(cypher: string, params: Record<string, unknown>) {
  const result = await testDatabase().read((tx) => tx.run(cypher, params));
  return result.records[0]!.get('n') as number;
}

describe('twenty editors at once', () => {
  it('creating one entity id: one wins, nineteen get CONFLICT naming the id, one audit entry', async () => {
    const responses = await race(ADD_ENTITY, (i) => ({
      input: { type: 'PLACE', id: 'place:raced-town', name: `Raced town by editor ${i}` },
    }));
    const winners = succeeded(responses);
    expect(winners).toHaveLength(1);
    expect(codes(responses)).toEqual(Array(EDITORS - 1).fill('CONFLICT'));
    for (const r of responses.filter((r) => r.errors)) {
      expect(r.errors![0]!.message).toMatch(/place:raced-town is already in use/);
      expect(r.errors![0]!.extensions).toMatchObject({ id: 'place:raced-town', field: 'input.id' });
    }
    const winner = responses.indexOf(winners[0]!);
    const stored = await testDatabase().read((tx) =>
      tx.run(`MATCH (e:Entity {id: 'place:raced-town'}) RETURN e.name AS name`),
    );
    expect(stored.records.map((r) => r.get('name'))).toEqual([`Raced town by editor ${winner}`]);
    expect(await auditEntriesFor('place:raced-town')).toEqual([
      { actor: `editor-${winner}`, action: 'addEntity' },
    ]);
  });

  it('creating entities with ids made from one name: twenty entities, twenty ids, twenty entries', async () => {
    const responses = await race(ADD_ENTITY, () => ({ input: { type: 'PLACE', name: 'Busy Crossroads' } }));
    expect(codes(responses)).toEqual([]);
    const ids = responses.map((r) => (r.data!.addEntity!.entity as { id: string }).id);
    expect(new Set(ids).size).toBe(EDITORS);
    expect(ids).toContain('place:busy-crossroads');
    for (const id of ids) expect(await auditEntriesFor(id)).toHaveLength(1);
  });

  it('adding one statement id: one statement, with the winner’s attributions only', async () => {
    const responses = await race(ADD_STATEMENT, (i) => ({
      input: controlClaim({
        id: 'stmt:raced-claim',
        attributions: [
          {
            reporter: 'dataset:editorial-gazetteer',
            carriedBy: 'dataset:editorial-gazetteer',
            reportedOn: { value: `2019-01-${String(i + 1).padStart(2, '0')}` },
          },
        ],
      }),
    }));
    expect(succeeded(responses)).toHaveLength(1);
    expect(codes(responses)).toEqual(Array(EDITORS - 1).fill('CONFLICT'));
    const winner = responses.findIndex((r) => !r.errors);
    const reported = await testDatabase().read((tx) =>
      tx.run(
        `MATCH (:Statement {id: 'stmt:raced-claim'})-[:HAS_ATTRIBUTION]->(a) RETURN toString(a.reportedOn) AS on`,
      ),
    );
    expect(reported.records.map((r) => r.get('on'))).toEqual([
      `2019-01-${String(winner + 1).padStart(2, '0')}`,
    ]);
    expect(await auditEntriesFor('stmt:raced-claim')).toEqual([
      { actor: `editor-${winner}`, action: 'addStatement' },
    ]);
  });

  it('adding twenty aliases to one entity: all twenty kept, in search too', async () => {
    const responses = await race(ADD_ALIAS, (i) => ({
      entity: 'place:a-ruheibah',
      alias: `Ruheibah variant ${i}`,
    }));
    expect(codes(responses)).toEqual([]);
    const aliases = dataOf(
      await server.graphql<{ entity: { aliases: string[] } }>(
        `{ entity(id: "place:a-ruheibah") { aliases } }`,
      ),
    ).entity.aliases;
    for (let i = 0; i < EDITORS; i++) expect(aliases).toContain(`Ruheibah variant ${i}`);
    const searchable = await count(
      `MATCH (e:Entity {id: 'place:a-ruheibah'}) RETURN size([line IN split(e.addedSearchText, '\\n') WHERE line CONTAINS 'variant']) AS n`,
      {},
    );
    expect(searchable).toBe(EDITORS);
    expect((await auditEntriesFor('place:a-ruheibah')).filter((e) => e.action === 'addAlias')).toHaveLength(
      EDITORS,
    );
  });

  it('retracting one statement: retracted once, the others told when and by whom', async () => {
    const responses = await race(RETRACT, (i) => ({ id: 'stmt:raced-claim', reason: `reason ${i}` }));
    expect(succeeded(responses)).toHaveLength(1);
    const winner = responses.findIndex((r) => !r.errors);
    expect(codes(responses)).toEqual(Array(EDITORS - 1).fill('CONFLICT'));
    for (const r of responses.filter((r) => r.errors)) {
      expect(r.errors![0]!.message).toMatch(
        new RegExp(`stmt:raced-claim was already retracted at \\S+ by editor-${winner}\\.`),
      );
      expect(r.errors![0]!.extensions).toMatchObject({ retractedBy: `editor-${winner}` });
    }
    const reason = await testDatabase().read((tx) =>
      tx.run(`MATCH (s:Statement {id: 'stmt:raced-claim'}) RETURN s.retractionReason AS reason`),
    );
    expect(reason.records[0]!.get('reason')).toBe(`reason ${winner}`);
    expect(
      (await auditEntriesFor('stmt:raced-claim')).filter((e) => e.action === 'retractStatement'),
    ).toHaveLength(1);
  });
});

describe('idempotency keys', () => {
  const KEYED_STATEMENT = ADD_STATEMENT.replace(
    'mutation ($input: AddStatementInput!) {\n  addStatement(input: $input) {',
    'mutation ($input: AddStatementInput!, $key: String) {\n  addStatement(input: $input, idempotencyKey: $key) {\n    replayed',
  );
  const input = controlClaim({ start: { value: '2031' } });
  const statementsNow = () => count(`MATCH (s:Statement) WHERE s.start = '2031' RETURN count(s) AS n`, {});

  it('a retry with the key, even twenty at once, writes once and answers as the first write did', async () => {
    const [key] = editorKeys;
    const send = () =>
      server.graphql<{ addStatement: { replayed: boolean; auditId: string; statement: { id: string } } }>(
        KEYED_STATEMENT,
        { input, key: 'retry-1' },
        bearer(key!),
      );
    const answers = (await Promise.all(Array.from({ length: EDITORS }, send))).map(dataOf);
    expect(await statementsNow()).toBe(1);
    expect(new Set(answers.map((a) => a.addStatement.statement.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.addStatement.auditId)).size).toBe(1);
    expect(answers.filter((a) => !a.addStatement.replayed)).toHaveLength(1);
    expect(await auditEntriesFor(answers[0]!.addStatement.statement.id)).toHaveLength(1);
  });

  it('a key used for another write is CONFLICT; another editor’s same key is their own', async () => {
    const other = await server.graphql(
      KEYED_STATEMENT,
      { input: controlClaim({ start: { value: '2032' } }), key: 'retry-1' },
      bearer(editorKeys[0]!),
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(other.errors?.[0]?.message).toMatch(
      /idempotencyKey "retry-1" was already used at .* for another write \(addStatement of stmt:api-/,
    );
    const theirs = dataOf(
      await server.graphql<{ addStatement: { replayed: boolean } }>(
        KEYED_STATEMENT,
        { input, key: 'retry-1' },
        bearer(otherEditor),
      ),
    );
    expect(theirs.addStatement.replayed).toBe(false);
    expect(await statementsNow()).toBe(2);
  });

  it('refuses a key that is empty, too long or not printable', async () => {
    for (const key of ['', 'x'.repeat(201), 'tab\there', 'ключ']) {
      const response = await server.graphql(KEYED_STATEMENT, { input, key }, bearer(editorKeys[1]!));
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'idempotencyKey',
      });
    }
    expect(await statementsNow()).toBe(2);
  });
});
