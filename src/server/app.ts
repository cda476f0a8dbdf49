import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Authenticator } from '../auth/caller.js';
import type { Config } from '../config/env.js';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import { apolloLimits } from '../limits/apollo.js';
import { callerOf, clientGate } from '../limits/clientGate.js';
import { ClientLimits } from '../limits/clients.js';
import { jsonBody } from '../limits/httpBody.js';
import type { Logger } from '../logging/logger.js';
import { bookmarksPlugin } from '../request/bookmarks.js';
import { currentScope } from '../request/scope.js';
import { createObservability } from '../observability/observability.js';
import { loadTypeDefs, resolvers } from '../schema.js';
import type { Readiness } from './readiness.js';
import { assignRequestId, requestScope } from '../request/middleware.js';
import { refuseWhileStarting } from './starting.js';
import { operationRunner, type OperationRunner } from './warmUp.js';

export interface AppOptions {
  db: Database;
  readiness: Readiness;
  config: Config;
  log: Logger;
}

export interface App {
  httpServer: http.Server;
  listen(port: number, host: string): Promise<string>;
  /** Runs an operation through Apollo, limits and resolvers, as a request would (the warm-up's). */
  runOperation: OperationRunner;
  /** Stops accepting, lets in-flight requests finish (10 s at most), then closes the listener. */
  stop(): Promise<void>;
}

/**
 * Answers depend on the caller's key and on data that changes with every write: no cache (browser,
 * proxy or CDN) may keep one, GET queries included.
 */
const neverCached: express.RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** The HTTP surface: GraphQL at /graphql, liveness at /healthz, readiness at /readyz. */
export async function createApp({ db, readiness, config, log }: AppOptions): Promise<App> {
  const production = config.production;
  const expressApp = express();
  expressApp.disable('x-powered-by');
  // An answer is never reused (see neverCached), so hashing every body for an ETag is work for nothing.
  expressApp.disable('etag');
  const httpServer = http.createServer(expressApp);
  // Behind N proxies, the client's address is the Nth from the right of X-Forwarded-For (req.ip).
  if (config.limits.trustProxy > 0) expressApp.set('trust proxy', config.limits.trustProxy);

  const authenticator = new Authenticator(config.auth);
  const ops = createObservability({
    db,
    log,
    production,
    metricsEnabled: config.metricsEnabled,
  });
  const clients = new ClientLimits({
    maxConcurrent: config.limits.clientMaxConcurrent,
    costBudget: config.limits.clientCostBudget,
    costRefill: config.limits.clientCostRefill,
  });
  // Depth, aliases, tokens, node count, cost, per-client budget, introspection, suggestions: src/limits.
  const limits = apolloLimits(config, clients);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    ...limits,
    // src/main.ts owns the signals: it drains this server, then closes the driver and the local Neo4j.
    stopOnTerminationSignals: false,
    // Client errors keep their message, everything else is masked and logged (src/server/formatError.ts);
    // stack traces stay in the logs in every environment.
    formatError: ops.formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default cache-control plugin runs a hook on every field of every answer to compute cache
      // hints the schema never gives; its only effect here was `no-store`, which neverCached sets instead.
      ApolloServerPluginCacheControlDisabled(),
      bookmarksPlugin,
      ops.apolloPlugin,
      ...limits.plugins,
    ],
  });
  await apollo.start();

  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_req, res) => {
    const report = await readiness.check();
    if (report.ready) res.json({ status: 'ready' });
    else if (report.starting) res.status(503).json({ status: 'starting', stage: report.stage });
    else res.status(503).json({ status: 'unavailable', reason: report.reason });
  });
  if (ops.metricsEndpoint) expressApp.get('/metrics', ops.metricsEndpoint);
  expressApp.use(
    '/graphql',
    neverCached,
    assignRequestId,
    refuseWhileStarting(readiness),
    ops.observeRequest,
    clientGate(clients, authenticator),
    ...jsonBody(config.limits.maxBodyBytes),
    requestScope,
    ops.linkRecordToScope,
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(db, currentScope()!, callerOf(res)),
    }),
  );

  return {
    httpServer,
    runOperation: operationRunner(apollo, db),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: bound } = httpServer.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
        });
      }),
    stop: async () => {
      await apollo.stop();
      ops.stop();
    },
  };
}
