/**
 * After a contender gave up on its requests, Neo4j may still be running their queries: the next timed run
 * would share the machine with them. This waits until no query but its own is running.
 */
import neo4j from 'neo4j-driver';
import type { Neo4jTarget } from './servers.js';

const LIMIT_MS = 180_000;

export async function waitForIdleDatabase(
  target: Neo4jTarget,
  log: (message: string) => void,
): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
  });
  const started = Date.now();
  try {
    for (;;) {
      const { records } = await driver.executeQuery(
        `SHOW TRANSACTIONS YIELD transactionId, currentQuery
         WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
         RETURN count(*) AS running`,
        {},
        { database: target.database },
      );
      const running = records[0]?.get('running') as number;
      if (running === 0) return;
      if (Date.now() - started > LIMIT_MS) {
        log(`  Neo4j still runs ${running} queries after ${LIMIT_MS / 1000} s; going on`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    await driver.close();
  }
}
