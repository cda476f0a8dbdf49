import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { formatProblem, SeedValidationError } from '../../src/ingest/problems.js';
import { testDatabase } from '../helpers/database.js';
import { fixture, graphSnapshot } from '../helpers/seed.js';

/** The problems of a seed run that must be refused, once it is checked that the run wrote nothing. */
export async function refusedRun(paths: string[]): Promise<string[]> {
  const before = await graphSnapshot();
  const error = await runSeed(testDatabase(), { paths }).catch((e: unknown) => e);
  if (!(error instanceof SeedValidationError)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(await graphSnapshot()).toBe(before);
  return error.problems.map(formatProblem);
}

/** A copy of the good fixture (tests/fixtures/seed/good) in a new temporary folder. */
export async function goodCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-seed-'));
  await cp(fixture('good'), dir, { recursive: true });
  return dir;
}

/** A path as problems show it: relative to the working directory. */
export const shown = (file: string) => path.relative(process.cwd(), file);
