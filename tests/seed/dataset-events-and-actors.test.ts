import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/search/normalize.js';
import { ARTICLE, rows, statements, withSampleDataset } from './datasetRows.js';

withSampleDataset();

describe('the East Qalamoun dataset', () => {
  it('has every reported count, with who reported it, when, and how it was phrased', async () => {
    const counts = (await statements('count')).map((s) => ({
      subject: s.subject,
      amount: s.amount,
      phrasing: s.phrasing,
      unit: s.unit,
      status: s.status,
      reporters: s.attributions
        .map((a: { reporter: string; reportedOn: string }) => `${a.reporter}@${a.reportedOn}`)
        .sort(),
    }));
    expect(counts).toEqual(
      expect.arrayContaining([
        {
          subject: 'event:east-qalamoun-evacuation',
          amount: 6000,
          phrasing: 'about',
          unit: 'fighters and civilians',
          status: 'expected',
          reporters: ['media:sana@2018-04-23'],
        },
        {
          subject: 'event:east-qalamoun-evacuation',
          amount: 4000,
          phrasing: 'more_than',
          unit: 'fighters and their families',
          status: null,
          reporters: ['person:saeed-seif@2018-04-22'],
        },
        {
          subject: 'event:sunday-convoy-arrives-in-northern-aleppo',
          amount: 1500,
          phrasing: 'about',
          unit: 'opposition fighters and civilians',
          status: null,
          reporters: ['media:pro-opposition-media@2018-04-22'],
        },
        {
          subject: 'event:east-qalamoun-evacuation-round-3',
          amount: null,
          phrasing: 'hundreds',
          unit: 'rebels and civilians',
          status: 'expected',
          reporters: ['media:sana@2018-04-23', 'media:syrian-state-media@2018-04-23'],
        },
      ]),
    );
    expect(counts).toHaveLength(4);
  });

  it('keeps SANA as the reporter of what Syria Direct relays from it, with the article as the carrier', async () => {
    const relayed = await rows(
      `MATCH (a:Attribution)-[:REPORTED_BY]->(:MediaSource {id: 'media:sana'}), (a)-[:CARRIED_BY]->(carrier)-[:PUBLISHED_BY]->(publisher)
       RETURN DISTINCT carrier.id AS carrier, publisher.id AS publisher`,
    );
    expect(relayed).toEqual([{ carrier: ARTICLE, publisher: 'media:syria-direct' }]);
  });

  it('has the agreement: reached last Friday (2018-04-20) per SANA, its parties with their roles, its terms', async () => {
    const [reached] = await statements('occurred', 'agreement:east-qalamoun-reconciliation');
    expect(reached).toMatchObject({
      pointInTime: '2018-04-20',
      pointInTimePrecision: 'day',
      pointInTimeText: 'last Friday',
    });
    expect(reached.attributions.map((a: { reporter: string }) => a.reporter)).toEqual(['media:sana']);

    const parties = await rows(
      `MATCH (f:Faction)-[p:PARTY_TO]->(:Agreement {id: 'agreement:east-qalamoun-reconciliation'}) RETURN f.id AS party, p.role AS role ORDER BY party`,
    );
    expect(parties).toEqual([
      { party: 'faction:syrian-government', role: 'government negotiators' },
      { party: 'faction:syrian-opposition', role: 'opposition negotiators' },
    ]);
    const terms = await statements('agreement_term', 'agreement:east-qalamoun-reconciliation');
    expect(terms.map((t) => [t.object, t.attributions[0].reporter, t.text])).toEqual([
      [
        'place:jarablus',
        'media:opposition-sources-on-the-ground',
        'Those who refuse to reconcile with the government must depart East Qalamoun for Jarablus.',
      ],
      [null, 'media:syria-direct', expect.stringContaining('settle their status with the state')],
    ]);
  });

  it('has the three evacuation rounds on Saturday, Sunday and Monday, and the buses that entered a-Ruheibah', async () => {
    const rounds = await rows(
      `MATCH (round:Event)-[:PART_OF]->(:Event {id: 'event:east-qalamoun-evacuation'})
       MATCH (s:Statement {kind: 'occurred'})-[:SUBJECT]->(round)
       RETURN round.id AS round, coalesce(s.pointInTime, s.start) AS date ORDER BY round`,
    );
    expect(rounds).toEqual([
      { round: 'event:east-qalamoun-evacuation-round-1', date: '2018-04-21' },
      { round: 'event:east-qalamoun-evacuation-round-2', date: '2018-04-22' },
      { round: 'event:east-qalamoun-evacuation-round-3', date: '2018-04-23' },
      { round: 'event:sunday-convoy-arrives-in-northern-aleppo', date: '2018-04-22' },
    ]);
    expect(
      await rows(
        `MATCH (f:Faction)-[p:PARTICIPATED_IN]->(e:Event {id: 'event:buses-enter-a-ruheibah'})-[:HAPPENED_IN]->(place)
         MATCH (e)-[:PART_OF]->(round) RETURN f.id AS faction, p.role AS role, place.id AS place, round.id AS round`,
      ),
    ).toEqual([
      {
        faction: 'faction:syrian-government',
        role: 'operated the buses',
        place: 'place:a-ruheibah',
        round: 'event:east-qalamoun-evacuation-round-3',
      },
    ]);
  });

  it("has the government's retaking of Dumayr and East Ghouta, dated no more precisely than 'recent weeks' allows", async () => {
    const retakings = await rows(
      `MATCH (g:Faction {id: 'faction:syrian-government'})-[:PARTICIPATED_IN]->(e:Event {kind: 'retaking'})-[:HAPPENED_IN]->(p)
       MATCH (s:Statement {kind: 'occurred'})-[:SUBJECT]->(e)
       RETURN p.id AS place, s.pointInTime AS date, s.pointInTimePrecision AS precision ORDER BY place`,
    );
    expect(retakings).toEqual([
      { place: 'place:dumayr', date: '2018', precision: 'year' },
      { place: 'place:east-ghouta', date: '2018', precision: 'year' },
    ]);
  });

  it('knows Saeed Seif as the Jordan-based spokesman of the Forces of Martyr Ahmad Abdo, and the outlets’ affiliations', async () => {
    expect(
      await rows(
        `MATCH (p:Person {id: 'person:saeed-seif'})-[a:AFFILIATED_WITH]->(f), (p)-[:BASED_IN]->(base)
         RETURN a.role AS role, f.id AS faction, base.id AS base`,
      ),
    ).toEqual([{ role: 'spokesman', faction: 'faction:forces-of-martyr-ahmad-abdo', base: 'place:jordan' }]);
    const affiliations = await rows(
      `MATCH (x)-[a:AFFILIATED_WITH]->(f) RETURN x.id AS who, a.role AS role, f.id AS faction ORDER BY who`,
    );
    expect(affiliations).toEqual(
      expect.arrayContaining([
        { who: 'media:sana', role: 'state news outlet', faction: 'faction:syrian-government' },
        { who: 'faction:turkish-backed-rebels', role: 'backed by', faction: 'faction:turkey' },
      ]),
    );
  });

  it('lists the media sources by kind, unnamed sources included', async () => {
    expect(await rows(`MATCH (m:MediaSource) RETURN m.id AS id, m.kind AS kind ORDER BY id`)).toEqual([
      { id: 'media:opposition-sources-on-the-ground', kind: 'unnamed sources' },
      { id: 'media:pro-opposition-media', kind: 'opposition media' },
      { id: 'media:sana', kind: 'state media' },
      { id: 'media:syria-direct', kind: 'independent' },
      { id: 'media:syrian-state-media', kind: 'state media' },
    ]);
  });

  it('gives places and actors their transliterations and Arabic names, indexed for search', async () => {
    const [ruheibah] = await rows(
      `MATCH (p:Place {id: 'place:a-ruheibah'}) RETURN p.aliases AS aliases, p.searchText AS searchText`,
    );
    expect(ruheibah.aliases).toEqual(expect.arrayContaining(['Ruhaybah', 'Ruhayba', 'الرحيبة']));
    expect(ruheibah.searchText.split('\n')).toEqual(
      expect.arrayContaining([normalizeName('Ruhaybah'), normalizeName('الرحيبة')]),
    );
    const [jarablus] = await rows(`MATCH (p:Place {id: 'place:jarablus'}) RETURN p.aliases AS aliases`);
    expect(jarablus.aliases).toEqual(expect.arrayContaining(['Jarablos', 'جرابلس']));
    const [dumayr] = await rows(`MATCH (p:Place {id: 'place:dumayr'}) RETURN p.aliases AS aliases`);
    expect(dumayr.aliases).toContain('Dumair');
  });

  it('has no statement without an attribution, and no attribution without a reporter and a carrier', async () => {
    expect(
      await rows(
        `MATCH (s:Statement) WHERE NOT (s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY]->(:Entity)
         RETURN s.id AS id UNION
         MATCH (s:Statement)-[:HAS_ATTRIBUTION]->(a:Attribution) WHERE NOT (a)-[:CARRIED_BY]->(:Entity) RETURN s.id AS id`,
      ),
    ).toEqual([]);
  });
});
