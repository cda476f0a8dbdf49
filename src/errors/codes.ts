import { GraphQLError } from 'graphql';

/** Every error a client can see carries one of these in `extensions.code`. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Writes: the id is taken, the statement already retracted, or the idempotency key used for another write. */
  CONFLICT: 'CONFLICT',
  /** Limits: the client is over its concurrency or cost budget (HTTP 429 with Retry-After). */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** Limits (src/limits): the body is over MAX_BODY_SIZE (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Limits: the body is not JSON in UTF-8, or is compressed in a way the server does not read (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** Limits: Neo4j stopped a transaction that ran longer than TRANSACTION_TIMEOUT. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function notFound(what: string, id: string, argument: string): GraphQLError {
  return new GraphQLError(`No ${what} has id "${id}" (argument \`${argument}\`).`, {
    extensions: { code: ERROR_CODES.NOT_FOUND, argument, id },
  });
}
