import { setTimeout as sleep } from 'node:timers/promises';
import neo4jDriver from 'neo4j-driver';
import type { LocalNeo4jSettings } from '../../src/config/env.js';
import { freePort, isPortFree } from '../../src/localNeo4j/ports.js';

/** Small memory settings: the suite may run a few Neo4j servers side by side on a 2-core machine. */
export async function testNeo4jSettings(dataDir: string): Promise<LocalNeo4jSettings> {
  return { boltPort: await freePort(), dataDir, heap: '512m', pageCache: '128m', startTimeoutMs: 120_000 };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits up to `timeoutMs` for the JVM to be gone and its Bolt port to be free; throws otherwise. */
export async function assertStopped(pid: number, port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid) && (await isPortFree(port))) return;
    await sleep(200);
  }
  throw new Error(
    `Neo4j JVM ${pid} is ${isAlive(pid) ? 'still running' : 'gone'} and port ${port} is ${(await isPortFree(port)) ? 'free' : 'still bound'} ${timeoutMs} ms after it was told to stop`,
  );
}

/**
 * Whether Neo4j answers a query now, asked with a fresh driver each time, so that nothing of an app's
 * own driver (pool, routing table, back-off) is measured.
 */
export async function answersQueries(uri: string, password: string): Promise<boolean> {
  const driver = neo4jDriver.driver(uri, neo4jDriver.auth.basic('neo4j', password), {
    connectionTimeout: 1000,
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
