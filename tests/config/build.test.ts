import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';

const scripts = (
  JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

let dir: string;
/** Runs `npm run build`'s command in a small project built with this repository's tsconfig files. */
const build = () =>
  execFileSync('sh', ['-c', scripts.build!], {
    cwd: dir,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, PATH: `${path.join(projectRoot, 'node_modules/.bin')}:${process.env.PATH}` },
  });
const modified = async (file: string) => (await stat(path.join(dir, file))).mtimeMs;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-build-'));
  for (const file of ['tsconfig.json', 'tsconfig.build.json']) {
    await copyFile(path.join(projectRoot, file), path.join(dir, file));
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  await mkdir(path.join(dir, 'src'));
  await writeFile(
    path.join(dir, 'src/main.ts'),
    "import { answer } from './answer.js';\nconsole.log(answer);\n",
  );
  await writeFile(path.join(dir, 'src/answer.ts'), 'export const answer = 41;\n');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('`npm start` builds first (prestart), cheaply when nothing changed', () => {
  it('runs the build before every start', () => {
    expect(scripts.prestart).toMatch(/npm run build/);
  });

  it('compiles once; a second build with nothing changed writes nothing; a changed source is compiled again', async () => {
    build();
    expect(await readFile(path.join(dir, 'dist/src/answer.js'), 'utf8')).toContain('answer = 41');
    const [main, answer] = [await modified('dist/src/main.js'), await modified('dist/src/answer.js')];

    build();
    expect(await modified('dist/src/main.js')).toBe(main);
    expect(await modified('dist/src/answer.js')).toBe(answer);

    await writeFile(path.join(dir, 'src/answer.ts'), 'export const answer = 42;\n');
    build();
    expect(await readFile(path.join(dir, 'dist/src/answer.js'), 'utf8')).toContain('answer = 42');
  });
});
