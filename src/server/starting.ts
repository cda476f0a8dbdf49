import type { RequestHandler } from 'express';
import { ERROR_CODES } from '../errors/codes.js';
import type { Readiness } from './readiness.js';
import { requestIdOf } from '../request/middleware.js';

/** Start-up stages last seconds: asking again sooner only adds load. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Until start-up has finished (src/server/service.ts), GraphQL requests are answered at once with HTTP 503,
 * Retry-After and a SERVICE_UNAVAILABLE error naming the stage, in the shape every other GraphQL error
 * has, instead of a refused connection or a half-migrated database.
 */
export function refuseWhileStarting(readiness: Readiness): RequestHandler {
  return (_req, res, next) => {
    const stage = readiness.startupStage;
    if (!stage) return next();
    res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.json({
      errors: [
        {
          message: `The server is starting (${stage}) and does not answer queries yet; try again in a few seconds.`,
          extensions: { code: ERROR_CODES.SERVICE_UNAVAILABLE, stage, requestId: requestIdOf(res) },
        },
      ],
    });
  };
}
