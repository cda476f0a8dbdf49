import { ConfigError } from '../config/env.js';
import { LocalNeo4jError } from '../localNeo4j/preflight.js';

/**
 * Runs a command-line entry point and turns the errors a user can fix (bad settings, no Java, a port in
 * use) into one plain message and exit code 1, without a stack trace; anything else is a bug and shows one.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
