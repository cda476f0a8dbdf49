import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import { BookmarkHeaderError, BOOKMARKS_HEADER, parseBookmarks } from './bookmarks.js';
import { newScope, runInScope } from './scope.js';

/** A client's own request id is kept (to follow one call across services) if it is plainly an id. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Names the request first of all, so even a refused body is answered with an id the logs know. */
export const assignRequestId: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('X-Request-Id', requestId);
  next();
};

export const requestIdOf = (res: { locals: Record<string, unknown> }): string =>
  String(res.locals.requestId ?? 'unknown');

/**
 * Opens the request's scope (src/request/scope.ts) around everything that serves it. It must come after
 * the body parser: AsyncLocalStorage does not follow a request body's stream events.
 */
export const requestScope: RequestHandler = (req, res, next) => {
  let bookmarks: string[];
  try {
    bookmarks = parseBookmarks(req.get(BOOKMARKS_HEADER));
  } catch (error) {
    if (!(error instanceof BookmarkHeaderError)) throw error;
    res.status(400).json({
      errors: [
        {
          message: error.message,
          extensions: { code: 'BAD_REQUEST', header: BOOKMARKS_HEADER, requestId: requestIdOf(res) },
        },
      ],
    });
    return;
  }
  runInScope(newScope(requestIdOf(res), bookmarks, String(res.locals.client ?? 'address:unknown')), next);
};
