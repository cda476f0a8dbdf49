import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';
import { goodCopy, refusedRun, shown } from './refused.js';

beforeEach(emptyGraph);

const laughs = (levels: number) =>
  [
    'entities: []',
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ...Array.from({ length: levels }, (_, i) => {
      const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
    }),
  ].join('\n') + '\n';

describe('YAML aliases', () => {
  it('refuses a "billion laughs" with the file and the line of its first alias, not a stack trace', async () => {
    const dir = await goodCopy();
    const bomb = path.join(dir, 'laughs.yaml');
    await writeFile(bomb, laughs(9));
    const started = Date.now();
    expect(await refusedRun([dir])).toEqual([
      `${shown(bomb)}:3 (file): its aliases (*name) expand into more than 100 copies of what they repeat, which is how a YAML "billion laughs" exhausts memory: write the values out instead`,
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('still reads a file that repeats a value with a few aliases', async () => {
    const dir = await goodCopy();
    const file = path.join(dir, 'base.yaml');
    const yaml = (await readFile(file, 'utf8'))
      .replace('{ id: faction:alpha, type: faction,', '{ id: faction:alpha, type: &faction faction,')
      .replace('{ id: faction:beta, type: faction,', '{ id: faction:beta, type: *faction,');
    await writeFile(file, yaml);
    const report = await runSeed(testDatabase(), { paths: [dir] });
    expect(report.nodes.Faction?.created).toBe(2);
  });
});
