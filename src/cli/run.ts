import { ConfigError } from '../config/env.js';
import { GenerateRefusedError } from '../generate/errors.js';
import { LocalNeo4jError } from '../localNeo4j/preflight.js';
import { SeedTooLargeError, SeedValidationError } from '../ingest/problems.js';
import { UsageError } from './usage.js';

/**
 * Runs a command-line entry point and turns the errors a user can fix (bad settings, no Java, a port in
 * use, invalid seed files, a database the generator may not write into) into one plain message and exit code 1, without a stack trace; anything else is a bug and shows one.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const expected =
      error instanceof ConfigError ||
      error instanceof LocalNeo4jError ||
      error instanceof SeedValidationError ||
      error instanceof SeedTooLargeError ||
      error instanceof GenerateRefusedError ||
      error instanceof UsageError;
    console.error(expected ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
}
