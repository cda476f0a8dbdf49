import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../errors/codes.js';
import type { Caller } from './caller.js';
import { unauthenticated } from './caller.js';
import { hasRole, type Role } from './roles.js';

/** The caller, if their role is at least `needed`; UNAUTHENTICATED without a key, FORBIDDEN with too low a role. */
export function requireRole(caller: Caller | null, needed: Role, what: string): Caller {
  if (!caller)
    throw unauthenticated(
      `${what} needs an API key with the ${needed} role: send "Authorization: Bearer <key>".`,
    );
  if (!hasRole(caller.role, needed)) {
    throw new GraphQLError(
      `${what} needs the ${needed} role; the key "${caller.name}" has the ${caller.role} role.`,
      {
        extensions: { code: ERROR_CODES.FORBIDDEN, http: { status: 403 } },
      },
    );
  }
  return caller;
}
