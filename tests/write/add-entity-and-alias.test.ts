import { describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { dataOf } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import { graphSnapshot } from '../helpers/seed.js';
import { editorSession, SEARCH } from './editorSession.js';
import { ADD_ALIAS, ADD_ENTITY } from './operations.js';

const editor = editorSession();
const { asEditor, expectRefused } = editor;

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
      await editor.server.graphql<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, {
        q: 'تل أبيض',
      }),
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
      await editor.server.graphql<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, {
        q: 'dmeirtown',
      }),
    );
    expect(found.search.edges[0]?.node.id).toBe('place:dumayr');
  });

  it('keeps an added alias when a seed run rewrites the entity', async () => {
    await testDatabase().write((tx) =>
      tx.run(`MATCH (e:Entity {id: 'place:dumayr'}) SET e.seedHash = 'stale'`),
    );
    await runSeed(testDatabase(), { paths: [SEED_DIR] });
    const found = dataOf(
      await editor.server.graphql<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, {
        q: 'dmeirtown',
      }),
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
