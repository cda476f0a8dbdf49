import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRecord } from './requestRecord.js';

/**
 * Tells the request's record (src/observability/requestRecord.ts) what only GraphQL knows: which
 * operation ran. The log line itself is written by Express when the response is done (requestLog.ts),
 * so requests refused before this plugin runs (CSRF, a malformed body, an unknown API key) get one too.
 */
export function requestRecordPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const record = currentRecord();
      if (!record) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          record.operationName = operationName;
          record.operationType = operation?.operation;
        },
      };
    },
  };
}
