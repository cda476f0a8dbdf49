/** One thing wrong in the seed input, located to the line a data editor has to change. */
export interface Problem {
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
