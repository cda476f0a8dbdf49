import type { ApolloServerPlugin, BaseContext, GraphQLResponse } from '@apollo/server';
import { ERROR_CODES } from '../errors/codes.js';
import { clipped } from '../logging/clip.js';
import { currentRecord } from './requestRecord.js';

/**
 * Seconds a client is told to wait (Retry-After) when Neo4j is away. The circuit breaker notices Neo4j's
 * return within about a second (a probe every 0.5 s), and a refusal costs next to nothing, so there is no
 * point in asking for longer: 2 s keeps well-behaved clients from spinning without keeping them waiting.
 */
export const RETRY_AFTER_SECONDS = 2;

function errorCodes(response: GraphQLResponse): unknown[] {
  const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

/**
 * Tells the request's record (src/observability/requestRecord.ts) what only GraphQL knows: which
 * operation ran. The log line itself is written by Express when the response is done (requestLog.ts),
 * so requests refused before this plugin runs (CSRF, a malformed body, an unknown API key) get one too.
 *
 * Also gives an answer that carries SERVICE_UNAVAILABLE the HTTP status that says so, 503 with
 * Retry-After: proxies, load balancers and HTTP clients then know to retry without reading the body. It is
 * done here, on the formatted answer, rather than with `extensions.http` on each error, because the
 * driver's own "unreachable" errors reach formatError without one.
 */
export function requestRecordPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const record = currentRecord();
      return {
        async didResolveOperation({ operationName, operation }) {
          if (!record) return;
          // A GraphQL name may be any length: a 900 KB one must not become a 900 KB log line.
          record.operationName = operationName === null ? null : clipped(operationName);
          record.operationType = operation?.operation;
        },
        async willSendResponse({ response }) {
          if (!errorCodes(response).includes(ERROR_CODES.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
