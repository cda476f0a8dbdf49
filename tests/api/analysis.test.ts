import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, seededServer } from '../helpers/api.js';
import { fixture } from '../helpers/seed.js';
import type { TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await seededServer(fixture('../api/disagreements.yaml'));
});

interface Disagreement {
  kind: string;
  topic: { id: string };
  reporters: { id: string }[];
  statements: {
    id: string;
    status: string | null;
    count: { amount: number | null; phrasing: string } | null;
    attributions: { reporter: { id: string } }[];
  }[];
}
interface DisagreementPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Disagreement }[];
}

async function disagreements(variables: Record<string, unknown>) {
  const response = await server.graphql<{ disagreements: DisagreementPage }>(
    `query($about: ID, $first: Int, $after: String) {
      disagreements(about: $about, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { kind topic { id } reporters { id }
          statements { id status count { amount phrasing } attributions { reporter { id } } } } }
      }
    }`,
    variables,
  );
  return dataOf(response).disagreements;
}

describe('disagreements', () => {
  it('puts the numbers leaving East Qalamoun side by side, with who gave each', async () => {
    const { edges, totalCount } = await disagreements({ about: 'event:east-qalamoun-evacuation' });
    expect(totalCount).toBe(1);
    const group = edges[0]!.node;
    expect(group.kind).toBe('COUNT');
    expect(group.topic.id).toBe('event:east-qalamoun-evacuation');
    const said = group.statements.map((s) => [
      s.count?.phrasing,
      s.count?.amount,
      s.status,
      s.attributions.map((a) => a.reporter.id).join(', '),
    ]);
    expect(said).toEqual(
      expect.arrayContaining([
        ['ABOUT', 6000, 'EXPECTED', 'media:sana'],
        ['MORE_THAN', 4000, null, 'person:saeed-seif'],
        ['ABOUT', 1500, null, 'media:pro-opposition-media'],
      ]),
    );
    expect(group.reporters.map((r) => r.id)).toEqual([
      'media:pro-opposition-media',
      'media:sana',
      'media:syrian-state-media',
      'person:saeed-seif',
    ]);
  });

  it('finds the same group from one of its parts', async () => {
    const fromConvoy = await disagreements({ about: 'event:sunday-convoy-arrives-in-northern-aleppo' });
    const fromEvacuation = await disagreements({ about: 'event:east-qalamoun-evacuation' });
    expect(fromConvoy.edges.map((e) => e.node)).toEqual(fromEvacuation.edges.map((e) => e.node));
  });

  it('shows competing control claims about a place', async () => {
    const { edges } = await disagreements({ about: 'place:east-qalamoun' });
    const control = edges.find((e) => e.node.kind === 'CONTROL')!.node;
    expect(control.statements.map((s) => s.id)).toEqual([
      'stmt:fsa-rebels-held-east-qalamoun-since-2012',
      'stmt:government-expected-to-control-east-qalamoun',
      'stmt:islamist-rebels-held-east-qalamoun-since-2012',
      'stmt:opposition-holds-east-qalamoun-2018-04-23',
    ]);
  });

  it('reports statements that differ, not those that agree', async () => {
    const agreed = await disagreements({ about: 'event:agreed-meeting' });
    expect(agreed.totalCount).toBe(0);
    const disputed = await disagreements({ about: 'event:disputed-meeting' });
    expect(disputed.edges.map((e) => [e.node.kind, e.node.statements.map((s) => s.id)])).toEqual([
      ['OCCURRED', ['stmt:disputed-meeting-in-2019-06', 'stmt:disputed-meeting-on-2019-05-01']],
    ]);
  });

  it('lists every disagreement in the graph, page by page, the same as asking about each topic', async () => {
    const whole = await disagreements({ first: 100 });
    expect(whole.edges.map((e) => [e.node.kind, e.node.topic.id])).toEqual([
      ['OCCURRED', 'event:disputed-meeting'],
      ['COUNT', 'event:east-qalamoun-evacuation'],
      ['CONTROL', 'place:east-qalamoun'],
    ]);
    expect(whole.totalCount).toBe(3);
    const seen: Disagreement[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await disagreements({ first: 1, after });
      expect(page.totalCount).toBe(3);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(whole.edges.map((e) => e.node));
  });

  it('refuses an unknown entity', async () => {
    expect(
      errorOf(await server.graphql(`{ disagreements(about: "event:nothing") { totalCount } }`)),
    ).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'about',
    });
  });
});

