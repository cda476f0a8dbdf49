import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../errors/codes.js';

/**
 * Codes of the refusals this folder makes, in `extensions.code`. Refusals of the query itself use Apollo's
 * own GRAPHQL_VALIDATION_FAILED (Apollo forces that code on every validation rule's error anyway), so a
 * client handles every "ask for less" the same way; `extensions.limit` then names the setting that refused.
 * A malformed HTTP body gets BAD_REQUEST, the code Apollo gives its own HTTP-level refusals.
 */
export const LIMIT_CODES = {
  GRAPHQL_VALIDATION_FAILED: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  BAD_REQUEST: ApolloServerErrorCode.BAD_REQUEST,
  PAYLOAD_TOO_LARGE: ERROR_CODES.PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE: ERROR_CODES.UNSUPPORTED_MEDIA_TYPE,
  QUERY_TIMEOUT: ERROR_CODES.QUERY_TIMEOUT,
} as const;

/** The environment variables behind the query limits, as `extensions.limit` and docs/limits.md name them. */
export type LimitName =
  | 'MAX_DEPTH'
  | 'MAX_ALIASES'
  | 'MAX_DIRECTIVES'
  | 'MAX_TOKENS'
  | 'MAX_NODES'
  | 'MAX_COST'
  | 'CLIENT_MAX_CONCURRENT'
  | 'CLIENT_COST_BUDGET';

/**
 * A query refused before it ran. The HTTP status rides in `extensions.http`, which Apollo turns into the
 * response status and strips: without it an error thrown from a plugin hook comes out as a 500.
 */
export function queryRefused(message: string, limit: LimitName, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, {
    extensions: {
      code: LIMIT_CODES.GRAPHQL_VALIDATION_FAILED,
      limit,
      ...extra,
      http: { status: 400 },
    },
  });
}
