import path from 'node:path';
import { projectRoot } from '../../src/config/paths.js';
import { testDatabase } from './database.js';

export const fixtures = path.join(projectRoot, 'tests/fixtures/seed');
export const fixture = (...parts: string[]) => path.join(fixtures, ...parts);

/** Everything in the graph, labels, properties and relationships included, as one comparable string. */
export async function graphSnapshot(): Promise<string> {
  return testDatabase().read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
    );
    const relationships = await tx.run(
      `MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS from, elementId(b) AS to,
              properties(r) AS props ORDER BY id`,
    );
    const canonical = (value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : Array.isArray(value)
          ? value.map(canonical)
          : String(value);
    return JSON.stringify([
      nodes.records.map((r) => canonical(r.toObject())),
      relationships.records.map((r) => canonical(r.toObject())),
    ]);
  });
}

export async function emptyGraph(): Promise<void> {
  await testDatabase().write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}
