import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  await testDatabase().write((tx) =>
    tx.run(`
      CREATE (:Entity:Place {id: 'place:a-ruheibah', name: 'a-Ruheibah', aliases: ['Ruhaybah', 'الرحيبة'],
                             description: 'A town in the East Qalamoun mountains', kind: 'town'})
      CREATE (:Entity:Faction {id: 'faction:syrian-government', name: 'Syrian government', aliases: [], kind: 'state'})
      CREATE (:Entity:Person {id: 'person:saeed-seif', name: 'Saeed Seif', role: 'spokesman'})`),
  );
  server = await startTestServer();
});

describe('entity(id)', () => {
  it('answers from Neo4j with the fields of the entity and its type', async () => {
    const response = await server.graphql(
      `query($id: ID!) { entity(id: $id) { __typename id type name aliases description ... on Place { kind } } }`,
      { id: 'place:a-ruheibah' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      entity: {
        __typename: 'Place',
        id: 'place:a-ruheibah',
        type: 'PLACE',
        name: 'a-Ruheibah',
        aliases: ['Ruhaybah', 'الرحيبة'],
        description: 'A town in the East Qalamoun mountains',
        kind: 'town',
      },
    });
  });

  it('gives an entity stored without aliases an empty list, and type-specific fields', async () => {
    const response = await server.graphql(
      `{ entity(id: "person:saeed-seif") { __typename type aliases description ... on Person { role } } }`,
    );
    expect(response.data).toEqual({
      entity: { __typename: 'Person', type: 'PERSON', aliases: [], description: null, role: 'spokesman' },
    });
  });

  it('reports an unknown id as NOT_FOUND, naming the id', async () => {
    const response = await server.graphql(`{ entity(id: "place:atlantis") { id } }`);
    expect(response.data).toEqual({ entity: null });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toContain('place:atlantis');
  });
});

describe('node(id)', () => {
  it('finds any entity by its global id and resolves its concrete type', async () => {
    const response = await server.graphql(`{ node(id: "faction:syrian-government") { __typename id } }`);
    expect(response.data).toEqual({ node: { __typename: 'Faction', id: 'faction:syrian-government' } });
  });

  it('returns null for an unknown id, without an error', async () => {
    const response = await server.graphql(`{ node(id: "place:atlantis") { id } }`);
    expect(response).toMatchObject({ status: 200, data: { node: null } });
    expect(response.errors).toBeUndefined();
  });
});
