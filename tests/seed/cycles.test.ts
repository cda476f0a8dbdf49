import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { checkedPlan } from '../../src/write/validate.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph, fixture, graphSnapshot } from '../helpers/seed.js';
import { goodCopy, refusedRun, shown } from './refused.js';

const db = testDatabase();
beforeEach(emptyGraph);

/** One line per statement: `subject kind object`, each from the dataset, with its id made of the two. */
function statements(...links: [string, string, string][]): string {
  return links
    .map(
      ([subject, kind, object]) =>
        `  - { id: stmt:${subject.split(':')[1]}-${kind.replace('_', '-')}-${object.split(':')[1]}, kind: ${kind}, subject: ${subject}, object: ${object}, attributions: [{ reporter: dataset:atlas }] }`,
    )
    .join('\n');
}

async function withFile(body: string): Promise<{ dir: string; file: string }> {
  const dir = await goodCopy();
  const file = path.join(dir, 'links.yaml');
  await writeFile(
    file,
    `source: dataset:atlas
entities:
  - { id: dataset:atlas, type: dataset, name: Atlas }
  - { id: place:a, type: place, name: A }
  - { id: place:b, type: place, name: B }
  - { id: place:c, type: place, name: C }
  - { id: event:siege, type: event, name: Siege }
  - { id: event:battle, type: event, name: Battle }
statements:
${body}
`,
  );
  return { dir, file };
}

describe('a place within itself', () => {
  it('refuses a cycle of located_in statements, naming its path and the statement that closes it', async () => {
    const { dir, file } = await withFile(
      statements(
        ['place:a', 'located_in', 'place:b'],
        ['place:b', 'located_in', 'place:c'],
        ['place:c', 'located_in', 'place:a'],
      ),
    );
    const f = shown(file);
    expect(await refusedRun([dir])).toEqual([
      `${f}:12 (statements[2].object): closes a cycle, place:c → place:a → place:b → place:c: a place cannot lie within itself; the other links are stmt:a-located-in-b (${f}:10), stmt:b-located-in-c (${f}:11)`,
    ]);
  });

  it('refuses a place in itself, and an event part of itself by way of another', async () => {
    const { dir, file } = await withFile(
      statements(
        ['place:a', 'located_in', 'place:a'],
        ['event:siege', 'part_of', 'event:battle'],
        ['event:battle', 'part_of', 'event:siege'],
      ),
    );
    const f = shown(file);
    expect(await refusedRun([dir])).toEqual([
      `${f}:10 (statements[0].object): closes a cycle, place:a → place:a: a place cannot lie within itself`,
      `${f}:12 (statements[2].object): closes a cycle, event:battle → event:siege → event:battle: an event cannot be part of itself; the other links are stmt:siege-part-of-battle (${f}:11)`,
    ]);
  });

  it('refuses a cycle closed with links already in the database', async () => {
    await runSeed(db, { paths: [fixture('good')] });
    // The good fixture put Hilltown in the Valley; now the Valley in A, and A in Hilltown.
    const { file } = await withFile(
      statements(['place:valley', 'located_in', 'place:a'], ['place:a', 'located_in', 'place:hilltown']),
    );
    const f = shown(file);
    expect(await refusedRun([file])).toEqual([
      `${f}:11 (statements[1].object): closes a cycle, place:a → place:hilltown → place:valley → place:a: a place cannot lie within itself; the other links are stmt:hilltown-in-valley (in the database), stmt:valley-located-in-a (${f}:10)`,
    ]);
  });

  it('takes a statement that turns its own earlier link around: the old link goes with the edit', async () => {
    const dir = await goodCopy();
    await runSeed(db, { paths: [dir] });
    const base = path.join(dir, 'base.yaml');
    const yaml = await readFile(base, 'utf8');
    await writeFile(
      base,
      yaml.replace(
        'subject: place:hilltown\n    object: place:valley',
        'subject: place:valley\n    object: place:hilltown',
      ),
    );
    const before = await graphSnapshot();
    const report = await runSeed(db, { paths: [dir] });
    expect(report.nodes.Statement).toMatchObject({ updated: 1 });
    expect(await graphSnapshot()).not.toBe(before);
  });

  it('refuses a place put in itself through the API', async () => {
    const error = await db
      .writeThenRollBack((tx) =>
        checkedPlan(tx, {
          statements: [
            {
              id: 'stmt:probe',
              kind: 'located_in',
              subject: 'place:x',
              object: 'place:x',
              attributions: [{ reporter: 'dataset:x', carriedBy: 'dataset:x' }],
            },
          ],
        }),
      )
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toContain(
      'input.object: closes a cycle, place:x → place:x: a place cannot lie within itself',
    );
  });
});
