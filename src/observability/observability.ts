import type { RequestHandler } from 'express';
import type { Database } from '../db/database.js';
import { createFormatError } from '../server/formatError.js';
import type { Logger } from '../logging/logger.js';
import { requestRecordPlugin } from './apolloPlugin.js';
import { DatabaseAvailability, type AvailabilityOptions } from '../db/circuitBreaker.js';
import { Metrics } from './metrics.js';
import { metricsEndpoint } from './metricsEndpoint.js';
import { linkRecordToScope, observeRequest } from './requestLog.js';
import { noteErrorCode } from './requestRecord.js';

export interface ObservabilityOptions {
  db: Database;
  log: Logger;
  production: boolean;
  metricsEnabled: boolean;
  availability?: AvailabilityOptions;
}

/**
 * Everything operations needs from one app, built in one place so that src/server/app.ts only mounts it:
 * the per-request log line, metrics, error masking and the fast refusal while Neo4j is away.
 */
export function createObservability({
  db,
  log,
  production,
  metricsEnabled,
  availability,
}: ObservabilityOptions) {
  const breaker = new DatabaseAvailability(db, log, availability);
  const metrics = metricsEnabled ? new Metrics({ db, databaseUp: () => breaker.up }) : undefined;
  return {
    breaker,
    metrics,
    /** Right after assignRequestId on /graphql. */
    observeRequest: observeRequest(log, metrics),
    /** Right after requestScope on /graphql. */
    linkRecordToScope,
    apolloPlugin: requestRecordPlugin(),
    formatError: createFormatError({ log, production, onError: noteErrorCode }),
    /** GET /metrics, or undefined when METRICS_ENABLED is false. */
    metricsEndpoint: metrics && (metricsEndpoint(metrics) as RequestHandler),
    stop(): void {
      breaker.stop();
      metrics?.stop();
    },
  };
}
