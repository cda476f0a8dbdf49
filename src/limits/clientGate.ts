import type { RequestHandler, Response } from 'express';
import type { Authenticator, Caller } from '../auth/caller.js';
import { ERROR_CODES } from '../errors/codes.js';
import { requestIdOf } from '../request/middleware.js';
import { addressClient, type ClientLimits } from './clients.js';
import type { LimitName } from './errors.js';

/**
 * The caller the gate found (the key is hashed once per request), or the refusal of its key, which GraphQL
 * then reports with its own clear error.
 */
export function callerOf(res: Response): Caller | null {
  const found = res.locals.authenticated as { caller?: Caller | null; error?: unknown } | undefined;
  if (!found) throw new Error('clientGate must run before the request is answered');
  if ('error' in found) throw found.error;
  return found.caller ?? null;
}

/** The client a request is counted against (src/limits/clients.ts), as the gate named it. */
export const clientOf = (res: Response): string => String(res.locals.client ?? 'address:unknown');

/** A 429 with `Retry-After`, in the shape of every other refusal. */
export function tooManyRequests(res: Response, message: string, limit: LimitName, retryAfterSeconds: number) {
  res
    .status(429)
    .setHeader('Retry-After', String(retryAfterSeconds))
    .json({
      errors: [
        {
          message,
          extensions: {
            code: ERROR_CODES.TOO_MANY_REQUESTS,
            limit,
            retryAfter: retryAfterSeconds,
            requestId: requestIdOf(res),
          },
        },
      ],
    });
}

/**
 * Names the request's client and holds its place among the client's requests in flight until the
 * response is done (or the connection dropped). Runs before the body is read, so a client over its limit
 * costs a header parse. A bad key is not refused here: the client is then its address, and GraphQL
 * refuses the key with its own clear error (callerOf).
 */
export function clientGate(limits: ClientLimits, authenticator: Authenticator): RequestHandler {
  return (req, res, next) => {
    let client: string;
    try {
      const caller = authenticator.authenticate(req.headers);
      res.locals.authenticated = { caller };
      client = caller ? `key:${caller.name}` : addressClient(req.ip);
    } catch (error) {
      res.locals.authenticated = { error };
      client = addressClient(req.ip);
    }
    res.locals.client = client;
    const entered = limits.enter(client);
    if (typeof entered !== 'function') {
      tooManyRequests(
        res,
        `Too many requests at once: this client already has ${limits.settings.maxConcurrent} in flight (CLIENT_MAX_CONCURRENT). Wait for an answer before sending more.`,
        'CLIENT_MAX_CONCURRENT',
        entered.retryAfterSeconds,
      );
      return;
    }
    res.once('close', entered);
    next();
  };
}
