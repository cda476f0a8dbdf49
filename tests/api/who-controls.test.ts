import { describe, expect, it } from 'vitest';
import { errorOf } from '../helpers/api.js';
import { controlServer, factions } from './controlServer.js';

const control = controlServer();
const { whoControls } = control;

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
    const unknown = errorOf(
      await control.server.graphql(`{ whoControls(place: "place:atlantis") { status } }`),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', argument: 'place' });
    expect(unknown.message).toContain('place:atlantis');
    const wrongType = errorOf(
      await control.server.graphql(`{ whoControls(place: "faction:syrian-government") { status } }`),
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
      await control.server.graphql(
        `query($at: Date) { whoControls(place: "place:a-ruheibah", at: $at) { status } }`,
        { at },
      ),
    );
    expect(asVariable.code).toBe('BAD_USER_INPUT');
    expect(asVariable.message).toContain(why);
    const asLiteral = errorOf(
      await control.server.graphql(
        `{ whoControls(place: "place:a-ruheibah", at: ${JSON.stringify(at)}) { status } }`,
      ),
    );
    expect(asLiteral.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(asLiteral.message).toContain(why);
  });

  it('refuses a date that is not a string', async () => {
    const error = errorOf(
      await control.server.graphql(`{ whoControls(place: "place:a-ruheibah", at: 2018) { status } }`),
    );
    expect(error.message).toContain('a Date is a string');
  });
});
