import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, seededServer } from '../helpers/api.js';
import type { TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await seededServer();
});

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  return dataOf(await server.graphql<T>(query, variables));
}

const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id);

describe('relationship fields', () => {
  it('Place.parent and Place.children follow LOCATED_IN statements, with the statements', async () => {
    const { entity } = await ask<{
      entity: {
        parent: { id: string; parent: { id: string; parent: null } };
        children: { totalCount: number; edges: { node: { id: string }; statements: { id: string }[] }[] };
      };
    }>(`{ entity(id: "place:east-qalamoun") { ... on Place {
      parent { id parent { id parent { id } } }
      children { totalCount edges { node { id } statements { id } } }
    } } }`);
    expect(entity.parent).toEqual({ id: 'place:rif-dimashq', parent: { id: 'place:syria', parent: null } });
    expect(entity.children).toEqual({
      totalCount: 1,
      edges: [{ node: { id: 'place:a-ruheibah' }, statements: [{ id: 'stmt:a-ruheibah-in-east-qalamoun' }] }],
    });
  });

  it('Place.children pages by name', async () => {
    const first = await ask<{
      entity: {
        children: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; name: string } }[];
        };
      };
    }>(
      `{ entity(id: "place:rif-dimashq") { ... on Place { children(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } } } }`,
    );
    const { children } = first.entity;
    expect(children.totalCount).toBe(3);
    expect(children.pageInfo.hasNextPage).toBe(true);
    const rest = await ask<{ entity: { children: { edges: { node: { id: string; name: string } }[] } } }>(
      `query($after: String) { entity(id: "place:rif-dimashq") { ... on Place { children(first: 2, after: $after) { edges { node { id name } } } } } }`,
      { after: children.pageInfo.endCursor },
    );
    const names = [...children.edges, ...rest.entity.children.edges].map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(new Set(names).size).toBe(3);
  });

  it('Faction.agreements and Agreement.parties follow PARTY_TO statements, roles included', async () => {
    const { entity } = await ask<{
      entity: {
        agreements: {
          totalCount: number;
          edges: { node: { id: string; parties: unknown[] }; statements: { id: string }[] }[];
        };
      };
    }>(`{ entity(id: "faction:syrian-government") { ... on Faction {
      agreements { totalCount edges { statements { id } node { id ... on Agreement { parties { party { id } role statements { id } } } } } }
    } } }`);
    expect(entity.agreements.totalCount).toBe(1);
    const [edge] = entity.agreements.edges;
    expect(edge!.node.id).toBe('agreement:east-qalamoun-reconciliation');
    expect(edge!.statements).toEqual([{ id: 'stmt:government-party-to-reconciliation' }]);
    expect(edge!.node.parties).toEqual([
      {
        party: { id: 'faction:syrian-government' },
        role: 'government negotiators',
        statements: [{ id: 'stmt:government-party-to-reconciliation' }],
      },
      {
        party: { id: 'faction:syrian-opposition' },
        role: 'opposition negotiators',
        statements: [{ id: 'stmt:opposition-party-to-reconciliation' }],
      },
    ]);
  });

  it('MediaSource.reported and Person.reported are what statements(reportedBy:) gives', async () => {
    const data = await ask<{
      sana: { reported: { totalCount: number; edges: { node: { id: string } }[] } };
      seif: { reported: { totalCount: number; edges: { node: { id: string } }[] } };
      sanaTop: { totalCount: number; edges: { node: { id: string } }[] };
      seifTop: { totalCount: number; edges: { node: { id: string } }[] };
      seifSunday: { reported: { edges: { node: { id: string } }[] } };
      seifSundayTop: { edges: { node: { id: string } }[] };
    }>(`{
      sana: entity(id: "media:sana") { ... on MediaSource { reported(first: 100) { totalCount edges { node { id } } } } }
      seif: entity(id: "person:saeed-seif") { ... on Person { reported(first: 100) { totalCount edges { node { id } } } } }
      sanaTop: statements(reportedBy: "media:sana", first: 100) { totalCount edges { node { id } } }
      seifTop: statements(reportedBy: "person:saeed-seif", first: 100) { totalCount edges { node { id } } }
      seifSunday: entity(id: "person:saeed-seif") { ... on Person { reported(kind: COUNT, from: "2018-04-22", to: "2018-04-22") { edges { node { id } } } } }
      seifSundayTop: statements(reportedBy: "person:saeed-seif", kind: COUNT, from: "2018-04-22", to: "2018-04-22") { edges { node { id } } }
    }`);
    expect(data.sana.reported).toEqual(data.sanaTop);
    expect(data.seif.reported).toEqual(data.seifTop);
    expect(data.sana.reported.totalCount).toBe(18);
    expect(ids(data.seifSunday.reported.edges)).toEqual([
      'stmt:evacuation-more-than-4000-left-by-2018-04-22',
    ]);
    expect(data.seifSunday.reported.edges).toEqual(data.seifSundayTop.edges);
  });

  it('Article.statements lists what the article carries, its own reporting and what it relays', async () => {
    const { entity } = await ask<{
      entity: {
        statements: {
          totalCount: number;
          edges: { node: { attributions: { reporter: { id: string }; carriedBy: { id: string } }[] } }[];
        };
      };
    }>(
      `{ entity(id: "article:2018-04-23-syria-direct-east-qalamoun") { ... on Article {
        statements(first: 100) { totalCount edges { node { attributions { reporter { id } carriedBy { id } } } } }
      } } }`,
    );
    const { totalCount, edges } = entity.statements;
    expect(totalCount).toBe(edges.length);
    for (const { node } of edges) {
      expect(node.attributions.map((a) => a.carriedBy.id)).toContain(
        'article:2018-04-23-syria-direct-east-qalamoun',
      );
    }
    const reporters = new Set(edges.flatMap((e) => e.node.attributions.map((a) => a.reporter.id)));
    expect(reporters).toContain('media:syria-direct');
    expect(reporters).toContain('media:sana');
    expect(reporters).toContain('person:saeed-seif');
    // Everything but the gazetteer's background facts comes from the article.
    const all = await ask<{ statements: { totalCount: number } }>(`{ statements { totalCount } }`);
    const gazetteer = await ask<{ statements: { totalCount: number } }>(
      `{ statements(reportedBy: "dataset:editorial-gazetteer") { totalCount } }`,
    );
    expect(totalCount).toBe(all.statements.totalCount - gazetteer.statements.totalCount);
  });

  it("Event.counts gives the event's own counts, or with its parts", async () => {
    const { entity } = await ask<{
      entity: { own: { id: string }[]; all: { id: string; subject: { id: string } }[] };
    }>(
      `{ entity(id: "event:east-qalamoun-evacuation") { ... on Event {
        own: counts { id } all: counts(includeParts: true) { id subject { id } }
      } } }`,
    );
    expect(entity.own.map((s) => s.id)).toEqual([
      'stmt:evacuation-about-6000-expected',
      'stmt:evacuation-more-than-4000-left-by-2018-04-22',
    ]);
    expect(entity.all.map((s) => s.subject.id).sort()).toEqual([
      'event:east-qalamoun-evacuation',
      'event:east-qalamoun-evacuation',
      'event:east-qalamoun-evacuation-round-3',
      'event:sunday-convoy-arrives-in-northern-aleppo',
    ]);
  });

  it('Place.controlledBy, Place.controlHistory and Faction.controls answer as the top-level queries', async () => {
    const data = await ask<Record<string, unknown>>(`{
      field: entity(id: "place:a-ruheibah") { ... on Place {
        controlledBy(at: "2015") { faction { id } inferred inferredFrom { id } statement { id } }
        controlHistory { totalCount edges { node { from to controls { faction { id } } } } }
      } }
      who: whoControls(place: "place:a-ruheibah", at: "2015") { faction { id } inferred inferredFrom { id } statement { id } }
      history: controlHistory(place: "place:a-ruheibah") { totalCount edges { node { from to controls { faction { id } } } } }
      faction: entity(id: "faction:fsa-affiliated-rebels") { ... on Faction { controls(at: "2015") { totalCount edges { node { place { id } inferred } } } } }
      top: controlledBy(faction: "faction:fsa-affiliated-rebels", at: "2015") { totalCount edges { node { place { id } inferred } } }
    }`);
    const field = data.field as { controlledBy: unknown; controlHistory: unknown };
    expect(field.controlledBy).toEqual(data.who);
    expect(field.controlHistory).toEqual(data.history);
    expect((data.faction as { controls: unknown }).controls).toEqual(data.top);
    expect((data.top as { totalCount: number }).totalCount).toBe(2);
  });
});
