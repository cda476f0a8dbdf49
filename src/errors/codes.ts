import { GraphQLError } from 'graphql';

/** Every error a client can see carries one of these in `extensions.code`. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function notFound(what: string, id: string, argument: string): GraphQLError {
  return new GraphQLError(`No ${what} has id "${id}" (argument \`${argument}\`).`, {
    extensions: { code: ERROR_CODES.NOT_FOUND, argument, id },
  });
}
