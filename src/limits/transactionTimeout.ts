import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { LIMIT_CODES } from './errors.js';

/**
 * Neo4j's codes for a transaction it ended because it outran the timeout the driver sent with it
 * (`TransactionTimedOutClientConfiguration`, Neo4j 5) or the server's own `db.transaction.timeout`.
 */
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;

/** By the error's code alone: like graphql-js, neo4j-driver may be loaded twice under vitest. */
export const isTransactionTimeout = (error: unknown): boolean =>
  error instanceof Error && TIMED_OUT.test(String((error as { code?: unknown }).code));

const seconds = (ms: number) => `${ms / 1000} s`;

/**
 * Each read and write is one Neo4j transaction with TRANSACTION_TIMEOUT as its timeout (src/db/database.ts),
 * so a runaway query is stopped by the database itself, and the driver does not retry it. Here the
 * driver's error, which would reach the client as an INTERNAL_SERVER_ERROR quoting Neo4j, becomes one that
 * says what happened and what to do. The rest of the answer (fields that did not need that transaction)
 * is still sent, as for any field error.
 */
export function transactionTimeoutPlugin(timeoutMs: number): ApolloServerPlugin<BaseContext> {
  const message =
    `The database stopped this query after ${seconds(timeoutMs)}, the time allowed per query. ` +
    'Ask for less: smaller pages (`first`), fewer nested connections, narrower filters.';
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!isTransactionTimeout(error.originalError)) continue;
            error.message = message;
            Object.assign(error.extensions, {
              code: LIMIT_CODES.QUERY_TIMEOUT,
              limit: 'TRANSACTION_TIMEOUT',
            });
          }
        },
      };
    },
  };
}
