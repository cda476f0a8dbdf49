import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, seededServer } from '../helpers/api.js';
import { fixture } from '../helpers/seed.js';
import type { TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await seededServer(fixture('../api/timeline.yaml'));
});

interface Control {
  asOf: string | null;
  faction: { id: string };
  status: string | null;
  inferred: boolean;
  inferredFrom: { id: string } | null;
  statement: { id: string };
  start: { value: string; precision: string } | null;
  pointInTime: { value: string; precision: string } | null;
  attributions: {
    reporter: { id: string };
    carriedBy: { id: string };
    reportedOn: { value: string } | null;
  }[];
}

const CONTROL_FIELDS = `asOf faction { id } status inferred inferredFrom { id } statement { id }
  start { value precision } pointInTime { value precision }
  attributions { reporter { id } carriedBy { id } reportedOn { value } }`;

async function whoControls(place: string, at?: string): Promise<Control[]> {
  const response = await server.graphql<{ whoControls: Control[] }>(
    `query($place: ID!, $at: Date) { whoControls(place: $place, at: $at) { ${CONTROL_FIELDS} } }`,
    { place, at },
  );
  return dataOf(response).whoControls;
}

const factions = (controls: Control[]) => controls.map((c) => c.faction.id);

describe('whoControls', () => {
  it('answers with the latest reported state by default, with the statement and who said so', async () => {
    const controls = await whoControls('place:a-ruheibah');
    expect(controls).toEqual([
      {
        asOf: '2018-04-23',
        faction: { id: 'faction:syrian-opposition' },
        status: 'HELD',
        inferred: false,
        inferredFrom: null,
        statement: { id: 'stmt:opposition-holds-a-ruheibah-2018-04-23' },
        start: null,
        pointInTime: { value: '2018-04-23', precision: 'DAY' },
        attributions: [
          {
            reporter: { id: 'media:syria-direct' },
            carriedBy: { id: 'article:2018-04-23-syria-direct-east-qalamoun' },
            reportedOn: { value: '2018-04-23' },
          },
        ],
      },
    ]);
  });

  it('returns every competing claim, with its status, never one chosen', async () => {
    const controls = await whoControls('place:east-qalamoun');
    expect(controls.map((c) => [c.faction.id, c.status])).toEqual([
      ['faction:fsa-affiliated-rebels', 'HELD'],
      ['faction:islamist-rebels', 'HELD'],
      ['faction:syrian-government', 'EXPECTED'],
      ['faction:syrian-opposition', 'HELD'],
    ]);
    expect(new Set(controls.map((c) => c.asOf))).toEqual(new Set(['2018-04-23']));
  });

  it('keeps the precision of "since 2012": a year, not a day', async () => {
    const [fsa] = await whoControls('place:east-qalamoun', '2015');
    expect(fsa?.start).toEqual({ value: '2012', precision: 'YEAR' });
  });

  it('treats "since 2012" as its whole year: not on 2011-12-31, but on 2012-06-01', async () => {
    expect(await whoControls('place:east-qalamoun', '2011-12-31')).toEqual([]);
    expect(factions(await whoControls('place:east-qalamoun', '2012-06-01'))).toEqual([
      'faction:fsa-affiliated-rebels',
      'faction:islamist-rebels',
    ]);
    expect(factions(await whoControls('place:east-qalamoun', '2012-01-01'))).toHaveLength(2);
  });

  it('asks about a whole month or year when `at` is one', async () => {
    // Red held Gaptown through 2011 and Blue from March 2014: nobody is said to have held it in 2012.
    expect(await whoControls('place:gaptown', '2012')).toEqual([]);
    expect(factions(await whoControls('place:gaptown', '2011-12'))).toEqual(['faction:red-brigade']);
    expect(factions(await whoControls('place:gaptown', '2014-02'))).toEqual([]);
    expect(factions(await whoControls('place:gaptown', '2014'))).toEqual(['faction:blue-front']);
    expect((await whoControls('place:gaptown', '2014'))[0]?.asOf).toBe('2014');
  });

  it('infers control of a place from the place it lies in, saying so', async () => {
    const controls = await whoControls('place:a-ruheibah', '2015');
    expect(controls.map((c) => [c.faction.id, c.inferred, c.inferredFrom?.id])).toEqual([
      ['faction:fsa-affiliated-rebels', true, 'place:east-qalamoun'],
      ['faction:islamist-rebels', true, 'place:east-qalamoun'],
    ]);
  });

  it('lets a statement about the place itself override what is inferred from around it', async () => {
    const controls = await whoControls('place:a-ruheibah', '2018-04-23');
    expect(controls.map((c) => [c.faction.id, c.inferred])).toEqual([['faction:syrian-opposition', false]]);
    // The day after, nothing is said of a-Ruheibah itself: East Qalamoun's open-ended claims answer again.
    expect(factions(await whoControls('place:a-ruheibah', '2018-04-24'))).toEqual([
      'faction:fsa-affiliated-rebels',
      'faction:islamist-rebels',
    ]);
  });

  it('infers through more than one level of enclosing places, nearest first', async () => {
    // Gap Village lies in Gaptown, which lies in Gap Region; only the region has a claim for 2005.
    const in2005 = await whoControls('place:gap-village', '2005-07');
    expect(in2005.map((c) => [c.faction.id, c.inferredFrom?.id])).toEqual([
      ['faction:red-brigade', 'place:gap-region'],
    ]);
    // In 2014 Gaptown has its own claim, which answers for the village before the region's would.
    const in2014 = await whoControls('place:gap-village', '2014-06-01');
    expect(in2014.map((c) => [c.faction.id, c.inferredFrom?.id])).toEqual([
      ['faction:blue-front', 'place:gaptown'],
    ]);
  });

  it('says which place or faction id is unknown, or of the wrong type', async () => {
    const unknown = errorOf(await server.graphql(`{ whoControls(place: "place:atlantis") { status } }`));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', argument: 'place' });
    expect(unknown.message).toContain('place:atlantis');
    const wrongType = errorOf(
      await server.graphql(`{ whoControls(place: "faction:syrian-government") { status } }`),
    );
    expect(wrongType).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'place' });
    expect(wrongType.message).toContain('is a Faction');
  });

  it.each([
    ['2018-13', 'no month 13'],
    ['2018-02-30', '2018-02 has 28 days'],
    ['23 April 2018', 'write YYYY-MM-DD, YYYY-MM or YYYY'],
    ['2018-4-23', 'write YYYY-MM-DD, YYYY-MM or YYYY'],
  ])('refuses the date "%s" as a variable and as a literal, saying why', async (at, why) => {
    const asVariable = errorOf(
      await server.graphql(
        `query($at: Date) { whoControls(place: "place:a-ruheibah", at: $at) { status } }`,
        { at },
      ),
    );
    expect(asVariable.code).toBe('BAD_USER_INPUT');
    expect(asVariable.message).toContain(why);
    const asLiteral = errorOf(
      await server.graphql(
        `{ whoControls(place: "place:a-ruheibah", at: ${JSON.stringify(at)}) { status } }`,
      ),
    );
    expect(asLiteral.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(asLiteral.message).toContain(why);
  });

  it('refuses a date that is not a string', async () => {
    const error = errorOf(
      await server.graphql(`{ whoControls(place: "place:a-ruheibah", at: 2018) { status } }`),
    );
    expect(error.message).toContain('a Date is a string');
  });
});

interface Period {
  from: string | null;
  to: string | null;
  gap: boolean;
  competing: boolean;
  controls: { faction: { id: string }; inferred: boolean; status: string | null }[];
}

async function history(place: string, first = 100, after?: string) {
  const response = await server.graphql<{
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
    const response = await server.graphql<{
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
      errorOf(await server.graphql(`{ controlledBy(faction: "faction:nobody") { totalCount } }`)),
    ).toMatchObject({ code: 'NOT_FOUND', argument: 'faction' });
    expect(
      errorOf(await server.graphql(`{ controlledBy(faction: "place:dumayr") { totalCount } }`)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'faction' });
  });
});
