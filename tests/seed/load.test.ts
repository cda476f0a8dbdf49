import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SeedValidationError } from '../../src/ingest/problems.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph, fixture, graphSnapshot } from '../helpers/seed.js';

const db = testDatabase();
beforeEach(emptyGraph);

async function count(cypher: string): Promise<number> {
  return db.read(async (tx) => Number((await tx.run(cypher)).records[0]?.get(0)));
}

describe('npm run seed, as a library', () => {
  it('loads the whole seed/ folder, then a second run changes nothing at all', async () => {
    const first = await runSeed(db, { paths: [SEED_DIR] });
    expect(first.nodes.Statement!.created).toBeGreaterThan(0);
    expect(first.nodes.Place).toEqual({ created: 13, updated: 0, unchanged: 0 });
    const before = await graphSnapshot();

    const second = await runSeed(db, { paths: [SEED_DIR] });
    for (const tally of Object.values(second.nodes)) expect(tally).toMatchObject({ created: 0, updated: 0 });
    expect(second.attributions).toMatchObject({ created: 0, removed: 0 });
    expect(second.nodes.Statement!.unchanged).toBe(first.nodes.Statement!.created);
    expect(await graphSnapshot()).toBe(before);
  });

  it('a dry run reports what a real run would do, and writes nothing', async () => {
    const dry = await runSeed(db, { paths: [fixture('good')], dryRun: true });
    expect(dry.nodes.Statement).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await count('MATCH (n) RETURN count(n)')).toBe(0);
    const real = await runSeed(db, { paths: [fixture('good')] });
    expect({ ...dry, dryRun: false }).toEqual(real);
  });

  it('updates an edited statement in place: new attribution, old one removed, shortcut kept in step', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-seed-edit-'));
    await cp(fixture('good'), dir, { recursive: true });
    await runSeed(db, { paths: [dir] });
    const file = path.join(dir, 'base.yaml');
    const edited = (await readFile(file, 'utf8'))
      .replace('quote: Alpha Brigade has held Hilltown since May.', 'quote: Alpha Brigade has held Hilltown')
      .replace('status: held', 'status: contested');
    await writeFile(file, edited);

    const report = await runSeed(db, { paths: [dir] });
    expect(report.nodes.Statement).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect(report.attributions).toEqual({ created: 1, removed: 1, unchanged: 2 });
    const rows = await db.read(async (tx) =>
      (
        await tx.run(
          `MATCH (:Faction {id: 'faction:alpha'})-[c:CONTROLS]->(p:Place) RETURN c.status AS status, c.statement AS statement, p.id AS place`,
        )
      ).records.map((r) => r.toObject()),
    );
    expect(rows).toEqual([
      { status: 'contested', statement: 'stmt:alpha-holds-hilltown', place: 'place:hilltown' },
    ]);
    expect(
      await count(
        `MATCH (:Statement {id: 'stmt:alpha-holds-hilltown'})-[:HAS_ATTRIBUTION]->(a) RETURN count(a)`,
      ),
    ).toBe(1);
  });

  it('leaves the database byte-for-byte unchanged when only the last of several files is bad', async () => {
    await runSeed(db, { paths: [SEED_DIR] });
    const before = await graphSnapshot();
    const error = await runSeed(db, {
      paths: [
        fixture('good', 'base.yaml'),
        fixture('good', 'more.yaml'),
        fixture('bad', 'unknown-reference.yaml'),
      ],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect(await graphSnapshot()).toBe(before);
  });

  it('rolls back everything when Neo4j refuses a write in the last batch (all or nothing)', async () => {
    await runSeed(db, { paths: [SEED_DIR] });
    const before = await graphSnapshot();
    // A constraint the seed does not know about makes the last file's place fail only at write time,
    // after the earlier files' rows were written in the same transaction.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-seed-late-'));
    await cp(fixture('good'), dir, { recursive: true });
    await writeFile(
      path.join(dir, 'zz-late.yaml'),
      'entities:\n  - { id: place:damascus-again, type: place, name: Damascus }\n',
    );
    await db.write((tx) =>
      tx.run('CREATE CONSTRAINT test_place_name IF NOT EXISTS FOR (p:Place) REQUIRE p.name IS UNIQUE'),
    );
    try {
      await expect(runSeed(db, { paths: [dir] })).rejects.toThrow(
        /already exists with label `Place` and property `name` = 'Damascus'/,
      );
    } finally {
      await db.write((tx) => tx.run('DROP CONSTRAINT test_place_name IF EXISTS'));
    }
    expect(await graphSnapshot()).toBe(before);
  });

  it('reports its progress, batch by batch, up to the whole input', async () => {
    const seen: [number, number][] = [];
    await runSeed(db, { paths: [SEED_DIR], onProgress: (done, total) => seen.push([done, total]) });
    const total = seen[0]![1];
    expect(total).toBeGreaterThan(66);
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([total, total]);
  });

  it('--reset wipes what was there and loads, in one transaction', async () => {
    await db.write((tx) => tx.run("CREATE (:Entity:Place {id: 'place:left-over', name: 'Left over'})"));
    const report = await runSeed(db, { paths: [fixture('good')], reset: true });
    expect(report.wiped).toBe(1);
    expect(await count(`MATCH (n:Entity {id: 'place:left-over'}) RETURN count(n)`)).toBe(0);
    expect(await count(`MATCH (n:Entity) RETURN count(n)`)).toBe(6);
  });
});
