import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { dataOf, seededServer } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import type { TestServer } from '../helpers/server.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ckg-batching-'));
let server: TestServer;

/** A region with one town and a region with fifty, every town controlled, reported and carried. */
function writeFixture(): string {
  const towns = (region: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `place:${region}-town-${i}`, region }));
  const all = [...towns('one', 1), ...towns('many', 50)];
  const source = 'dataset:batching';
  const file = path.join(dir, 'batching.yaml');
  writeFileSync(
    file,
    stringify({
      source,
      entities: [
        { id: source, type: 'dataset', name: 'Batching fixture' },
        { id: 'media:batch-wire', type: 'media_source', name: 'Batch Wire' },
        { id: 'faction:batch-army', type: 'faction', name: 'Batch Army' },
        { id: 'faction:batch-rival', type: 'faction', name: 'Batch Rival' },
        { id: 'place:region-one', type: 'place', name: 'Region One', kind: 'region' },
        { id: 'place:region-many', type: 'place', name: 'Region Many', kind: 'region' },
        ...all.map((t) => ({ id: t.id, type: 'place', name: t.id.slice(6), kind: 'town' })),
      ],
      statements: [
        {
          id: 'stmt:batch-rival-holds-many-town-3',
          kind: 'control',
          subject: 'faction:batch-rival',
          object: 'place:many-town-3',
          status: 'held',
          pointInTime: '2020-01-01',
          attributions: [{ reporter: 'media:batch-wire' }],
        },
        ...all.flatMap((t) => [
          {
            id: `stmt:${t.id.slice(6)}-in-region`,
            kind: 'located_in',
            subject: t.id,
            object: `place:region-${t.region}`,
            attributions: [{ reporter: source }],
          },
          {
            id: `stmt:batch-army-holds-${t.id.slice(6)}`,
            kind: 'control',
            subject: 'faction:batch-army',
            object: t.id,
            status: 'held',
            pointInTime: '2020-01-01',
            attributions: [{ reporter: 'media:batch-wire' }, { reporter: source }],
          },
        ]),
      ],
    }),
  );
  return file;
}

