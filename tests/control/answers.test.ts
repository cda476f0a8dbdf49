import { beforeAll, describe, expect, it } from 'vitest';
import { answerAt, controlPeriods } from '../../src/control/asOf.js';
import { shiftDay } from '../../src/dates/dateValue.js';
import { controlAnswers } from '../../src/control/answers.js';
import { controlClaims } from '../../src/control/queries.js';
import { statementsById } from '../../src/statement/queries.js';
import { generateGraph } from '../../src/generate/load.js';
import { testDatabase } from '../helpers/database.js';

/**
 * whoControls is decided inside Neo4j (src/control/answers.ts) so that only the answering claims travel;
 * `answerAt` (src/control/asOf.ts) states the rules in plain code. On a generated graph, with timelines of
 * competing, imprecise and undated claims at every level, both must give the same answer for every place,
 * on the latest day and on days, months and years asked.
 */
const db = testDatabase();
let places: string[] = [];

beforeAll(async () => {
  await generateGraph(db, { statements: 3000, seed: 11 });
  places = await db.read(async (tx) =>
    (await tx.run('MATCH (p:Entity:Place) RETURN p.id AS id ORDER BY id')).records.map(
      (r) => r.get('id') as string,
    ),
  );
}, 300_000);

const brief = (claims: { scope: string; distance: number; faction: string; statement: { id: string } }[]) =>
  claims.map((c) => `${c.statement.id}@${c.scope}+${c.distance} ${c.faction}`);

describe('control answers decided in Cypher', () => {
  it.each([null, '2019', '2021-06', '2022-03-15', '2024'])(
    'agree with answerAt for every place, at %s',
    async (at) => {
      const [answers, claims] = await db.read(async (tx) => [
        await controlAnswers(tx, places, at),
        await controlClaims(tx, places),
      ]);
      let answered = 0;
      let inferred = 0;
      for (const place of places) {
        const expected = answerAt(claims.get(place)!.claims, at);
        const actual = answers.get(place)!;
        expect({ place, asOf: actual.asOf, claims: brief(actual.claims) }).toEqual({
          place,
          asOf: expected.asOf,
          claims: brief(expected.claims),
        });
        // The whole statement row travels with each answering claim.
        for (const claim of actual.claims)
          expect(claim.statement).toEqual(expect.objectContaining({ kind: 'control' }));
        if (expected.claims.length) answered += 1;
        if (expected.claims.some((c) => c.distance > 0)) inferred += 1;
      }
      // The comparison covers places answered by their own claims and by inference, not only empty answers.
      expect(answered).toBeGreaterThan(places.length / 2);
      expect(inferred).toBeGreaterThan(10);
    },
  );

  it('hands the statements attributions and the entities it names to their loaders', async () => {
    const attributions = new Map<string, number>();
    const entities = new Set<string>();
    const answers = await db.read((tx) =>
      controlAnswers(tx, places, null, ({ bundles = [], entities: rows = [] }) => {
        for (const b of bundles) attributions.set(b.statement.id, b.attributions!.length);
        for (const row of rows) entities.add(row.id);
      }),
    );
    let claims = 0;
    for (const [place, answer] of answers) {
      expect(entities.has(place)).toBe(true);
      for (const claim of answer.claims) {
        claims += 1;
        expect(attributions.has(claim.statement.id)).toBe(true);
        expect(entities.has(claim.faction)).toBe(true);
        expect(entities.has(claim.scope)).toBe(true);
      }
    }
    expect(claims).toBeGreaterThan(100);
  });

  it('leave the sources behind when asked to: same answers, no attributions, no reporters or carriers', async () => {
    const kept = { withSources: new Set<string>(), without: new Set<string>() };
    const bundles: (unknown[] | null)[] = [];
    const labels = new Map<string, string>();
    const [full, bare] = await db.read(async (tx) => [
      await controlAnswers(tx, places, null, ({ entities = [] }) => {
        for (const row of entities) kept.withSources.add(row.id);
      }),
      await controlAnswers(
        tx,
        places,
        null,
        ({ bundles: sent = [], entities = [] }) => {
          for (const b of sent) bundles.push(b.attributions);
          for (const row of entities) {
            kept.without.add(row.id);
            labels.set(row.id, row.label);
          }
        },
        false,
      ),
    ]);
    for (const place of places)
      expect(brief(bare.get(place)!.claims)).toEqual(brief(full.get(place)!.claims));
    expect(bundles.length).toBeGreaterThan(50);
    expect(bundles.every((attributions) => attributions === null)).toBe(true);
    // Only what the claims name: places and factions. With sources, the reporters and carriers come too.
    expect(new Set(labels.values())).toEqual(new Set(['Place', 'Faction']));
    expect([...kept.withSources].filter((id) => !kept.without.has(id)).length).toBeGreaterThan(0);
  });

  it('sends timelines with statement rows equal to the whole statements', async () => {
    const [claims, rows] = await db.read(async (tx) => {
      const found = await controlClaims(tx, places);
      const all = [...found.values()].flatMap((p) => p.claims);
      const ids = [...new Set(all.map((c) => c.statement.id))];
      return [all, new Map((await statementsById(tx, ids)).map((r) => [r.id, r]))] as const;
    });
    expect(claims.length).toBeGreaterThan(100);
    for (const claim of claims) expect(claim.statement).toEqual(rows.get(claim.statement.id));
  });
});

describe('control timelines', () => {
  it('answer every day of each period as answerAt does, and change at every period boundary', async () => {
    const claims = await db.read((tx) => controlClaims(tx, places));
    let periods = 0;
    let competing = 0;
    for (const place of places) {
      const placeClaims = claims.get(place)!.claims;
      const timeline = controlPeriods(placeClaims);
      const on = (day: string) => brief(answerAt(placeClaims, day).claims);
      timeline.forEach((period, i) => {
        periods += 1;
        if (new Set(period.claims.map((c) => c.faction)).size > 1) competing += 1;
        const expected = brief(period.claims);
        // Open ends stand for every day before (or after): the first and last days there are.
        expect({ place, day: period.from, claims: on(period.from ?? '0001-01-01') }).toEqual({
          place,
          day: period.from,
          claims: expected,
        });
        expect({ place, day: period.to, claims: on(period.to ?? '9999-12-31') }).toEqual({
          place,
          day: period.to,
          claims: expected,
        });
        const next = timeline[i + 1];
        if (next) {
          // Contiguous, and merged: neighbours differ.
          expect(next.from).toBe(shiftDay(period.to!, 1));
          expect(brief(next.claims)).not.toEqual(expected);
        }
      });
      // Nothing claimed before the first period or after the last.
      const [first, last] = [timeline[0], timeline.at(-1)];
      if (first?.from) expect(on(shiftDay(first.from, -1))).toEqual([]);
      if (last?.to) expect(on(shiftDay(last.to, 1))).toEqual([]);
    }
    expect(periods).toBeGreaterThan(places.length);
    expect(competing).toBeGreaterThan(10);
  });
});
