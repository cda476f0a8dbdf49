import { describe, expect, inject, it } from 'vitest';
import { newScope, runInScope } from '../../src/request/scope.js';
import { testDatabase } from '../helpers/database.js';

describe('the scheme the suite runs over', () => {
  const scheme = process.env.TEST_NEO4J_SCHEME;

  it.runIf(scheme)(
    `is ${scheme ?? ''}:// when TEST_NEO4J_SCHEME asks for it (npm test's second pass)`,
    () => {
      expect(new URL(inject('neo4j').uri).protocol).toBe(`${scheme}:`);
    },
  );

  it('reads what one request wrote, in a later session of the same request', async () => {
    const db = testDatabase();
    const seen = await runInScope(newScope('routing-test'), async () => {
      await db.write((tx) => tx.run(`CREATE (:RoutingProbe {at: $at})`, { at: 'now' }));
      return db.read(async (tx) =>
        (await tx.run(`MATCH (p:RoutingProbe) RETURN count(p) AS n`)).records[0]!.get('n'),
      );
    });
    expect(seen).toBe(1);
    await db.write((tx) => tx.run(`MATCH (p:RoutingProbe) DELETE p`));
  });
});
