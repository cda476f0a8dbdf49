import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { QUERIES_DIR, renderQueries } from '../../scripts/render-queries.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';

/**
 * docs/queries/ shows each researcher question's query as the server sends it (issue 19): the files must
 * be what `npm run queries` writes now, and each must run as it is, with the parameters of its :param line.
 */

const committed = readdirSync(QUERIES_DIR)
  .filter((file) => file.endsWith('.cypher'))
  .sort();

/** The :param map and the query of a rendered file, as cypher-shell reads them. */
function parts(file: string): { params: string; query: string } {
  const lines = readFileSync(path.join(QUERIES_DIR, file), 'utf8').split('\n');
  const at = lines.findIndex((line) => line.startsWith(':param '));
  expect(at, `${file} has a :param line`).toBeGreaterThan(0);
  expect(lines.slice(0, at).every((line) => line.startsWith('//'))).toBe(true);
  const query = lines
    .slice(at + 1)
    .join('\n')
    .trim();
  expect(query.endsWith(';'), `${file} ends its query with ;`).toBe(true);
  return { params: lines[at]!.slice(':param '.length), query: query.slice(0, -1) };
}

describe('docs/queries', () => {
  it('holds exactly what npm run queries writes now', async () => {
    const rendered = await renderQueries();
    expect(committed).toEqual([...rendered.keys()].sort());
    for (const [file, text] of rendered) {
      expect(readFileSync(path.join(QUERIES_DIR, file), 'utf8'), `${file} is stale: npm run queries`).toBe(
        text,
      );
    }
  });

  it('covers every question: each Query field but auditLog (for administrators) is named in some file', async () => {
    const schemaDir = path.join(QUERIES_DIR, '../../schema');
    const fields = readdirSync(schemaDir)
      .flatMap((file) => parse(readFileSync(path.join(schemaDir, file), 'utf8')).definitions)
      .flatMap((d) =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        d.name.value === 'Query'
          ? (d.fields ?? []).map((f) => f.name.value)
          : [],
      );
    expect(fields).toContain('whoControls');
    const headers = committed.map(
      (file) => readFileSync(path.join(QUERIES_DIR, file), 'utf8').split(':param')[0] ?? '',
    );
    for (const field of fields.filter((f) => f !== 'auditLog')) {
      expect(
        headers.some((h) => h.includes(`Query.${field}`)),
        `Query.${field} has a file`,
      ).toBe(true);
    }
  });

  describe('each runs as it is on the sample data', () => {
    // Integers as Neo4j sends them, so that SKIP and LIMIT get integers back (the server's driver reads
    // them as JavaScript numbers, which would go back as floats).
    let driver: Driver;
    beforeAll(async () => {
      await emptyGraph();
      await runSeed(testDatabase(), { paths: [SEED_DIR] });
      const settings = inject('neo4j');
      driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    });
    afterAll(() => driver?.close());

    it.each(committed)('%s', async (file) => {
      const { params, query } = parts(file);
      const session = driver.session({ database: inject('neo4j').database });
      try {
        const evaluated = await session.run(`RETURN ${params} AS params`);
        const values = evaluated.records[0]!.get('params') as Record<string, unknown>;
        const result = await session.run(query, values);
        expect(result.records.length, `${file} answers with rows`).toBeGreaterThan(0);
      } finally {
        await session.close();
      }
    });
  });
});
