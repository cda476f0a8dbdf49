import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { MAX_TEXT_FILE_BYTES } from '../../src/seed/textFile.js';
import { checkedPlan } from '../../src/write/validate.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph, fixture } from '../helpers/seed.js';
import { refusedRun } from './refused.js';

const db = testDatabase();
beforeEach(emptyGraph);

const QUOTE = 'Alpha Brigade has held Hilltown since May.';

/**
 * A copy of the good fixture in a temporary folder `<tmp>/seed`, its article's textFile replaced; beside
 * the seed folder, outside it, a file holding the quote the seed file checks.
 */
async function seedFolderNaming(textFile: string): Promise<{ dir: string; file: string; outside: string }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ckg-textfile-'));
  const dir = path.join(tmp, 'seed');
  await cp(fixture('good'), dir, { recursive: true });
  const outside = path.join(tmp, 'secret.txt');
  await writeFile(outside, `SECRET=1 ${QUOTE} Hilltown, in the Valley\n`);
  const file = path.join(dir, 'base.yaml');
  const yaml = await readFile(file, 'utf8');
  await writeFile(file, yaml.replace('textFile: test-report.txt', `textFile: ${JSON.stringify(textFile)}`));
  return { dir, file, outside };
}

const at = (file: string) => `${path.relative(process.cwd(), file)}:17 (entities[5].textFile)`;

describe("an article's textFile stays in the seed folder", () => {
  it('refuses an absolute path, and so confirms nothing about the file it names', async () => {
    const { dir, file } = await seedFolderNaming('/proc/self/environ');
    expect(await refusedRun([dir])).toEqual([
      `${at(file)}: "/proc/self/environ" is an absolute path: a text file is named relative to its seed file`,
    ]);
  });

  it('refuses a path that leads out of the seed folder with ..', async () => {
    const { dir, file } = await seedFolderNaming('../secret.txt');
    const folder = path.relative(process.cwd(), dir);
    expect(await refusedRun([dir])).toEqual([
      `${at(file)}: "../secret.txt" leads outside the seed folder ${folder}: text files must be in it`,
    ]);
    // A file given on its own belongs to its own folder.
    expect(await refusedRun([file])).toEqual([
      `${at(file)}: "../secret.txt" leads outside the seed folder ${folder}: text files must be in it`,
    ]);
  });

  it('refuses a symbolic link whose real path is outside, and follows one that stays inside', async () => {
    const { dir, file, outside } = await seedFolderNaming('texts/link.txt');
    await mkdir(path.join(dir, 'texts'));
    await symlink(outside, path.join(dir, 'texts', 'link.txt'));
    expect(await refusedRun([dir])).toEqual([
      `${at(file)}: "texts/link.txt" is a symbolic link to a file outside the seed folder ${path.relative(process.cwd(), dir)}: text files must be in it`,
    ]);

    const inside = await seedFolderNaming('texts/link.txt');
    await mkdir(path.join(inside.dir, 'texts'));
    await symlink('../test-report.txt', path.join(inside.dir, 'texts', 'link.txt'));
    const report = await runSeed(db, { paths: [inside.dir] });
    expect(report.nodes.Statement?.created).toBe(3);
  });

  it('refuses a FIFO at once instead of waiting on it forever', async () => {
    const { dir, file } = await seedFolderNaming('pipe.txt');
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const started = Date.now();
    expect(await refusedRun([dir])).toEqual([
      `${at(file)}: "pipe.txt" is a FIFO (named pipe): a text file must be a regular file`,
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a device and a folder', async () => {
    const device = await seedFolderNaming('zero');
    await symlink('/dev/zero', path.join(device.dir, 'zero'));
    // /dev/zero is outside the folder: the link is refused before its kind is looked at.
    expect((await refusedRun([device.dir]))[0]).toMatch(/"zero" is a symbolic link to a file outside/);
    const folder = await seedFolderNaming('.');
    expect(await refusedRun([folder.dir])).toEqual([
      `${at(folder.file)}: "." is a folder: a text file must be a regular file`,
    ]);
  });

  it(`refuses a text file larger than ${MAX_TEXT_FILE_BYTES} bytes`, async () => {
    const { dir, file } = await seedFolderNaming('big.txt');
    await writeFile(path.join(dir, 'big.txt'), `${QUOTE} `.repeat(MAX_TEXT_FILE_BYTES / 32));
    expect(await refusedRun([dir])).toEqual([
      `${at(file)}: "big.txt" is larger than 2 MiB, the most a text file may be`,
    ]);
  });

  it('says plainly when the file is not there', async () => {
    const { dir, file } = await seedFolderNaming('missing.txt');
    expect(await refusedRun([dir])).toEqual([
      `${at(file)}: "missing.txt" is not there: no file at ${path.relative(process.cwd(), path.join(dir, 'missing.txt'))}`,
    ]);
  });

  it("keeps seed/'s own layout: a file of seed/sources given alone reaches seed/texts", async () => {
    await runSeed(db, { paths: [path.join(SEED_DIR, 'entities'), path.join(SEED_DIR, 'gazetteer.yaml')] });
    const report = await runSeed(db, {
      paths: [path.join(SEED_DIR, 'sources', '2018-04-23-syria-direct-east-qalamoun.yaml')],
    });
    expect(report.nodes.Article?.created).toBe(1);
  });

  it('API input may not name a text file at all', async () => {
    const article = {
      id: 'article:probe',
      type: 'article',
      name: 'Probe',
      title: 'Probe',
      publishedOn: '2020-05-04',
      publisher: 'media:test-wire',
      language: 'en',
      textFile: 'test-report.txt',
    };
    const error = await db
      .writeThenRollBack((tx) => checkedPlan(tx, { entities: [article] }))
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      'input.textFile: "test-report.txt" is not allowed here: only a seed file may name a text file',
    );
  });
});

describe('seed files found in a folder', () => {
  it('skips nothing silently: a FIFO or a link out of the folder named .yaml is refused, not read', async () => {
    const { dir, outside } = await seedFolderNaming('test-report.txt');
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    await writeFile(`${outside}.yaml`, 'entities: []\n');
    await symlink(`${outside}.yaml`, path.join(dir, 'elsewhere.yaml'));
    const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name));
    expect(await refusedRun([dir])).toEqual([
      `${shown('elsewhere.yaml')}:0 (file): a symbolic link to a file outside the seed folder`,
      `${shown('pipe.yaml')}:0 (file): not a regular file: a seed file must be one`,
    ]);
  });
});
