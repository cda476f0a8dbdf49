import type { RequestHandler } from 'express';
import type { Metrics } from './metrics.js';

/** GET /metrics in Prometheus' text format. */
export function metricsEndpoint(metrics: Metrics): RequestHandler {
  return async (_req, res, next) => {
    try {
      const body = await metrics.registry.metrics();
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.send(body);
    } catch (error) {
      next(error);
    }
  };
}