interface Path {
  hops: number;
  steps: { from: { id: string }; statement: { id: string; kind: string }; to: { id: string } }[];
}

async function connections(from: string, to: string, maxHops?: number) {
  const response = await server.graphql<{ connections: { totalCount: number; edges: { node: Path }[] } }>(
    `query($from: ID!, $to: ID!, $maxHops: Int) {
      connections(from: $from, to: $to, maxHops: $maxHops) {
        totalCount edges { node { hops steps { from { id } statement { id kind } to { id } } } }
      }
    }`,
    { from, to, maxHops },
  );
  return response;
}

describe('connections', () => {
  it('finds how Saeed Seif is connected to the Syrian government, statement by statement', async () => {
    const { connections: found } = dataOf(
      await connections('person:saeed-seif', 'faction:syrian-government'),
    );
    expect(found.totalCount).toBe(1);
    expect(found.edges[0]!.node).toEqual({
      hops: 3,
      steps: [
        {
          from: { id: 'person:saeed-seif' },
          statement: { id: 'stmt:saeed-seif-spokesman-for-fmaa', kind: 'AFFILIATION' },
          to: { id: 'faction:forces-of-martyr-ahmad-abdo' },
        },
        {
          from: { id: 'faction:forces-of-martyr-ahmad-abdo' },
          statement: { id: 'stmt:fmaa-local-to-east-qalamoun', kind: 'BASED_IN' },
          to: { id: 'place:east-qalamoun' },
        },
        {
          from: { id: 'place:east-qalamoun' },
          statement: { id: 'stmt:government-expected-to-control-east-qalamoun', kind: 'CONTROL' },
          to: { id: 'faction:syrian-government' },
        },
      ],
    });
  });

  it('returns every shortest path, and the same paths reversed the other way round', async () => {
    const there = dataOf(await connections('place:a-ruheibah', 'faction:syrian-government', 2)).connections;
    const back = dataOf(await connections('faction:syrian-government', 'place:a-ruheibah', 2)).connections;
    expect(there.totalCount).toBeGreaterThan(1);
    expect(new Set(there.edges.map((e) => e.node.hops))).toEqual(new Set([2]));
    const chain = (p: Path) => [p.steps[0]!.from.id, ...p.steps.flatMap((s) => [s.statement.id, s.to.id])];
    expect(back.edges.map((e) => chain(e.node).reverse().join(' ')).sort()).toEqual(
      there.edges.map((e) => chain(e.node).join(' ')).sort(),
    );
  });

  it('finds nothing beyond maxHops', async () => {
    const { connections: found } = dataOf(
      await connections('person:saeed-seif', 'faction:syrian-government', 2),
    );
    expect(found).toEqual({ totalCount: 0, edges: [] });
  });

  it.each([0, 5, -1])('refuses maxHops %i', async (maxHops) => {
    expect(
      errorOf(await connections('person:saeed-seif', 'faction:syrian-government', maxHops)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'maxHops',
    });
  });

  it('refuses the same entity at both ends, and unknown ids', async () => {
    expect(errorOf(await connections('media:sana', 'media:sana'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'to',
    });
    expect(errorOf(await connections('media:nobody', 'media:sana'))).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'from',
    });
    expect(errorOf(await connections('media:sana', 'media:nobody'))).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'to',
    });
  });
});
