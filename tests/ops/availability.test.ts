import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { DatabaseUnavailableError } from '../../src/errors/databaseUnavailable.js';
import { boltAddressOfUri } from '../../src/db/database.js';
import { DatabaseAvailability } from '../../src/db/circuitBreaker.js';
import { Readiness } from '../../src/server/readiness.js';
import { capturedLogger } from '../helpers/observed.js';

// A driver of its own: these tests take the guard on and off.
const db = new Database(inject('neo4j'));
afterAll(() => db.close());

describe('the circuit breaker in front of Neo4j', () => {
  it('leaves slow work on a healthy server alone: the probe answers, nothing is refused', async () => {
    const logs = capturedLogger('debug');
    const breaker = new DatabaseAvailability(db, logs.log);
    try {
      const slow = db.read(async (tx) => {
        await sleep(1600);
        return (await tx.run('RETURN 1 AS one')).records[0]!.get('one') as number;
      });
      const meanwhile = await db.read(async (tx) => (await tx.run('RETURN 2 AS two')).records[0]!.get('two'));
      expect(meanwhile).toBe(2);
      expect(await slow).toBe(1);
      expect(breaker.up).toBe(true);
      expect(logs.text()).not.toContain('unavailable');
    } finally {
      breaker.stop();
    }
  });

  it('tells busy from away: with every pooled connection held, a probe gets no answer but the handshake does, and nothing is refused', async () => {
    // The app's Database has neo4j-driver's pool of 100: 100 transactions held open leave none for the
    // probe's RETURN 1, as many concurrent slow requests do. Neo4j itself is idle and answers.
    const logs = capturedLogger('debug');
    const breaker = new DatabaseAvailability(db, logs.log);
    const readiness = new Readiness(db);
    readiness.markMigrated();
    try {
      const holding = Array.from({ length: 100 }, () =>
        db.read(async (tx) => {
          await tx.run('RETURN 1');
          await sleep(2500);
          return 1;
        }),
      );
      await sleep(1800);
      const ready = await readiness.check();
      const unrelated = await db.read(async (tx) => (await tx.run('RETURN 2 AS two')).records[0]!.get('two'));
      expect(unrelated).toBe(2);
      expect(ready).toEqual({ ready: true });
      expect(await Promise.all(holding)).toEqual(Array(100).fill(1));
      expect(breaker.up).toBe(true);
      expect(logs.text()).not.toContain('Neo4j is unavailable');
      // The probe did find the query unanswered: that is what this test is about.
      expect(logs.lines().some((line) => line.msg?.startsWith('Neo4j is slow to answer but alive'))).toBe(
        true,
      );
    } finally {
      breaker.stop();
    }
  });

  it('knows the Bolt address of the database (without it, busy could not be told from frozen)', () => {
    const uri = new URL(inject('neo4j').uri);
    expect(db.address).toEqual({ host: uri.hostname, port: Number(uri.port || 7687) });
    expect(boltAddressOfUri('neo4j+s://abcd1234.databases.neo4j.io')).toEqual({
      host: 'abcd1234.databases.neo4j.io',
      port: 7687,
    });
    expect(boltAddressOfUri('bolt://[::1]:7688')).toEqual({ host: '::1', port: 7688 });
  });

  it('refuses at once while marked away, and takes its guard off when stopped', async () => {
    const unreachable = new Database({ ...inject('neo4j'), uri: 'bolt://127.0.0.1:1' });
    const logs = capturedLogger();
    const breaker = new DatabaseAvailability(unreachable, logs.log, { probeIntervalMs: 100_000 });
    try {
      const first = await unreachable.read((tx) => tx.run('RETURN 1')).catch((error: unknown) => error);
      expect(first).toBeInstanceOf(Error);
      expect(breaker.up).toBe(false);
      const started = performance.now();
      const next = await unreachable.read((tx) => tx.run('RETURN 1')).catch((error: unknown) => error);
      expect(next).toBeInstanceOf(DatabaseUnavailableError);
      expect(performance.now() - started).toBeLessThan(50);
      expect(logs.lines().filter((line) => line.msg?.startsWith('Neo4j is unavailable'))).toHaveLength(1);
    } finally {
      breaker.stop();
    }
    // Without the guard the driver is asked again (and fails in its own way).
    const after = await unreachable.read((tx) => tx.run('RETURN 1')).catch((error: unknown) => error);
    expect(after).not.toBeInstanceOf(DatabaseUnavailableError);
    await unreachable.close();
  }, 30_000);
});
