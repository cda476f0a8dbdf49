/**
 * What kind of thing is wrong, for code that treats some problems apart (the API rewords UNKNOWN_ID for its
 * callers; the seed drops UNKNOWN_ID when a file it could not read may define the id): never the wording.
 */
export const PROBLEM_CODES = [
  /** The file could not be read, or a path given to the seed names no seed file. */
  'UNREADABLE',
  /** Not YAML, or YAML the seed refuses (an alias bomb). */
  'SYNTAX',
  /** A field missing, of the wrong type or with a value the input schema does not allow. */
  'SHAPE',
  'DUPLICATE_ID',
  /** An id without its type's prefix (place:, faction:, …). */
  'ID_PREFIX',
  /** An entity already in the database as another type. */
  'TYPE_CHANGED',
  'UNKNOWN_ID',
  /** A reference to an entity of a type the field does not take. */
  'WRONG_TYPE',
  /** A statement missing what its kind needs, or carrying what it does not take. */
  'KIND_RULE',
  /** A date after another it must precede. */
  'DATE_ORDER',
  'QUOTE',
  /** An article's text file that cannot be read or is not allowed. */
  'TEXT_FILE',
  /** A place or event within itself. */
  'CYCLE',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One thing wrong in the seed input, located to the line a data editor has to change. */
export interface Problem {
  code: ProblemCode;
  /** The entity id an UNKNOWN_ID problem is about, so a caller can word it for its own readers. */
  id?: string;
  file: string;
  line: number;
  /** Where in the file's structure: statements[3].attributions[0].quote */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line} (${problem.path || 'file'}): ${problem.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed files; nothing was written:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

/** The run is more than Neo4j lets one transaction hold; nothing was written. */
export class SeedTooLargeError extends Error {
  constructor(statements: number, detail: string) {
    super(
      `Neo4j refused to hold ${statements} statements in one transaction, so nothing was written (${detail.split('\n')[0]}). ` +
        "Give it more memory (NEO4J_LOCAL_HEAP for the project's own Neo4j; the transaction limit is 70% of the heap), " +
        'or load the files in smaller groups: each run is still all or nothing.',
    );
    this.name = 'SeedTooLargeError';
  }
}
