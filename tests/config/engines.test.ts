import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('Node 20, the version package.json promises (and this suite runs on)', () => {
  it('is one that every locked package accepts: `npm ci` prints no EBADENGINE warning', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-engines-'));
    dirs.push(dir);
    for (const file of ['package.json', 'package-lock.json']) {
      await copyFile(path.join(projectRoot, file), path.join(dir, file));
    }
    // --dry-run checks what the lockfile would install against this Node without installing it.
    const { stdout, stderr } = await run('npm', ['ci', '--dry-run', '--no-audit', '--no-fund'], { cwd: dir });
    expect(`${stdout}${stderr}`).not.toContain('EBADENGINE');
  }, 60_000);
});
