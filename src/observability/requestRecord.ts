import { currentScope, type RequestScope } from '../request/scope.js';

/**
 * What the one log line and the metrics of a /graphql request need, gathered by the layers that know
 * each part: Express (status, timing, even for requests refused before GraphQL), the Apollo plugin
 * (operation), formatError (error codes) and the request scope (database round trips and time).
 */
export interface RequestRecord {
  requestId: string;
  startedAt: number;
  /** Set once the body has been read and the scope opened; missing for requests refused before that. */
  scope?: RequestScope;
  /** The operation GraphQL resolved: null when it has no name, undefined when none was resolved. */
  operationName?: string | null;
  operationType?: string;
  errorCodes: string[];
}

/**
 * Keyed by scope because the Apollo layers see the scope (through AsyncLocalStorage) but not the Express
 * response; weak, so a record goes with its request.
 */
const records = new WeakMap<RequestScope, RequestRecord>();

export function linkRecord(scope: RequestScope, record: RequestRecord): void {
  record.scope = scope;
  records.set(scope, record);
}

/** The record of the request being served, if it is a /graphql request. */
export function currentRecord(): RequestRecord | undefined {
  const scope = currentScope();
  return scope && records.get(scope);
}

/** Called by formatError for every error a client is sent, under the code it is sent with. */
export function noteErrorCode(code: string): void {
  currentRecord()?.errorCodes.push(code);
}
