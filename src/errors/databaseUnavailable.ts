import { Neo4jError } from 'neo4j-driver';

/**
 * Raised by us, not by the driver, when Neo4j is known to be away (src/db/circuitBreaker.ts):
 * the request is refused at once instead of spending the driver's connect and retry budgets on it.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

/** Neo4jError codes that mean "no server to talk to", as opposed to a problem with the query itself. */
const UNREACHABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * The driver reports some losses of the server without a code of their own (its pool's errors carry
 * "N/A"), and Node reports refused or reset sockets in the message only; these are matched by message.
 */
const UNREACHABLE_MESSAGES =
  /Connection acquisition timed out|Failed to connect|ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|Could not perform discovery|No routing servers available|Pool is closed/i;

/**
 * True when an error means the database could not be reached (stopped, restarting, frozen, network gone,
 * pool exhausted), so the client should be told SERVICE_UNAVAILABLE and may retry; false for errors in
 * the query, the data or our code, which are internal errors.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  if (error instanceof Neo4jError && UNREACHABLE_CODES.has(error.code)) return true;
  if (error instanceof Neo4jError && error.code.startsWith('Neo.')) return false;
  return UNREACHABLE_MESSAGES.test(error.message);
}
