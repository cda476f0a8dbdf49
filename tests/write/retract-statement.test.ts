import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AddStatementDocument,
  RetractStatementDocument,
  type AddStatementMutation,
  type RetractStatementMutation,
} from '../../src/generated/client/graphql.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { dataOf } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import { graphSnapshot } from '../helpers/seed.js';
import { editorSession, WHO_CONTROLS } from './editorSession.js';
import { ADD_STATEMENT, controlClaim, RETRACT } from './operations.js';

const editor = editorSession();
const { asEditor, expectRefused } = editor;

describe('retractStatement', () => {
  const STATEMENTS = `query ($about: ID, $includeRetracted: Boolean) {
    statements(about: $about, kind: CONTROL, includeRetracted: $includeRetracted) { edges { node { id retraction { by reason } } } }
  }`;

  it('keeps the statement with who, when and why, and as-of answers ignore it from then on', async () => {
    const { addStatement } = dataOf(
      await asEditor<{ addStatement: { statement: { id: string } } }>(ADD_STATEMENT, {
        input: controlClaim({ subject: 'faction:turkey', start: { value: '2031' } }),
      }),
    );
    const id = addStatement.statement.id;
    const at = { place: 'place:a-ruheibah', at: '2031-06' };
    const before = dataOf(
      await editor.server.graphql<{ whoControls: { statement: { id: string } }[] }>(WHO_CONTROLS, at),
    );
    expect(before.whoControls.map((c) => c.statement.id)).toContain(id);

    const { retractStatement } = dataOf(
      await asEditor<{
        retractStatement: { statement: { retraction: { at: string; by: string; reason: string } } };
      }>(RETRACT, { id, reason: 'misread the source' }),
    );
    expect(retractStatement.statement.retraction).toMatchObject({
      by: 'editor-key',
      reason: 'misread the source',
    });
    expect(Date.now() - Date.parse(retractStatement.statement.retraction.at)).toBeLessThan(60_000);

    // The retracted claim is gone from the as-of answers for 2031.
    const after = dataOf(
      await editor.server.graphql<{ whoControls: { statement: { id: string } }[] }>(WHO_CONTROLS, at),
    );
    expect(after.whoControls.map((c) => c.statement.id)).not.toContain(id);
    const listed = dataOf(
      await editor.server.graphql<{ statements: { edges: { node: { id: string } }[] } }>(STATEMENTS, {
        about: 'faction:turkey',
      }),
    );
    expect(listed.statements.edges.map((e) => e.node.id)).not.toContain(id);
    const withRetracted = dataOf(
      await editor.server.graphql<{ statements: { edges: { node: { id: string; retraction: unknown } }[] } }>(
        STATEMENTS,
        {
          about: 'faction:turkey',
          includeRetracted: true,
        },
      ),
    );
    expect(withRetracted.statements.edges.find((e) => e.node.id === id)?.node.retraction).toEqual({
      by: 'editor-key',
      reason: 'misread the source',
    });
    const node = dataOf(
      await editor.server.graphql<{ node: { retraction: unknown } }>(
        `{ node(id: "${id}") { ... on Statement { retraction { reason } } } }`,
      ),
    );
    expect(node.node.retraction).toEqual({ reason: 'misread the source' });
  });

  it('takes a retracted located_in out of the place hierarchy', async () => {
    const CHILDREN = `{ entity(id: "place:east-qalamoun") { ... on Place { children(first: 50) { edges { node { id } } } } } }`;
    const ids = async () =>
      dataOf(
        await editor.server.graphql<{ entity: { children: { edges: { node: { id: string } }[] } } }>(
          CHILDREN,
        ),
      ).entity.children.edges.map((e) => e.node.id);
    expect(await ids()).toContain('place:a-ruheibah');
    const located = await testDatabase().read((tx) =>
      tx.run(
        `MATCH (s:Statement {kind: 'located_in'})-[:SUBJECT]->(:Place {id: 'place:a-ruheibah'}) RETURN s.id AS id`,
      ),
    );
    dataOf(await asEditor(RETRACT, { id: located.records[0]!.get('id') as string, reason: 'test' }));
    expect(await ids()).not.toContain('place:a-ruheibah');
    const shortcut = await testDatabase().read((tx) =>
      tx.run(
        `MATCH (:Place {id: 'place:a-ruheibah'})-[r:LOCATED_IN]->(:Place {id: 'place:east-qalamoun'}) RETURN count(r) AS n`,
      ),
    );
    expect(shortcut.records[0]!.get('n')).toBe(0);
  });

  it('stays retracted when a seed run rewrites the statement', async () => {
    const id = 'stmt:rif-dimashq-in-syria';
    dataOf(await asEditor(RETRACT, { id, reason: 'test' }));
    await testDatabase().write((tx) =>
      tx.run(`MATCH (s:Statement {id: $id}) SET s.seedHash = 'stale'`, { id }),
    );
    await runSeed(testDatabase(), { paths: [SEED_DIR] });
    const node = dataOf(
      await editor.server.graphql<{ node: { retraction: unknown } }>(
        `{ node(id: "${id}") { ... on Statement { retraction { reason } } } }`,
      ),
    );
    expect(node.node.retraction).toEqual({ reason: 'test' });
    const shortcut = await testDatabase().read((tx) =>
      tx.run(`MATCH (:Place {id: 'place:rif-dimashq'})-[r:LOCATED_IN]->() RETURN count(r) AS n`),
    );
    expect(shortcut.records[0]!.get('n')).toBe(0);
  });

  it('refuses a second retraction, an empty reason and an unknown statement', async () => {
    const before = await graphSnapshot();
    const again = await asEditor(RETRACT, { id: 'stmt:rif-dimashq-in-syria', reason: 'again' });
    expect(await graphSnapshot()).toBe(before);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', retractedBy: 'editor-key' });
    expect(again.errors?.[0]?.message).toMatch(/already retracted at .* by editor-key/);
    expect((await expectRefused(RETRACT, { id: 'stmt:damascus-in-syria', reason: '  ' })).field).toBe(
      'reason',
    );
    const unknown = await asEditor(RETRACT, { id: 'stmt:nothing', reason: 'x' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
  });
});

describe('the generated client types', () => {
  it('type the example mutations (examples/*.graphql) as the server answers them', async () => {
    const added = dataOf(
      await asEditor<AddStatementMutation>(print(AddStatementDocument), {
        input: controlClaim({ start: { value: '2035' } }),
      }),
    );
    const statement = added.addStatement.statement;
    expect(statement.kind).toBe('CONTROL');
    expect(statement.object?.name).toBe('a-Ruheibah');
    const retracted = dataOf(
      await asEditor<RetractStatementMutation>(print(RetractStatementDocument), {
        id: statement.id,
        reason: 'typed',
      }),
    );
    expect(retracted.retractStatement.statement.retraction?.reason).toBe('typed');
  });
});
