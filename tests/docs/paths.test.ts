import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';

/**
 * The map of the code is only useful while it is true: every path into the repository that the docs and
 * the code's comments name (src/…, tests/…, bench/…, scripts/…, seed/…, schema/…, docs/…, examples/…) must
 * lead to a file or folder that exists, so a module that moves takes its mentions along.
 */
const NAMED_PATH =
  /(?<![\w./-])((?:src|tests|bench|scripts|seed|schema|docs|examples)\/[\w./-]*[\w/])(?=[^\w]|$)/g;

/**
 * Paths that name a pattern, a file made at run time, or a file of the reader's own (a seed file they
 * write, the Java project under scripts/neo4j/), not one in this repository.
 */
const NOT_IN_REPOSITORY = [
  /\*/,
  /\.\.\./,
  /^bench\/results\/./,
  /^seed\/sources\/(new-file|2018-05-02-sana-dumayr)\.yaml$/,
  /^src\/main\/java\//,
];

/** Files about other projects: the frontend recipe (another repository) and tests that build throwaway ones. */
const ABOUT_OTHER_PROJECTS = [
  'docs/frontend.md',
  'tests/codegen/frontend.test.ts',
  'tests/config/build.test.ts',
];

function trackedTextFiles(): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return files
    .split('\n')
    .filter((file) => /\.(ts|md|graphql|cjs|yaml|yml)$/.test(file))
    .filter((file) => !file.startsWith('src/generated/') && !ABOUT_OTHER_PROJECTS.includes(file))
    .filter((file) => existsSync(path.join(projectRoot, file)));
}

function namedPaths(): { file: string; named: string }[] {
  return trackedTextFiles().flatMap((file) =>
    [...readFileSync(path.join(projectRoot, file), 'utf8').matchAll(NAMED_PATH)]
      .map((match) => match[1]!.replace(/[.]+$/, ''))
      .filter((named) => !NOT_IN_REPOSITORY.some((pattern) => pattern.test(named)))
      .map((named) => ({ file, named })),
  );
}

describe('paths named in docs and comments', () => {
  it('finds the paths it checks', () => {
    expect(namedPaths().length).toBeGreaterThan(100);
  });

  it('lead to files and folders that exist', () => {
    const missing = namedPaths()
      .filter(({ named }) => !['', '.ts'].some((ext) => existsSync(path.join(projectRoot, named + ext))))
      .map(({ file, named }) => `${file}: ${named}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