beforeAll(async () => {
  server = await seededServer(writeFixture());
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Depth 3 and more in relationship fields: children -> controlledBy -> attributions -> reporter, and more.
const DEEP = `query($id: ID!) {
  entity(id: $id) {
    ... on Place {
      children(first: 100) {
        totalCount
        edges {
          statements { id attributions { reporter { name } } }
          node {
            name
            ... on Place {
              parent { name }
              children { totalCount }
              controlledBy {
                faction { name ... on Faction { agreements { totalCount } } }
                statement { id }
                attributions { reporter { name } carriedBy { name } reportedOn { value } }
              }
              controlHistory { totalCount }
            }
          }
        }
      }
    }
  }
}`;

interface Deep {
  entity: {
    children: { totalCount: number; edges: { node: { controlledBy: { attributions: unknown[] }[] } }[] };
  };
}

async function queriesFor(id: string) {
  const db = testDatabase();
  const before = db.queriesSent;
  const data = dataOf(await server.graphql<Deep>(DEEP, { id }));
  return { queries: db.queriesSent - before, data };
}

describe('batching', () => {
  it('costs the same number of round trips for 1 parent as for 50', async () => {
    const one = await queriesFor('place:region-one');
    const many = await queriesFor('place:region-many');
    expect(one.data.entity.children.totalCount).toBe(1);
    expect(many.data.entity.children.totalCount).toBe(50);
    for (const { node } of many.data.entity.children.edges) {
      expect(node.controlledBy[0]!.attributions).toHaveLength(2);
    }
    // One query per field kind and level at most, however many children: entity, children, their
    // entities, statements, attributions, control answers and timelines, factions' agreements. Which
    // of the same-level lookups share a batch depends on which answers arrive in the same tick, so
    // the bound is asserted, not an exact count.
    expect(one.queries).toBeLessThanOrEqual(10);
    expect(many.queries).toBeLessThanOrEqual(10);
    console.info(`round trips for the depth-3 query: ${one.queries} with 1 child, ${many.queries} with 50`);
  });

  it('answers whoControls with its place, factions, attributions and sources in one query', async () => {
    const db = testDatabase();
    const before = db.queriesSent;
    const data = dataOf(
      await server.graphql<{
        whoControls: { faction: { name: string }; attributions: { reporter: { name: string } }[] }[];
      }>(
        `{ whoControls(place: "place:many-town-7") {
            faction { name } inferredFrom { name } statement { id }
            attributions { quote reporter { name } carriedBy { name } }
        } }`,
      ),
    );
    expect(data.whoControls[0]!.faction.name).toBe('Batch Army');
    expect(data.whoControls[0]!.attributions).toHaveLength(2);
    // The answer brings the place's own row (for the check), the factions, the enclosing place it is
    // inferred from, the attributions, and their reporters and carriers.
    expect(db.queriesSent - before).toBe(1);
  });

  it('brings the linked entities with a page of links, and reporters with attributions', async () => {
    const db = testDatabase();
    let before = db.queriesSent;
    const children = dataOf(
      await server.graphql<{ entity: { children: { edges: { node: { name: string } }[] } } }>(
        `{ entity(id: "place:region-many") { ... on Place { children(first: 50) { edges { node { name } } } } } }`,
      ),
    );
    expect(children.entity.children.edges).toHaveLength(50);
    // The entity, then its page of children with their rows: no lookup of the 50 children by id.
    expect(db.queriesSent - before).toBe(2);

    before = db.queriesSent;
    const statements = dataOf(
      await server.graphql<{
        statements: { edges: { node: { attributions: { reporter: { name: string } }[] } }[] };
      }>(
        `{ statements(about: "place:region-many", first: 50) {
            edges { node { attributions { reporter { name } carriedBy { name } } } } } }`,
      ),
    );
    expect(statements.statements.edges.length).toBeGreaterThan(0);
    // The page brings the `about` entity (for the check), the attributions, their reporters and carriers.
    expect(db.queriesSent - before).toBe(1);
  });

  it('sends disagreements and connections with their statements, sources and entities in one query', async () => {
    const db = testDatabase();
    let before = db.queriesSent;
    const { disagreements } = dataOf(
      await server.graphql<{
        disagreements: { edges: { node: { reporters: { name: string }[]; statements: unknown[] } }[] };
      }>(
        `{ disagreements(about: "place:many-town-3") { totalCount edges { node {
            kind topic { name } reporters { name }
            statements { id subject { name } object { name }
              attributions { reporter { name } carriedBy { name } statement { id } } }
        } } } }`,
      ),
    );
    expect(disagreements.edges).toHaveLength(1);
    expect(disagreements.edges[0]!.node.statements).toHaveLength(2);
    expect(disagreements.edges[0]!.node.reporters.map((r) => r.name)).toEqual([
      'Batching fixture',
      'Batch Wire',
    ]);
    // The page brings the `about` entity (for the check), the topics, the statements, their
    // attributions, and every entity they name.
    expect(db.queriesSent - before).toBe(1);

    before = db.queriesSent;
    const { connections } = dataOf(
      await server.graphql<{ connections: { totalCount: number; edges: { node: { hops: number } }[] } }>(
        `{ connections(from: "faction:batch-army", to: "place:region-many", first: 50) { totalCount edges { node {
            hops steps { from { name } to { name }
              statement { id kind subject { name } object { name } attributions { reporter { name } } } }
        } } } }`,
      ),
    );
    expect(connections.totalCount).toBe(50);
    expect(connections.edges.every((e) => e.node.hops === 2)).toBe(true);
    expect(db.queriesSent - before).toBe(1);
  });
});
