import { describe, expect, it } from 'vitest';
import { ARTICLE, rows, statements, withSampleDataset } from './datasetRows.js';

withSampleDataset();

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
});
