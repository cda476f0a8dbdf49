import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { migrate } from '../../src/migrate.js';
import { generateGraph } from '../../src/generate/load.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { statementPages } from '../../src/statement/queries.js';
import { backfillSources, SOURCES_INDEX } from '../../src/statement/sources.js';
import { dataOf, seededServerWith } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import { bearer, testKeys } from '../helpers/keys.js';
import { emptyGraph } from '../helpers/seed.js';
import { NO_FILTER } from '../helpers/statementFilter.js';
import { ADD_STATEMENT, controlClaim, RETRACT } from '../write/operations.js';

/**
 * SOURCED_BY (src/statement/sources.ts) summarises attributions so that a reporter's statements are
 * read from an index. It is only as good as its upkeep: after every write path, each statement must have
 * exactly one SOURCED_BY per entity that reported it, none once retracted, and its properties must name
 * both ends.
 */
const db = testDatabase();
const dir = mkdtempSync(path.join(tmpdir(), 'ckg-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Statements whose SOURCED_BY relationships differ from what their attributions and retraction say. */
async function mismatches(): Promise<string[]> {
  return db.read(async (tx) => {
    const result = await tx.run(`
      MATCH (s:Statement)
      WITH s, CASE WHEN s.retractedAt IS NULL THEN COLLECT {
        MATCH (s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY]->(r)
        WITH DISTINCT r.id AS id ORDER BY id
        RETURN id + ' ' + id + ' ' + s.id
      } ELSE [] END AS expected, COLLECT {
        MATCH (s)-[x:SOURCED_BY]->(r)
        WITH r, x ORDER BY r.id
        RETURN r.id + ' ' + x.reporter + ' ' + x.statement
      } AS actual
      WHERE expected <> actual
      RETURN s.id + ': expected [' + reduce(t = '', e IN expected | t + e + ';') + '], found [' +
        reduce(t = '', e IN actual | t + e + ';') + ']' AS problem`);
    return result.records.map((r) => r.get('problem') as string);
  });
}

async function sourcedCount(): Promise<number> {
  return db.read(async (tx) =>
    Number((await tx.run('MATCH ()-[x:SOURCED_BY]->() RETURN count(x) AS n')).records[0]!.get('n')),
  );
}

async function reportersOf(statement: string): Promise<string[]> {
  return db.read(async (tx) =>
    (
      await tx.run('MATCH (:Statement {id: $statement})-[:SOURCED_BY]->(r) RETURN r.id AS id ORDER BY id', {
        statement,
      })
    ).records.map((r) => r.get('id') as string),
  );
}

function seedFile(name: string, reporter: string): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    stringify({
      source: 'dataset:sources-test',
      entities: [
        { id: 'dataset:sources-test', type: 'dataset', name: 'Sources test' },
        { id: 'media:first-wire', type: 'media_source', name: 'First Wire' },
        { id: 'media:second-wire', type: 'media_source', name: 'Second Wire' },
        { id: 'faction:sources-army', type: 'faction', name: 'Sources Army' },
        { id: 'place:sources-town', type: 'place', name: 'Sources Town', kind: 'town' },
      ],
      statements: [
        {
          id: 'stmt:sources-army-holds-town',
          kind: 'control',
          subject: 'faction:sources-army',
          object: 'place:sources-town',
          status: 'held',
          pointInTime: '2020-01-01',
          // Two attributions by one reporter still make one SOURCED_BY.
          attributions: [
            { reporter, quote: 'first report' },
            { reporter, quote: 'second report' },
            { reporter: 'dataset:sources-test' },
          ],
        },
      ],
    }),
  );
  return file;
}

