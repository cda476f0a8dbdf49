import type { Config } from '../config/env.js';
import { Database } from '../db/database.js';
import { migrate } from '../migrate.js';
import type { Logger } from '../logging/logger.js';
import { neo4jUri, resolveNeo4j } from '../localNeo4j/resolve.js';
import { SupervisedNeo4j, type LocalNeo4jGaveUpError } from '../localNeo4j/supervisor.js';
import { loadSampleDataIfEmpty } from '../seed/sample.js';
import { createApp, type App } from './app.js';
import { Readiness, type StartupStage } from './readiness.js';
import { warmUp } from './warmUp.js';

export interface Service {
  url: string;
  db: Database;
  /** Set when this process started the project's own Neo4j (NEO4J_URI not set); restarted if it dies. */
  localNeo4j?: SupervisedNeo4j;
  /**
   * Resolves if the service cannot go on: its own Neo4j died and would not stay up again
   * (src/localNeo4j/supervisor.ts). Never resolves otherwise. src/main.ts then exits non-zero.
   */
  failed: Promise<LocalNeo4jGaveUpError>;
  /**
   * Graceful: stop accepting, drain in-flight requests, close the driver, stop the local Neo4j. During
   * start-up it also cancels what is under way (a Maven fetch, a JVM coming up) and stops it.
   */
  stop(): Promise<void>;
}

/**
 * Listens first, so that /healthz answers and /readyz names the stage from the first second, then brings
 * the rest up in order: Neo4j (the project's own unless NEO4J_URI is set), migrations, the sample data
 * into an empty database, and a warm-up that asks each question once. GraphQL requests are answered 503
 * until then (src/server/starting.ts).
 *
 * `onListening` gets the service as soon as it listens, so that a Ctrl-C during start-up stops it
 * cleanly (src/main.ts). Resolves once ready; rejects, after stopping whatever was started, if start-up
 * failed; resolves with the stopped service if it was stopped during start-up.
 */
export async function startService(
  config: Config,
  log: Logger,
  onListening?: (service: Service) => void,
): Promise<Service> {
  const { service, ready } = await listen(config, log);
  onListening?.(service);
  await ready;
  return service;
}

async function listen(config: Config, log: Logger): Promise<{ service: Service; ready: Promise<void> }> {
  const cleanups: (() => Promise<void>)[] = [];
  const cancel = new AbortController();
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      cancel.abort();
      await startup.catch(() => undefined);
      for (const cleanup of cleanups.reverse()) {
        await cleanup().catch((error) => log.error({ err: error }, 'a shutdown step failed'));
      }
    })());

  // The driver connects lazily, so it can be made before Neo4j runs: its URI is known in advance. Every
  // API read and write is one transaction that Neo4j itself stops after TRANSACTION_TIMEOUT (README,
  // "Limits"), so no query can hold the database or the request for long.
  const uri = neo4jUri(config);
  const db = new Database(
    { ...config.neo4j, uri },
    { transactionTimeoutMs: config.limits.transactionTimeoutMs },
  );
  cleanups.push(() => db.close());
  const readiness = new Readiness(db);
  readiness.enter(config.neo4j.uri ? 'connecting to Neo4j' : 'starting Neo4j');

  let app: App;
  let url: string;
  try {
    app = await createApp({ db, readiness, config, log });
    url = await app.listen(config.http.port, config.http.host);
  } catch (error) {
    await db.close();
    throw error;
  }
  cleanups.push(() => app.stop());
  log.info({ url: `${url}/graphql` }, 'GraphQL server listening (answering 503 until ready)');

  const service: Service = {
    url,
    db,
    failed: new Promise(() => undefined),
    stop,
  };
  const enter = (stage: StartupStage) => {
    if (cancel.signal.aborted) return;
    readiness.enter(stage);
    log.info({ stage }, `starting: ${stage}`);
  };

  const startup = (async () => {
    const target = await resolveNeo4j(
      config,
      (message) => log.info(message),
      (line) => log.debug({ neo4j: line }, 'neo4j'),
      // Only start-up's stages: a restart by the supervisor later is an outage, which /readyz reports.
      { signal: cancel.signal, onStage: (stage) => readiness.startupStage && enter(stage) },
    );
    const local = target.local;
    if (local) {
      log.info({ pid: local.pid, uri: local.uri, dataDir: local.dataDir }, 'local Neo4j ready');
      const supervised = new SupervisedNeo4j(local, { restart: target.restart!, log });
      service.localNeo4j = supervised;
      service.failed = supervised.failed;
      // Last in the reversed order: Neo4j stops after the API has drained and the driver is closed.
      cleanups.unshift(async () => {
        log.info('stopping the local Neo4j');
        await supervised.stop();
      });
    }
    if (cancel.signal.aborted) return;

    // Building an index over a large graph, loading the sample data or planning every question cold
    // takes longer than any API request may: start-up gets a driver of its own without the request
    // budget, closed once done.
    const setup = new Database({ ...config.neo4j, uri }, { patient: true });
    try {
      enter('migrations');
      log.info(await migrate(setup), 'migrations applied');
      if (cancel.signal.aborted) return;
      enter('loading sample data');
      await loadSampleDataIfEmpty(setup, log);
      if (cancel.signal.aborted) return;
      enter('warming');
      await warmUp(app.runOperation, log, { db: setup, signal: cancel.signal });
    } finally {
      await setup.close();
    }
    if (cancel.signal.aborted) return;
    // The warm-up ran through start-up's driver: the API's opens its first connection now, not on a
    // client's first call. Should Neo4j be gone already, /readyz says so once ready.
    await db.ping(5000).catch(() => undefined);
    readiness.markStarted();
    log.info('ready');
  })();
  const ready = startup.catch(async (error: unknown) => {
    // Stopped during start-up: what failed was cancelled on purpose.
    if (cancel.signal.aborted) return;
    await stop();
    throw error;
  });
  return { service, ready };
}
