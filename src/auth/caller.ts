import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../errors/codes.js';
import { hashKey, type ApiKey } from './keys.js';
import type { Role } from './roles.js';

/** Who is asking: the holder of a valid key, or nobody (open reads). */
export interface Caller {
  name: string;
  role: Role;
}

export type QueryAccess = 'open' | 'keyed';

export interface AuthSettings {
  keys: ApiKey[];
  /** open: anyone may query; keyed: queries need a key too. Mutations always need an editor key. */
  queryAccess: QueryAccess;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ERROR_CODES.UNAUTHENTICATED, http: { status: 401 } },
  });
}

/** The key a request carries: `Authorization: Bearer <key>` or `X-Api-Key: <key>`. */
function keyOf(headers: { authorization?: string; 'x-api-key'?: string | string[] }): string | undefined {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (headers.authorization !== undefined && bearer === undefined) {
    throw unauthenticated('The Authorization header must be "Bearer <API key>".');
  }
  const apiKey = headers['x-api-key'];
  if (Array.isArray(apiKey)) throw unauthenticated('Send one X-Api-Key header, not several.');
  if (bearer !== undefined && apiKey !== undefined && bearer !== apiKey) {
    throw unauthenticated('The Authorization and X-Api-Key headers carry different keys: send one.');
  }
  return bearer ?? apiKey;
}

export class Authenticator {
  private readonly byHash: Map<string, ApiKey>;

  constructor(private readonly settings: AuthSettings) {
    this.byHash = new Map(settings.keys.map((key) => [key.sha256, key]));
  }

  /**
   * The caller of a request. A key that matches none is refused even where no key is needed: a client
   * with a wrong key should hear so at once, not later when it tries to write.
   */
  authenticate(headers: Parameters<typeof keyOf>[0]): Caller | null {
    const key = keyOf(headers);
    if (key === undefined) {
      if (this.settings.queryAccess === 'keyed') {
        throw unauthenticated(
          'This server needs an API key for every request: send "Authorization: Bearer <key>".',
        );
      }
      return null;
    }
    const hash = hashKey(key);
    const match = this.byHash.get(hash);
    // The map lookup finds the candidate; the constant-time comparison decides.
    if (!match || !timingSafeEqual(Buffer.from(match.sha256, 'hex'), Buffer.from(hash, 'hex'))) {
      throw unauthenticated('The API key is not valid.');
    }
    return { name: match.name, role: match.role };
  }
}
