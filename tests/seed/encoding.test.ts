import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';
import { goodCopy, refusedRun, shown } from './refused.js';

const db = testDatabase();
beforeEach(emptyGraph);

describe('files that are not UTF-8', () => {
  it('refuses a Latin-1 seed file, naming the line, column and byte, instead of storing U+FFFD', async () => {
    const dir = await goodCopy();
    const file = path.join(dir, 'base.yaml');
    const yaml = (await readFile(file, 'utf8')).replace('name: Hilltown,', 'name: Hilltöwn,');
    await writeFile(file, Buffer.from(yaml, 'latin1'));
    const offset = Buffer.from(yaml.slice(0, yaml.indexOf('ö')), 'latin1').length;
    expect(await refusedRun([dir])).toEqual([
      `${shown(file)}:7 (file): the file is not valid UTF-8: byte 0xF6 at line 7, column 51 (byte ${offset}) is not part of any character; save the file as UTF-8`,
    ]);
  });

  it('refuses a Latin-1 text file at the line of the textFile that names it', async () => {
    const dir = await goodCopy();
    const text = (await readFile(path.join(dir, 'test-report.txt'), 'utf8')).replace(
      'was quiet',
      'était calme',
    );
    await writeFile(path.join(dir, 'test-report.txt'), Buffer.from(text, 'latin1'));
    expect(await refusedRun([dir])).toEqual([
      `${shown(path.join(dir, 'base.yaml'))}:17 (entities[5].textFile): "test-report.txt" is not valid UTF-8: byte 0xE9 at line 1, column 79 (byte 78) is not part of any character; save the file as UTF-8`,
    ]);
  });

  it('finds the bad byte past a U+FFFD that was really in the file, and counts columns in characters', async () => {
    const dir = await goodCopy();
    const file = path.join(dir, 'base.yaml');
    const yaml = (await readFile(file, 'utf8')).replace('name: Beta Front', 'name: Beta \uFFFD Front');
    const bad = Buffer.concat([
      Buffer.from(`${yaml}# \uFFFD ok, then: `),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    await writeFile(file, bad);
    const lines = yaml.split('\n').length;
    expect(await refusedRun([dir])).toEqual([
      `${shown(file)}:${lines} (file): the file is not valid UTF-8: byte 0xC3 at line ${lines}, column 15 (byte ${bad.length - 3}) is not part of any character; save the file as UTF-8`,
    ]);
  });

  it('loads a UTF-8 file with a byte order mark', async () => {
    const dir = await goodCopy();
    const file = path.join(dir, 'base.yaml');
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    const report = await runSeed(db, { paths: [dir] });
    expect(report.nodes.Statement?.created).toBe(3);
  });
});
