import { print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AddStatementDocument,
  RetractStatementDocument,
  type AddStatementMutation,
  type RetractStatementMutation,
} from '../../src/generated/client/graphql.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { dataOf, seededServerWith } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import { bearer, testKeys } from '../helpers/keys.js';
import { graphSnapshot } from '../helpers/seed.js';
import type { TestServer } from '../helpers/server.js';
import { ADD_ALIAS, ADD_ENTITY, ADD_STATEMENT, controlClaim, RETRACT } from './operations.js';
import { expectRefusedWithoutChange } from './refusals.js';

const { keys, env } = testKeys();
let server: TestServer;

beforeAll(async () => {
  server = await seededServerWith(env);
});

const asEditor = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) =>
  server.graphql<T>(query, variables, bearer(keys.editor));

/** A write that must be refused, leaving the graph as it was. */
const expectRefused = (query: string, variables: Record<string, unknown>) =>
  expectRefusedWithoutChange(() => asEditor(query, variables));

const WHO_CONTROLS = `query ($place: ID!, $at: Date) {
  whoControls(place: $place, at: $at) { faction { id } statement { id } }
}`;
const SEARCH = `query ($q: String!) { search(query: $q) { edges { node { id } } } }`;

describe('addEntity', () => {
  it('adds an entity that search and entity() then find, with an id made from its name', async () => {
    const { addEntity } = dataOf(
      await asEditor<{
        addEntity: { auditId: string; entity: { id: string; type: string; aliases: string[] } };
      }>(ADD_ENTITY, { input: { type: 'PLACE', name: 'Tell Abyad', aliases: ['تل أبيض'], kind: 'town' } }),
    );
    expect(addEntity.entity).toMatchObject({ id: 'place:tell-abyad', type: 'PLACE', aliases: ['تل أبيض'] });
    expect(addEntity.auditId).toMatch(/^audit:/);
    const found = dataOf(
      await server.graphql<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, { q: 'تل أبيض' }),
    );
    expect(found.search.edges.map((e) => e.node.id)).toContain('place:tell-abyad');
  });

  it('gives the next free id when the name is taken, and refuses an id in use', async () => {
    const second = dataOf(
      await asEditor<{ addEntity: { entity: { id: string } } }>(ADD_ENTITY, {
        input: { type: 'PLACE', name: 'Tell Abyad' },
      }),
    );
    expect(second.addEntity.entity.id).toBe('place:tell-abyad-2');
    const before = await graphSnapshot();
    const taken = await asEditor(ADD_ENTITY, {
      input: { type: 'PLACE', id: 'place:a-ruheibah', name: 'Another Ruheibah' },
    });
    expect(await graphSnapshot()).toBe(before);
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.id',
      id: 'place:a-ruheibah',
    });
    expect(taken.errors?.[0]?.message).toMatch(/place:a-ruheibah is already in use/);
  });

  it('refuses what the seed refuses, naming the input field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ type: 'PLACE', name: 'X', role: 'mayor' }, 'input.role', /unknown field "role"/],
      [{ type: 'PLACE', id: 'faction:x', name: 'X' }, 'input.id', /must start with place:/],
      [{ type: 'PLACE', id: 'place:Not A Slug', name: 'X' }, 'input.id', /type:lower-case-words/],
      [{ type: 'PLACE', name: '   ' }, 'input.name', /must not be empty/],
      [
        {
          type: 'ARTICLE',
          name: 'A',
          title: 'A',
          publishedOn: { value: '2018-04-23' },
          publisher: 'place:syria',
          language: 'en',
        },
        'input.publisher',
        /publisher must be a media_source, but place:syria is a place/,
      ],
      [
        { type: 'ARTICLE', name: 'A', title: 'A', publisher: 'media:sana', language: 'en' },
        'input.publishedOn',
        /required/,
      ],
    ];
    for (const [input, field, message] of cases) {
      const refused = await expectRefused(ADD_ENTITY, { input });
      expect(refused.problems).toContainEqual({ field, message: expect.stringMatching(message) });
    }
  });

  it('refuses a malformed date before anything runs', async () => {
    const response = await asEditor(ADD_ENTITY, {
      input: {
        type: 'ARTICLE',
        name: 'A',
        title: 'A',
        publishedOn: { value: '2018-02-30' },
        publisher: 'media:sana',
        language: 'en',
      },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/publishedOn.*2018-02 has 28 days/);
  });
});

