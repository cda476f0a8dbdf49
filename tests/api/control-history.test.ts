import { describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '../helpers/api.js';
import { controlServer, factions } from './controlServer.js';

const control = controlServer();
const { whoControls } = control;

interface Period {
  from: string | null;
  to: string | null;
  gap: boolean;
  competing: boolean;
  controls: { faction: { id: string }; inferred: boolean; status: string | null }[];
}

async function history(place: string, first = 100, after?: string) {
  const response = await control.server.graphql<{
    controlHistory: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: Period }[];
    };
  }>(
    `query($place: ID!, $first: Int, $after: String) {
      controlHistory(place: $place, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { from to gap competing controls { faction { id } inferred status } } }
      }
    }`,
    { place, first, after },
  );
  return dataOf(response).controlHistory;
}

const summary = (p: Period) => [
  p.from,
  p.to,
  p.controls.map((c) => c.faction.id).join('+'),
  p.gap,
  p.competing,
];

describe('controlHistory', () => {
  it('is oldest first, with gaps and contested stretches visible', async () => {
    const { edges, totalCount } = await history('place:gaptown');
    expect(edges.map((e) => summary(e.node))).toEqual([
      ['2005-01-01', '2005-12-31', 'faction:red-brigade', false, false],
      ['2006-01-01', '2009-12-31', '', true, false],
      ['2010-01-01', '2011-12-31', 'faction:red-brigade', false, false],
      ['2012-01-01', '2014-02-28', '', true, false],
      ['2014-03-01', '2015-05-31', 'faction:blue-front', false, false],
      ['2015-06-01', '2015-06-01', 'faction:blue-front+faction:red-brigade', false, true],
      ['2015-06-02', null, 'faction:blue-front', false, false],
    ]);
    expect(totalCount).toBe(7);
  });

  it("shows inferred control and its override by the place's own statement", async () => {
    const { edges } = await history('place:a-ruheibah');
    expect(
      edges.map((e) => [e.node.from, e.node.to, e.node.controls.map((c) => [c.faction.id, c.inferred])]),
    ).toEqual([
      [
        '2012-01-01',
        '2018-04-22',
        [
          ['faction:fsa-affiliated-rebels', true],
          ['faction:islamist-rebels', true],
        ],
      ],
      ['2018-04-23', '2018-04-23', [['faction:syrian-opposition', false]]],
      [
        '2018-04-24',
        null,
        [
          ['faction:fsa-affiliated-rebels', true],
          ['faction:islamist-rebels', true],
        ],
      ],
    ]);
  });

  it('agrees with whoControls on every day of every period', async () => {
    for (const place of ['place:gaptown', 'place:gap-village', 'place:a-ruheibah', 'place:east-qalamoun']) {
      const { edges } = await history(place);
      for (const { node } of edges) {
        for (const day of [node.from, node.to].filter((d): d is string => d !== null)) {
          const asked = (await whoControls(place, day)).map((c) => `${c.faction.id}:${c.inferred}`);
          expect(asked, `${place} on ${day}`).toEqual(
            node.controls.map((c) => `${c.faction.id}:${c.inferred}`),
          );
        }
      }
    }
  });

  it('pages through the timeline with cursors, without gaps or repeats', async () => {
    const whole = (await history('place:gaptown')).edges.map((e) => e.node.from);
    const seen: (string | null)[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await history('place:gaptown', 2, after);
      seen.push(...page.edges.map((e) => e.node.from));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(whole);
  });
});

describe('controlledBy', () => {
  async function controlledBy(faction: string, at?: string) {
    const response = await control.server.graphql<{
      controlledBy: { totalCount: number; edges: { node: { place: { id: string }; inferred: boolean } }[] };
    }>(
      `query($faction: ID!, $at: Date) {
        controlledBy(faction: $faction, at: $at) { totalCount edges { node { place { id } inferred } } }
      }`,
      { faction, at },
    );
    return dataOf(response).controlledBy;
  }

  it('lists the places a faction controls on a date, inside ones inferred', async () => {
    const { edges } = await controlledBy('faction:fsa-affiliated-rebels', '2015');
    expect(edges.map((e) => [e.node.place.id, e.node.inferred])).toEqual([
      ['place:a-ruheibah', true],
      ['place:east-qalamoun', false],
    ]);
  });

  it('leaves out places where a statement about the place itself names someone else', async () => {
    const { edges } = await controlledBy('faction:fsa-affiliated-rebels', '2018-04-23');
    expect(edges.map((e) => e.node.place.id)).toEqual(['place:east-qalamoun']);
  });

  it("uses each place's latest reported state when no date is given", async () => {
    const { edges } = await controlledBy('faction:syrian-opposition');
    expect(edges.map((e) => e.node.place.id)).toEqual(['place:a-ruheibah', 'place:east-qalamoun']);
  });

  it('agrees with whoControls for every place it lists', async () => {
    const { edges } = await controlledBy('faction:syrian-government');
    expect(edges.length).toBeGreaterThan(0);
    for (const { node } of edges) {
      expect(factions(await whoControls(node.place.id))).toContain('faction:syrian-government');
    }
  });

  it('refuses an unknown faction and a place given as a faction', async () => {
    expect(
      errorOf(await control.server.graphql(`{ controlledBy(faction: "faction:nobody") { totalCount } }`)),
    ).toMatchObject({ code: 'NOT_FOUND', argument: 'faction' });
    expect(
      errorOf(await control.server.graphql(`{ controlledBy(faction: "place:dumayr") { totalCount } }`)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'faction' });
  });
});
