import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { clippedPath } from '../logging/clip.js';
import type { Logger } from '../logging/logger.js';
import { BOOKMARKS_HEADER } from '../request/bookmarks.js';
import { currentScope } from '../request/scope.js';
import { ERROR_CODES } from '../errors/codes.js';
import { isBookmarkRefused } from '../errors/bookmarkRefused.js';
import { isDatabaseUnavailable } from '../errors/databaseUnavailable.js';

const CODE_SHAPE = /^[A-Z][A-Z0-9_]{2,63}$/;

export const SERVICE_UNAVAILABLE_MESSAGE =
  'The database is unavailable at the moment; try again in a few seconds. A mutation may have been applied all the same: repeat it with the same idempotencyKey, and it is written at most once.';

export interface FormatErrorOptions {
  log: Logger;
  /** Development keeps the original message in `extensions.detail` for whoever runs the server. */
  production: boolean;
  /** Told the code of every error sent (the request's log line and the error metrics). */
  onError?: (code: string) => void;
}

/**
 * Apollo gives INTERNAL_SERVER_ERROR to every error that arrives without a code: driver and Cypher errors,
 * TypeErrors, graphql-js's "Cannot return null". Any other code was set on purpose, by our resolvers
 * (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN), the limits (GRAPHQL_VALIDATION_FAILED,
 * QUERY_TIMEOUT, ...) or Apollo about the request itself (GRAPHQL_PARSE_FAILED, PERSISTED_QUERY_NOT_FOUND,
 * BAD_REQUEST), together with a message written for the client: those pass, so a new code needs no
 * change here.
 */
function isForClients(code: unknown): code is string {
  return typeof code === 'string' && CODE_SHAPE.test(code) && code !== ERROR_CODES.INTERNAL_SERVER_ERROR;
}

/**
 * Apollo refuses some requests with a GraphQLError that has an HTTP 4xx status but no code (a persisted
 * query whose hash does not match its query, an unknown `extensions.persistedQuery` version or shape): the
 * client's mistake, which without a code would be masked as INTERNAL_SERVER_ERROR. Returns a message for
 * the client, or undefined for anything else.
 */
function clientRequestMistake(original: unknown): string | undefined {
  if (!(original instanceof Error)) return undefined;
  const { extensions, path, originalError } = original as {
    extensions?: { http?: { status?: unknown } };
    path?: unknown;
    originalError?: unknown;
  };
  const status = extensions?.http?.status;
  if (path !== undefined || originalError || typeof status !== 'number' || status < 400 || status >= 500) {
    return undefined;
  }
  if (original.message === 'Unsupported persisted query version') {
    return '`extensions.persistedQuery` must be an object { version: 1, sha256Hash: "<hex SHA-256 of the query>" }: only version 1 is supported.';
  }
  if (original.message === 'provided sha does not match query') {
    return '`extensions.persistedQuery.sha256Hash` is not the SHA-256 (hex) of the `query` sent with it.';
  }
  return original.message.slice(0, 300);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}

/**
 * Apollo's formatError: every error leaves with `extensions.requestId` (the X-Request-Id the logs use),
 * a client error keeps its message and code, an unreachable database becomes SERVICE_UNAVAILABLE, and
 * everything else becomes INTERNAL_SERVER_ERROR with no trace of its message, Cypher or stack: those go
 * to the log under the same request id. Stack traces are never sent (see app.ts), in any environment.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const sent = format(formatted, error, options);
    options.onError?.(String(sent.extensions?.code));
    return sent;
  };
}

function format(
  formatted: GraphQLFormattedError,
  error: unknown,
  { log, production }: FormatErrorOptions,
): GraphQLFormattedError {
  const requestId = currentScope()?.requestId ?? 'unknown';
  const original = unwrapResolverError(error);
  const where = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  const code = formatted.extensions?.code;

  if (isDatabaseUnavailable(original)) {
    // The breaker logs the outage once; each request's line already carries the code.
    log.debug(
      { requestId, path: clippedPath(formatted.path), reason: firstLine(original) },
      'database unavailable',
    );
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      ...where,
      extensions: { code: ERROR_CODES.SERVICE_UNAVAILABLE, requestId },
    };
  }

  if (isBookmarkRefused(original)) {
    return {
      message: `${BOOKMARKS_HEADER}: the database cannot use these bookmarks (${
        original.code.endsWith('BookmarkTimeout')
          ? 'it has not seen that write in time; retry'
          : 'they are not ones it gave out'
      }). Send the header of a mutation's response as it was.`,
      ...where,
      extensions: { code: 'BAD_REQUEST', header: BOOKMARKS_HEADER, requestId },
    };
  }

  const mistake = code === ERROR_CODES.INTERNAL_SERVER_ERROR ? clientRequestMistake(original) : undefined;
  if (mistake !== undefined) {
    return { message: mistake, ...where, extensions: { code: 'BAD_REQUEST', requestId } };
  }

  if (isForClients(code)) {
    const extensions = { ...formatted.extensions };
    delete extensions.stacktrace;
    return { ...formatted, extensions: { ...extensions, code, requestId } };
  }

  log.error({ requestId, path: clippedPath(formatted.path), err: original }, 'internal error');
  return {
    message: `Internal error (request id ${requestId})`,
    ...where,
    extensions: {
      code: ERROR_CODES.INTERNAL_SERVER_ERROR,
      requestId,
      ...(production ? {} : { detail: firstLine(original) }),
    },
  };
}
