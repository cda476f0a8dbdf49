import type { Request, RequestHandler } from 'express';
import type { Logger } from '../logging/logger.js';
import { currentScope } from '../request/scope.js';
import { requestIdOf } from '../request/middleware.js';
import type { Metrics } from './metrics.js';
import { safeName } from './operationLabel.js';
import { linkRecord, type RequestRecord } from './requestRecord.js';

const round = (n: number) => Math.round(n * 10) / 10;
const MAX_VARIABLE_NAMES = 20;

/**
 * What the client asked for, read from the parsed body (or the query string of a GET) whatever became of
 * the request: the operation name, if it looks like one, and the names of the variables. Never their
 * values, which may hold keys, passwords or personal data.
 */
function asked(req: Request): { name?: string; variables?: string[] } {
  const source: unknown = req.method === 'GET' ? req.query : req.body;
  if (!source || typeof source !== 'object') return {};
  const { operationName, variables } = source as { operationName?: unknown; variables?: unknown };
  let names: string[] | undefined;
  if (variables && typeof variables === 'object' && !Array.isArray(variables)) {
    names = Object.keys(variables).slice(0, MAX_VARIABLE_NAMES);
  } else if (typeof variables === 'string') {
    names = ['(as JSON text)'];
  }
  return {
    name: safeName(operationName),
    variables: names?.map((name) => safeName(name) ?? '(odd name)'),
  };
}

/** res.locals key of the record: set by observeRequest, read by linkRecordToScope. */
const RECORD = 'observed';

/**
 * Starts the request's record and writes its one log line (and its metrics) when the response is done,
 * whatever ended it: an answer from Apollo, a refusal before Apollo (too large, not JSON), or a client
 * that went away. Mounted right after assignRequestId so that every one of those is seen.
 *
 * Nothing from the request's headers or variable values is logged: API keys, passwords and personal data
 * can travel in either. The query text is left out too (it may embed literal values).
 */
export function observeRequest(log: Logger, metrics: Metrics | undefined): RequestHandler {
  return (req, res, next) => {
    const record: RequestRecord = {
      requestId: requestIdOf(res),
      startedAt: performance.now(),
      errorCodes: [],
    };
    res.locals[RECORD] = record;
    metrics?.requestStarted();
    // 'close' comes last in every case, after 'finish' when the response was sent in full.
    res.once('close', () => {
      const millis = performance.now() - record.startedAt;
      const request = asked(req);
      const operationName = record.operationName !== undefined ? record.operationName : request.name;
      const line = {
        requestId: record.requestId,
        method: req.method,
        status: res.statusCode,
        operationName: operationName ?? null,
        operationType: record.operationType,
        durationMs: round(millis),
        dbQueries: record.scope?.queries ?? 0,
        dbMs: round(record.scope?.dbMillis ?? 0),
        ...(request.variables?.length ? { variables: request.variables } : {}),
        ...(record.errorCodes.length ? { errorCodes: [...new Set(record.errorCodes)] } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      log.info(line, 'graphql request');
      metrics?.requestFinished({
        operationName: record.operationName,
        seconds: millis / 1000,
        status: res.statusCode,
        errorCodes: record.errorCodes,
      });
    });
    next();
  };
}

/** Mounted after requestScope: from here on the Apollo layers find the record through the scope. */
export const linkRecordToScope: RequestHandler = (_req, res, next) => {
  const record = res.locals[RECORD] as RequestRecord | undefined;
  const scope = currentScope();
  if (record && scope) linkRecord(scope, record);
  next();
};