describe('addAlias', () => {
  it('makes the entity findable by the new name', async () => {
    const { addAlias } = dataOf(
      await asEditor<{ addAlias: { entity: { aliases: string[] } } }>(ADD_ALIAS, {
        entity: 'place:dumayr',
        alias: 'Dmeirtown',
      }),
    );
    expect(addAlias.entity.aliases).toContain('Dmeirtown');
    const found = dataOf(
      await server.graphql<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, { q: 'dmeirtown' }),
    );
    expect(found.search.edges[0]?.node.id).toBe('place:dumayr');
  });

  it('keeps an added alias when a seed run rewrites the entity', async () => {
    await testDatabase().write((tx) =>
      tx.run(`MATCH (e:Entity {id: 'place:dumayr'}) SET e.seedHash = 'stale'`),
    );
    await runSeed(testDatabase(), { paths: [SEED_DIR] });
    const found = dataOf(
      await server.graphql<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, { q: 'dmeirtown' }),
    );
    expect(found.search.edges[0]?.node.id).toBe('place:dumayr');
  });

  it('answers each of two aliases added in one request with the entity as it is after that write', async () => {
    const { first, second } = dataOf(
      await asEditor<Record<'first' | 'second', { entity: { aliases: string[] } }>>(
        `mutation {
          first: addAlias(entity: "place:dumayr", alias: "Dmeir One") { entity { aliases } }
          second: addAlias(entity: "place:dumayr", alias: "Dmeir Two") { entity { aliases } }
        }`,
        {},
      ),
    );
    expect(first.entity.aliases).toContain('Dmeir One');
    expect(first.entity.aliases).not.toContain('Dmeir Two');
    expect(second.entity.aliases).toEqual([...first.entity.aliases, 'Dmeir Two']);
  });

  it('refuses a name the entity already has, an empty one, and an unknown entity', async () => {
    expect((await expectRefused(ADD_ALIAS, { entity: 'place:dumayr', alias: 'Dmeirtown' })).message).toMatch(
      /already known as "Dmeirtown"/,
    );
    expect((await expectRefused(ADD_ALIAS, { entity: 'place:dumayr', alias: ' ' })).field).toBe('alias');
    const unknown = await asEditor(ADD_ALIAS, { entity: 'place:nowhere', alias: 'X' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'entity' });
  });
});

