import type { Config } from '../config/env.js';
import { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import type { Logger } from '../logging/logger.js';
import { resolveNeo4j } from '../localNeo4j/resolve.js';
import { SupervisedNeo4j, type LocalNeo4jGaveUpError } from '../localNeo4j/supervisor.js';
import { loadSampleDataIfEmpty } from '../seed/sample.js';
import { createApp } from './app.js';
import { Readiness } from './readiness.js';

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
  /** Graceful: stop accepting, drain in-flight requests, close the driver, stop the local Neo4j. */
  stop(): Promise<void>;
}

/**
 * Brings the whole service up in order: Neo4j (the project's own unless NEO4J_URI is set), the driver,
 * the HTTP listener (so /healthz answers and /readyz says why it is not ready yet), then migrations.
 */
export async function startService(config: Config, log: Logger): Promise<Service> {
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => log.error({ err: error }, 'a shutdown step failed'));
    }
  };
  try {
    const target = await resolveNeo4j(
      config,
      (message) => log.info(message),
      (line) => log.debug({ neo4j: line }, 'neo4j'),
    );
    const local = target.local;
    let localNeo4j: SupervisedNeo4j | undefined;
    if (local) {
      log.info({ pid: local.pid, uri: local.uri, dataDir: local.dataDir }, 'local Neo4j ready');
      const supervised = new SupervisedNeo4j(local, { restart: target.restart!, log });
      localNeo4j = supervised;
      cleanups.push(async () => {
        log.info('stopping the local Neo4j');
        await supervised.stop();
      });
    }
    const uri = target.uri;

    // Every API read and write is one transaction that Neo4j itself stops after TRANSACTION_TIMEOUT
    // (README, "Limits"), so no query can hold the database or the request for long.
    const db = new Database(
      { ...config.neo4j, uri },
      { transactionTimeoutMs: config.limits.transactionTimeoutMs },
    );
    cleanups.push(() => db.close());

    const readiness = new Readiness(db);
    const app = await createApp({ db, readiness, config, log });
    const url = await app.listen(config.http.port, config.http.host);
    cleanups.push(() => app.stop());
    log.info({ url: `${url}/graphql` }, 'GraphQL server listening');

    // Building an index over a large graph, or loading the sample data, takes longer than any API request
    // may: start-up gets a driver of its own without the request budget, closed once done.
    const setup = new Database({ ...config.neo4j, uri }, { patient: true });
    try {
      log.info(await migrate(setup), 'migrations applied');
      await loadSampleDataIfEmpty(setup, log);
    } finally {
      await setup.close();
    }
    readiness.markMigrated();
    log.info('ready');

    return {
      url,
      db,
      localNeo4j,
      failed: localNeo4j?.failed ?? new Promise(() => undefined),
      stop: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
