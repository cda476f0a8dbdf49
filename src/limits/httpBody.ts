import { isUtf8 } from 'node:buffer';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import express from 'express';
import { requestIdOf } from '../request/middleware.js';
import { LIMIT_CODES } from './errors.js';

/** A byte count as people write it: 1048576 → "1mb". */
export const formatBytes = (bytes: number): string =>
  bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2}mb` : bytes % 1024 === 0 ? `${bytes / 1024}kb` : `${bytes}b`;

interface BodyError extends Error {
  type?: string;
  status?: number;
}

/**
 * Thrown from body-parser's `verify` hook. body-parser decodes bytes that are not UTF-8 into U+FFFD
 * without a word, so an id or a search text would silently change; better to refuse the body.
 */
function notUtf8(): BodyError {
  return Object.assign(new Error('The request body is not valid UTF-8.'), {
    type: 'encoding.invalid',
    status: 400,
  });
}

interface Refusal {
  status: number;
  code: string;
  message: string;
  limit?: string;
}

function refusalFor(error: BodyError, maxBodyBytes: number): Refusal | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: LIMIT_CODES.PAYLOAD_TOO_LARGE,
        message: `The request body is larger than the limit of ${formatBytes(maxBodyBytes)}.`,
        limit: 'MAX_BODY_SIZE',
      };
    case 'entity.parse.failed':
      return {
        status: 400,
        code: LIMIT_CODES.BAD_REQUEST,
        message: `The request body is not valid JSON (${error.message}).`,
      };
    case 'encoding.invalid':
      return { status: 400, code: LIMIT_CODES.BAD_REQUEST, message: error.message };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return {
        status: 415,
        code: LIMIT_CODES.UNSUPPORTED_MEDIA_TYPE,
        message: `${error.message}: send JSON in UTF-8, plain or compressed with gzip, deflate or br.`,
      };
    default:
      // Aborted or truncated uploads and the like: body-parser's 4xx statuses are the client's doing.
      if (error.status !== undefined && error.status >= 400 && error.status < 500) {
        return {
          status: error.status,
          code: LIMIT_CODES.BAD_REQUEST,
          message: `The request body could not be read (${error.message}).`,
        };
      }
      return undefined;
  }
}

/**
 * The JSON body parser of /graphql and the answer to the bodies it refuses: a GraphQL-style JSON error with
 * a code, where Express would send an HTML page with a stack trace. The limit counts the bytes after
 * decompression (gzip, deflate, br), so a small compressed body cannot unpack into a large one.
 */
export function jsonBody(maxBodyBytes: number): (RequestHandler | ErrorRequestHandler)[] {
  const refuse: ErrorRequestHandler = (error: BodyError, _req, res, next) => {
    const refusal = refusalFor(error, maxBodyBytes);
    if (!refusal) {
      next(error);
      return;
    }
    const { status, code, message, limit } = refusal;
    // The request id, as every GraphQL error carries it (src/server/formatError.ts), for the logs.
    const extensions = { code, ...(limit ? { limit } : {}), requestId: requestIdOf(res) };
    res.status(status).json({ errors: [{ message, extensions }] });
  };
  return [
    express.json({
      limit: maxBodyBytes,
      verify: (_req, _res, body, encoding) => {
        if (/^utf-?8$/i.test(encoding) && !isUtf8(body)) throw notUtf8();
      },
    }),
    refuse,
  ];
}
