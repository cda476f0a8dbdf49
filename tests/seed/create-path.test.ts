import { beforeEach, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';

const db = testDatabase();
beforeEach(emptyGraph);

/** An entity the seed files never name: its presence makes the seed take the upsert path. */
const BYSTANDER = 'place:zz-bystander';

/**
 * The graph by content, without element ids: every node by its id property, every relationship by its
 * type, its ends' ids and its properties; the bystander left out.
 */
async function contentSnapshot(): Promise<string> {
  return db.read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE n.id <> $bystander RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
      { bystander: BYSTANDER },
    );
    const relationships = await tx.run(
      `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    );
    const canonical = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(canonical)
        : value && typeof value === 'object' && value.constructor === Object
          ? Object.fromEntries(
              Object.entries(value)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, v]) => [k, canonical(v)]),
            )
          : String(value);
    const rows = (records: { toObject(): object }[]) =>
      records.map((r) => JSON.stringify(canonical(r.toObject()))).sort();
    return JSON.stringify([rows(nodes.records), rows(relationships.records)]);
  });
}

describe('the create-only write path', () => {
  it('writes exactly the graph the upserts write: nodes, properties, dates, shortcuts, attributions', async () => {
    // Something unrelated in the database: the seed compares with what is there and upserts.
    await db.write((tx) => tx.run(`CREATE (:Entity:Place {id: $id, name: 'Bystander'})`, { id: BYSTANDER }));
    const upserted = await runSeed(db, { paths: [SEED_DIR] });
    const viaUpserts = await contentSnapshot();

    // An empty database: the seed creates, without lookups.
    await emptyGraph();
    const created = await runSeed(db, { paths: [SEED_DIR] });
    const viaCreates = await contentSnapshot();

    expect(created).toEqual(upserted);
    expect(viaCreates).toBe(viaUpserts);
    // The dates are made by the query from the date and its precision: check one of each precision.
    const periods = await db.read(async (tx) =>
      (
        await tx.run(
          `MATCH (s:Statement {id: 'stmt:fsa-rebels-held-east-qalamoun-since-2012'})
           RETURN toString(s.startFrom) AS from, toString(s.startTo) AS to, s.startPrecision AS precision`,
        )
      ).records.map((r) => r.toObject()),
    );
    expect(periods).toEqual([{ from: '2012-01-01', to: '2012-12-31', precision: 'year' }]);
  });

  it('is taken by --reset, and a later run finds nothing to change', async () => {
    await db.write((tx) => tx.run(`CREATE (:Entity:Place {id: $id, name: 'Bystander'})`, { id: BYSTANDER }));
    const first = await runSeed(db, { paths: [SEED_DIR], reset: true });
    expect(first.wiped).toBe(1);
    const second = await runSeed(db, { paths: [SEED_DIR] });
    for (const tally of Object.values(second.nodes)) expect(tally).toMatchObject({ created: 0, updated: 0 });
    expect(second.attributions).toMatchObject({ created: 0, removed: 0 });
  });
});
