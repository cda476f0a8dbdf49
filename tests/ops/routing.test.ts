import { describe, expect, inject, it } from 'vitest';
import { newScope, runInScope } from '../../src/request/scope.js';
import { testDatabase } from '../helpers/database.js';

describe('the scheme the suite runs over', () => {
  const scheme = process.env.TEST_NEO4J_SCHEME;

  // First pass: the URI as given (the suite's own Neo4j is bolt://); second pass: the scheme asked for.
  const expected = scheme ?? new URL(process.env.NEO4J_URI ?? 'bolt://local').protocol.replace(/:$/, '');

  it(`runs over ${expected}:// (TEST_NEO4J_SCHEME=${scheme ?? ''})`, () => {
    expect(new URL(inject('neo4j').uri).protocol).toBe(`${expected}:`);
  });

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
