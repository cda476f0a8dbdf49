import { beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { normalizeName } from '../../src/search/normalize.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';

const ARTICLE = 'article:2018-04-23-syria-direct-east-qalamoun';
const db = testDatabase();

beforeAll(async () => {
  await emptyGraph();
  await runSeed(db, { paths: [SEED_DIR] });
});

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return db.read(async (tx) =>
    (await tx.run(cypher, params)).records.map((r) =>
      JSON.parse(
        JSON.stringify(r.toObject(), (_k, v) =>
          typeof v === 'object' && v?.low !== undefined && v?.high !== undefined ? v.low : v,
        ),
      ),
    ),
  );
}

/** Statements of a kind about a subject, with their object and every attribution's reporter and carrier. */
const STATEMENTS = `
MATCH (s:Statement {kind: $kind})-[:SUBJECT]->(subject:Entity)
WHERE $subject IS NULL OR subject.id = $subject
OPTIONAL MATCH (s)-[:OBJECT]->(object:Entity)
MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)-[:REPORTED_BY]->(reporter:Entity)
MATCH (a)-[:CARRIED_BY]->(carrier:Entity)
WITH s, subject, object, collect({reporter: reporter.id, carrier: carrier.id, reportedOn: a.reportedOn,
     reportedOnPrecision: a.reportedOnPrecision, quote: a.quote}) AS attributions
RETURN s.id AS id, subject.id AS subject, object.id AS object, s.status AS status, s.role AS role,
       s.start AS start, s.startPrecision AS startPrecision, toString(s.startFrom) AS startFrom,
       s.pointInTime AS pointInTime, s.pointInTimePrecision AS pointInTimePrecision, s.pointInTimeText AS pointInTimeText,
       s.countAmount AS amount, s.countPhrasing AS phrasing, s.countUnit AS unit, s.text AS text, attributions
ORDER BY id`;

const statements = (kind: string, subject: string | null = null) => rows(STATEMENTS, { kind, subject });

describe('the East Qalamoun dataset', () => {
  it('has the article with its title, date, dateline and publisher', async () => {
    expect(
      await rows(
        `MATCH (a:Article {id: $id})-[:PUBLISHED_BY]->(p:MediaSource), (a)-[:DATELINE]->(d:Place)
         RETURN a.title AS title, a.publishedOn AS date, a.publishedOnPrecision AS precision, a.language AS language,
                p.id AS publisher, d.id AS dateline`,
        { id: ARTICLE },
      ),
    ).toEqual([
      {
        title: 'Syrian government set to take full control of East Qalamoun as rebels leave for the north',
        date: '2018-04-23',
        precision: 'day',
        language: 'en',
        publisher: 'media:syria-direct',
        dateline: 'place:amman',
      },
    ]);
  });

  it('says who held East Qalamoun since 2012 (a year, never a day), and who is expected to take it', async () => {
    const control = await rows(
      `MATCH (f:Faction)-[c:CONTROLS]->(:Place {id: 'place:east-qalamoun'})
       RETURN f.id AS faction, c.status AS status, c.start AS start, c.startPrecision AS precision, toString(c.startFrom) AS from,
              toString(c.startTo) AS to, c.pointInTime AS pointInTime ORDER BY faction`,
    );
    expect(control).toEqual([
      {
        faction: 'faction:fsa-affiliated-rebels',
        status: 'held',
        start: '2012',
        precision: 'year',
        from: '2012-01-01',
        to: '2012-12-31',
        pointInTime: null,
      },
      {
        faction: 'faction:islamist-rebels',
        status: 'held',
        start: '2012',
        precision: 'year',
        from: '2012-01-01',
        to: '2012-12-31',
        pointInTime: null,
      },
      {
        faction: 'faction:syrian-government',
        status: 'expected',
        start: null,
        precision: null,
        from: null,
        to: null,
        pointInTime: null,
      },
      {
        faction: 'faction:syrian-opposition',
        status: 'held',
        start: null,
        precision: null,
        from: null,
        to: null,
        pointInTime: '2018-04-23',
      },
    ]);
    const [fsa] = await statements('control', 'faction:fsa-affiliated-rebels');
    expect(fsa.attributions).toEqual([
      expect.objectContaining({
        reporter: 'media:syria-direct',
        carrier: ARTICLE,
        reportedOn: '2018-04-23',
        reportedOnPrecision: 'day',
      }),
    ]);
  });

  it('has control of a-Ruheibah, Dumayr, East Ghouta, Jarablus and northern Aleppo, each at its reported date', async () => {
    const control = await rows(
      `MATCH (s:Statement {kind: 'control'})-[:SUBJECT]->(f), (s)-[:OBJECT]->(p)
       WHERE p.id IN ['place:a-ruheibah', 'place:dumayr', 'place:east-ghouta', 'place:jarablus', 'place:northern-aleppo-province']
       RETURN p.id AS place, f.id AS faction, s.status AS status, s.pointInTime AS at ORDER BY place`,
    );
    expect(control).toEqual([
      { place: 'place:a-ruheibah', faction: 'faction:syrian-opposition', status: 'held', at: '2018-04-23' },
      { place: 'place:dumayr', faction: 'faction:syrian-government', status: 'held', at: '2018-04-23' },
      { place: 'place:east-ghouta', faction: 'faction:syrian-government', status: 'held', at: '2018-04-23' },
      { place: 'place:jarablus', faction: 'faction:turkish-backed-rebels', status: 'held', at: '2018-04-23' },
      {
        place: 'place:northern-aleppo-province',
        faction: 'faction:turkish-backed-rebels',
        status: 'held',
        at: '2018-04-22',
      },
    ]);
  });

  it('places a-Ruheibah and Jarablus in their hierarchy, citing the article where it says so and the gazetteer elsewhere', async () => {
    const chain = await rows(
      `MATCH path = (:Place {id: $from})-[:LOCATED_IN*]->(:Place {id: 'place:syria'})
       UNWIND relationships(path) AS step
       MATCH (s:Statement {id: step.statement})-[:HAS_ATTRIBUTION]->(:Attribution)-[:CARRIED_BY]->(source)
       RETURN startNode(step).id AS place, endNode(step).id AS parent, source.id AS source`,
      { from: 'place:a-ruheibah' },
    );
    expect(chain).toEqual([
      { place: 'place:a-ruheibah', parent: 'place:east-qalamoun', source: ARTICLE },
      { place: 'place:east-qalamoun', parent: 'place:rif-dimashq', source: 'dataset:editorial-gazetteer' },
      { place: 'place:rif-dimashq', parent: 'place:syria', source: 'dataset:editorial-gazetteer' },
    ]);
    const jarablus = await rows(
      `MATCH (:Place {id: 'place:jarablus'})-[:LOCATED_IN*]->(p:Place) RETURN p.id AS id`,
    );
    expect(jarablus.map((r) => r.id)).toEqual([
      'place:northern-aleppo-province',
      'place:aleppo-province',
      'place:syria',
    ]);
  });

  it('keeps the distance as the article gives it: about 50 km northeast of Damascus', async () => {
    expect(
      await rows(
        `MATCH (s:Statement {kind: 'distance'})-[:SUBJECT]->(a), (s)-[:OBJECT]->(b)
         RETURN a.id AS from, b.id AS to, s.distanceAmount AS amount, s.distancePhrasing AS phrasing, s.distanceUnit AS unit,
                s.distanceBearing AS bearing`,
      ),
    ).toEqual([
      {
        from: 'place:east-qalamoun',
        to: 'place:damascus',
        amount: 50,
        phrasing: 'about',
        unit: 'km',
        bearing: 'northeast',
      },
    ]);
  });

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
