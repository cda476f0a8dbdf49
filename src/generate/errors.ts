/** Options the generator cannot make a graph of (too few or too many statements, a bad seed). */
export class GenerateOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GenerateOptionsError';
  }
}

/** The database is not one the generator may write into (it holds data); nothing was changed. */
export class GenerateRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GenerateRefusedError';
  }
}