describe('SOURCED_BY', () => {
  it('is written by the create-only and the upsert seed paths, one per reporter', async () => {
    await emptyGraph();
    await runSeed(db, { paths: [SEED_DIR] });
    expect(await mismatches()).toEqual([]);
    const created = await sourcedCount();
    expect(created).toBeGreaterThan(20);

    // Something in the database: the seed takes the upsert path.
    await emptyGraph();
    await db.write((tx) => tx.run(`CREATE (:Entity:Place {id: 'place:zz-bystander', name: 'Bystander'})`));
    await runSeed(db, { paths: [SEED_DIR] });
    expect(await mismatches()).toEqual([]);
    expect(await sourcedCount()).toBe(created);
  });

  it('follows a seed file whose statement changes reporter', async () => {
    await emptyGraph();
    await runSeed(db, { paths: [seedFile('first.yaml', 'media:first-wire')] });
    expect(await reportersOf('stmt:sources-army-holds-town')).toEqual([
      'dataset:sources-test',
      'media:first-wire',
    ]);
    await runSeed(db, { paths: [seedFile('second.yaml', 'media:second-wire')] });
    expect(await reportersOf('stmt:sources-army-holds-town')).toEqual([
      'dataset:sources-test',
      'media:second-wire',
    ]);
    expect(await mismatches()).toEqual([]);
  });

  it('is made by addStatement and removed by retractStatement, and reporter lists follow', async () => {
    const { keys, env } = testKeys();
    const server = await seededServerWith(env);
    try {
      const reporter = 'dataset:editorial-gazetteer';
      const REPORTED = `query ($reporter: ID!, $includeRetracted: Boolean) {
        statements(reportedBy: $reporter, first: 100, includeRetracted: $includeRetracted) {
          totalCount edges { node { id } } } }`;
      const listed = async (includeRetracted = false) => {
        const { statements } = dataOf(
          await server.graphql<{ statements: { totalCount: number; edges: { node: { id: string } }[] } }>(
            REPORTED,
            { reporter, includeRetracted },
          ),
        );
        return { total: statements.totalCount, ids: statements.edges.map((e) => e.node.id) };
      };
      const before = await listed();

      const added = dataOf(
        await server.graphql<{ addStatement: { statement: { id: string } } }>(
          ADD_STATEMENT,
          { input: controlClaim() },
          bearer(keys.editor),
        ),
      ).addStatement.statement.id;
      expect(await reportersOf(added)).toEqual([reporter]);
      const withAdded = await listed();
      expect(withAdded.total).toBe(before.total + 1);
      expect(withAdded.ids).toContain(added);

      dataOf(await server.graphql(RETRACT, { id: added, reason: 'test' }, bearer(keys.editor)));
      expect(await reportersOf(added)).toEqual([]);
      expect(await listed()).toEqual(before);
      // Asked for, the retracted statement is found through its attributions.
      expect((await listed(true)).ids).toContain(added);
      expect(await mismatches()).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('is filled in for a database written before it existed, in batches, once', async () => {
    await emptyGraph();
    await runSeed(db, { paths: [SEED_DIR] });
    const expected = await sourcedCount();
    const statements = await db.read(async (tx) =>
      Number((await tx.run('MATCH (s:Statement) RETURN count(s) AS n')).records[0]!.get('n')),
    );
    await db.write((tx) => tx.run('MATCH ()-[x:SOURCED_BY]->() DELETE x'));
    await db.write((tx) => tx.run(`DROP INDEX ${SOURCES_INDEX}`));

    // Batches of 7 statements: the backfill goes page by page through the statement ids.
    expect(await backfillSources(db, 7)).toBe(statements);
    expect(await sourcedCount()).toBe(expected);
    expect(await mismatches()).toEqual([]);
    // Done once: the index marks it complete, under any name (IF NOT EXISTS keeps an equivalent one).
    expect((await migrate(db)).sourcesBackfilled).toBe(0);
    await db.write((tx) => tx.run(`DROP INDEX ${SOURCES_INDEX}`));
    await db.write((tx) =>
      tx.run('CREATE RANGE INDEX another_name FOR ()-[x:SOURCED_BY]-() ON (x.reporter, x.statement)'),
    );
    expect((await migrate(db)).sourcesBackfilled).toBe(0);
    await db.write((tx) => tx.run('DROP INDEX another_name'));
    expect((await migrate(db)).sourcesBackfilled).toBe(statements);
    expect(await mismatches()).toEqual([]);
  });

  it('pages a reporter the same as its attributions do', async () => {
    await emptyGraph();
    await generateGraph(db, { statements: 3000, seed: 5 });
    expect(await mismatches()).toEqual([]);
    const reporters = await db.read(async (tx) =>
      (
        await tx.run(`MATCH (r:Entity)<-[:REPORTED_BY]-() WITH r, count(*) AS n ORDER BY n DESC, r.id
                      RETURN r.id AS id LIMIT 5`)
      ).records.map((r) => r.get('id') as string),
    );
    const filter = NO_FILTER;
    // Nothing is retracted, so counting retracted statements too (through the attributions) must give
    // the same pages as the index.
    for (const [skip, limit] of [
      [0, 20],
      [20, 20],
      [0, 100],
      [95, 10],
    ] as const) {
      const [indexed, walked] = await db.read(async (tx) => [
        await statementPages(tx, 'reportedBy', reporters, filter, skip, limit),
        await statementPages(tx, 'reportedBy', reporters, { ...filter, includeRetracted: true }, skip, limit),
      ]);
      expect(indexed).toEqual(walked);
      expect([...indexed.values()].every((p) => p.page.length > 0)).toBe(true);
    }
  }, 300_000);
});
