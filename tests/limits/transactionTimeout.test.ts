import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { Database, type Work } from '../../src/db/database.js';
import { createLogger } from '../../src/logging/logger.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { startService } from '../../src/server/service.js';
import { testDatabase } from '../helpers/database.js';
import { startTestServer } from '../helpers/server.js';
import { firstError, post, send } from '../hostile/http.js';

/** Seconds of work for Neo4j, with nothing to show for it: stands for a runaway query. */
const RUNAWAY = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

/**
 * Neo4j checks running transactions against their timeout every 2 s by default
 * (db.transaction.monitor.check.interval), so a stopped transaction comes back within the timeout plus that.
 */
const STOPPED_WITHIN_MS = 300 + 2000 + 2000;

/** The test Neo4j through a Database whose reads each begin with a runaway query, as the service builds it. */
function runawayDatabase(transactionTimeoutMs: number): Database {
  const db = new Database(inject('neo4j'), { transactionTimeoutMs });
  const read = db.read.bind(db);
  db.read = <T>(work: Work<T>) =>
    read(async (tx) => {
      await tx.run(RUNAWAY);
      return work(tx);
    });
  return db;
}

beforeAll(async () => {
  await runSeed(testDatabase(), { paths: [SEED_DIR] });
});

describe('TRANSACTION_TIMEOUT', () => {
  it('stops a runaway query and says so, at once, and the server serves on', async () => {
    const db = runawayDatabase(300);
    const server = await startTestServer({ db, env: { TRANSACTION_TIMEOUT: '300ms' } });
    const response = await post(server.url, '{ entity(id: "place:a-ruheibah") { name } }');
    expect(response.millis).toBeLessThan(STOPPED_WITHIN_MS);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ data: { entity: null } });
    expect(firstError(response)).toMatchObject({
      message:
        'The database stopped this query after 0.3 s, the time allowed per query. ' +
        'Ask for less: smaller pages (`first`), fewer nested connections, narrower filters.',
      path: ['entity'],
      extensions: { code: 'QUERY_TIMEOUT', limit: 'TRANSACTION_TIMEOUT' },
    });
    expect((await send(`${server.url}/healthz`)).status).toBe(200);
    await server.stop();
    await db.close();
  });

  it('is what the service gives its database', async () => {
    const { uri, user, password, database } = inject('neo4j');
    const config = loadConfig({
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: database,
      PORT: '0',
      LOG_LEVEL: 'silent',
      TRANSACTION_TIMEOUT: '300ms',
    });
    const service = await startService(config, createLogger('silent', false));
    try {
      const started = performance.now();
      const error = await service.db.read((tx) => tx.run(RUNAWAY)).catch((e: unknown) => e);
      expect(performance.now() - started).toBeLessThan(STOPPED_WITHIN_MS);
      expect(error).toMatchObject({
        code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/),
      });
      // The same request path stays usable afterwards.
      expect(
        await service.db.read(async (tx) => (await tx.run('RETURN 1 AS one')).records[0]!.get('one')),
      ).toBe(1);
    } finally {
      await service.stop();
    }
  });
});
