import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { projectRoot } from '../../src/config/paths.js';

/** The user documentation: README.md and the pages of docs/ (not its subfolders), paths from the root. */
export function docFiles(): string[] {
  const pages = readdirSync(path.join(projectRoot, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => `docs/${file}`);
  return ['README.md', ...pages];
}

export function readDoc(file: string): string {
  return readFileSync(path.join(projectRoot, file), 'utf8');
}

/** A ```graphql block directly followed by a ```json block: a question and the answer it gets. */
export interface DocExample {
  file: string;
  query: string;
  answer: unknown;
}

export function questionsWithAnswers(files = docFiles()): DocExample[] {
  return files.flatMap((file) =>
    [
      ...readDoc(file).matchAll(/```graphql\n((?:(?!```)[\s\S])*)```\s*```json\n((?:(?!```)[\s\S])*)```/g),
    ].map(([, query, answer]) => {
      try {
        return { file, query: query!, answer: JSON.parse(answer!) as unknown };
      } catch (error) {
        throw new Error(
          `${file}: the json block after ${query!.split('\n')[1]} is not JSON: ${String(error)}`,
          { cause: error },
        );
      }
    }),
  );
}

/**
 * Every ```graphql block that a client could send: operations and fragments, not SDL (a page explaining the
 * schema may show type definitions in the same kind of block).
 */
export function operationBlocks(files = docFiles()): { file: string; document: string }[] {
  return files.flatMap((file) =>
    [...readDoc(file).matchAll(/```graphql\n((?:(?!```)[\s\S])*)```/g)]
      .map((m) => ({ file, document: m[1]! }))
      .filter(({ document }) => isExecutable(document)),
  );
}

function isExecutable(document: string): boolean {
  try {
    return parse(document).definitions.every(
      (d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
    );
  } catch {
    // An abridged SDL excerpt need not parse; anything else that does not is a broken example to report.
    const firstWord = /^(?:\s*#.*\n)*\s*(\w+)/.exec(document)?.[1] ?? '';
    return !TYPE_SYSTEM_WORDS.has(firstWord);
  }
}

const TYPE_SYSTEM_WORDS = new Set([
  'type',
  'extend',
  'input',
  'enum',
  'scalar',
  'interface',
  'union',
  'schema',
  'directive',
]);
