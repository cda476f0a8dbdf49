import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { testDatabase } from './database.js';
import { emptyGraph } from './seed.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './server.js';

/** The HTTP server over a graph holding exactly the sample dataset (and any extra seed paths). */
export async function seededServer(...extraPaths: string[]): Promise<TestServer> {
  return seededServerWith({}, ...extraPaths);
}

/** The same, configured by environment variables (API keys, limits, ...). */
export async function seededServerWith(
  env: Record<string, string>,
  ...extraPaths: string[]
): Promise<TestServer> {
  await emptyGraph();
  await runSeed(testDatabase(), { paths: [SEED_DIR, ...extraPaths] });
  return startTestServer({ env });
}

/** The data of a response that must have no errors, with the errors in the failure message if it has. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** The one error of a response that must fail, with its code. */
export function errorOf(response: GraphQLResponse): { message: string; code: unknown; argument?: unknown } {
  const [error] = response.errors ?? [];
  if (!error) throw new Error(`Expected an error, got data ${JSON.stringify(response.data)}`);
  return { message: error.message, code: error.extensions?.code, argument: error.extensions?.argument };
}