describe('addStatement', () => {
  it('adds a statement with its attributions, and the as-of answers use it', async () => {
    const { addStatement } = dataOf(
      await asEditor<{ addStatement: { statement: Record<string, unknown> } }>(ADD_STATEMENT, {
        input: controlClaim(),
      }),
    );
    expect(addStatement.statement).toMatchObject({
      kind: 'CONTROL',
      status: 'HELD',
      subject: { id: 'faction:islamist-rebels' },
      object: { id: 'place:a-ruheibah' },
      start: { value: '2030-01', precision: 'MONTH', text: 'since January 2030' },
      attributions: [
        { reporter: { id: 'dataset:editorial-gazetteer' }, carriedBy: { id: 'dataset:editorial-gazetteer' } },
      ],
      retraction: null,
    });
    expect(addStatement.statement.id).toMatch(/^stmt:api-/);
    const answer = dataOf(
      await server.graphql<{ whoControls: { faction: { id: string }; statement: { id: string } }[] }>(
        WHO_CONTROLS,
        {
          place: 'place:a-ruheibah',
          at: '2030-06',
        },
      ),
    );
    expect(answer.whoControls).toEqual([
      { faction: { id: 'faction:islamist-rebels' }, statement: { id: addStatement.statement.id } },
    ]);
  });

  it('takes the publication date of an article as the date reported', async () => {
    const { addStatement } = dataOf(
      await asEditor<{ addStatement: { statement: { attributions: { reportedOn: { value: string } }[] } } }>(
        ADD_STATEMENT,
        {
          input: controlClaim({
            attributions: [
              {
                reporter: 'media:syria-direct',
                carriedBy: 'article:2018-04-23-syria-direct-east-qalamoun',
                quote: 'Syrian state media reported',
              },
            ],
          }),
        },
      ),
    );
    expect(addStatement.statement.attributions[0]?.reportedOn.value).toBe('2018-04-23');
  });

  it('refuses what the seed refuses, naming each input field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [controlClaim({ attributions: [] }), 'input.attributions', /at least one attribution/],
      [
        controlClaim({
          attributions: [{ reporter: 'media:nobody', carriedBy: 'dataset:editorial-gazetteer' }],
        }),
        'input.attributions[0].reporter',
        /unknown id media:nobody: no entity has this id/,
      ],
      [
        controlClaim({
          attributions: [{ reporter: 'place:syria', carriedBy: 'dataset:editorial-gazetteer' }],
        }),
        'input.attributions[0].reporter',
        /reporter must be a media_source or person or dataset/,
      ],
      [
        controlClaim({
          attributions: [
            { reporter: 'media:sana', carriedBy: 'article:2018-04-23-syria-direct-east-qalamoun' },
          ],
        }),
        'input.attributions[0].quote',
        /needs the quote/,
      ],
      [controlClaim({ subject: 'place:syria' }), 'input.subject', /must be a faction/],
      [controlClaim({ object: null }), 'input.object', /needs an object/],
      [controlClaim({ end: { value: '2029' } }), 'input.end', /end 2029 is before start 2030-01/],
      [
        controlClaim({ count: { phrasing: 'ABOUT', unit: 'people', amount: 5 } }),
        'input.count',
        /has no count/,
      ],
      [controlClaim({ id: 'stmt:Bad Id' }), 'input.id', /stmt:lower-case-words/],
      [
        controlClaim({ attributions: Array.from({ length: 101 }, () => controlClaim().attributions[0]) }),
        'input.attributions',
        /at most 100 attributions/,
      ],
      [controlClaim({ note: 'x'.repeat(10_001) }), 'input.note', /at most 10,000 characters/],
    ];
    for (const [input, field, message] of cases) {
      const refused = await expectRefused(ADD_STATEMENT, { input });
      expect(refused.problems, JSON.stringify(input)).toContainEqual({
        field,
        message: expect.stringMatching(message),
      });
      expect(refused.message).toMatch(/Nothing was written\.$/);
    }
  });

  it('refuses a statement id in use with CONFLICT naming it', async () => {
    for (const id of ['stmt:rif-dimashq-in-syria']) {
      const before = await graphSnapshot();
      const taken = await asEditor(ADD_STATEMENT, { input: controlClaim({ id }) });
      expect(await graphSnapshot()).toBe(before);
      expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id', id });
      expect(taken.errors?.[0]?.message).toBe(
        `${id} is already in use: ids are never reused. Nothing was written.`,
      );
    }
  });

  it('lists every problem of an input at once', async () => {
    const refused = await expectRefused(ADD_STATEMENT, {
      input: controlClaim({
        subject: 'place:syria',
        attributions: [{ reporter: 'media:nobody', carriedBy: 'media:sana' }],
      }),
    });
    expect(refused.problems.map((p) => p.field).sort()).toEqual([
      'input.attributions[0].carriedBy',
      'input.attributions[0].reporter',
      'input.subject',
    ]);
    expect(refused.field).toBe(refused.problems[0]?.field);
  });
});

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
      await server.graphql<{ whoControls: { statement: { id: string } }[] }>(WHO_CONTROLS, at),
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

    // The earlier claim (2030) answers again for 2031: the retracted one is gone from as-of answers.
    const after = dataOf(
      await server.graphql<{ whoControls: { statement: { id: string } }[] }>(WHO_CONTROLS, at),
    );
    expect(after.whoControls.map((c) => c.statement.id)).not.toContain(id);
    const listed = dataOf(
      await server.graphql<{ statements: { edges: { node: { id: string } }[] } }>(STATEMENTS, {
        about: 'faction:turkey',
      }),
    );
    expect(listed.statements.edges.map((e) => e.node.id)).not.toContain(id);
    const withRetracted = dataOf(
      await server.graphql<{ statements: { edges: { node: { id: string; retraction: unknown } }[] } }>(
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
      await server.graphql<{ node: { retraction: unknown } }>(
        `{ node(id: "${id}") { ... on Statement { retraction { reason } } } }`,
      ),
    );
    expect(node.node.retraction).toEqual({ reason: 'misread the source' });
  });

  it('takes a retracted located_in out of the place hierarchy', async () => {
    const CHILDREN = `{ entity(id: "place:east-qalamoun") { ... on Place { children(first: 50) { edges { node { id } } } } } }`;
    const ids = async () =>
      dataOf(
        await server.graphql<{ entity: { children: { edges: { node: { id: string } }[] } } }>(CHILDREN),
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
      await server.graphql<{ node: { retraction: unknown } }>(
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
