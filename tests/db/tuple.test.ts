import { describe, expect, it } from 'vitest';
import { tuple } from '../../src/db/tuple.js';
import { ENTITY_LABELS } from '../../src/entity/labels.js';
import { ENTITY } from '../../src/entity/queries.js';
import { testDatabase } from '../helpers/database.js';

const db = testDatabase();

interface Sample {
  first: string;
  second: number;
  third: string[];
  missing: string | null;
  derived: string;
}

const SAMPLE = tuple<Sample>((n) => ({
  first: `${n}.first`,
  second: `${n}.second`,
  third: `${n}.third`,
  missing: `${n}.missing`,
  derived: `${n}.first + '!'`,
}));

describe('rows sent as lists', () => {
  it('come back as the rows their columns name, absent values as null', async () => {
    const list = await db.read(async (tx) => {
      const result = await tx.run(
        `WITH {first: 'one', second: 2, third: ['a', 'b']} AS n RETURN ${SAMPLE.cypher('n')} AS row`,
      );
      return result.records[0]!.get('row') as unknown[];
    });
    expect(list).toEqual(['one', 2, ['a', 'b'], null, 'one!']);
    expect(SAMPLE.of(list)).toEqual({
      first: 'one',
      second: 2,
      third: ['a', 'b'],
      missing: null,
      derived: 'one!',
    });
  });

  it('take the columns a query knows already from it, in their places', async () => {
    const known = SAMPLE.cypher('n', { second: 'answer', derived: "'given'" });
    expect(known).not.toContain('n.second');
    const row = await db.read(async (tx) => {
      const result = await tx.run(`WITH {first: 'one', second: 2} AS n, 42 AS answer RETURN ${known} AS row`);
      return SAMPLE.of(result.records[0]!.get('row') as unknown[]);
    });
    expect(row).toEqual({ first: 'one', second: 42, third: null, missing: null, derived: 'given' });
  });

  it('an entity row equals the map of the same node', async () => {
    const [fromList, fromMap] = await db.write(async (tx) => {
      const result = await tx.run(
        `CREATE (e:Entity:Faction {id: 'faction:tuple-test', name: 'Tuple', aliases: ['T'], kind: 'armed group'})
         WITH e
         RETURN ${ENTITY.cypher('e')} AS list,
           e {.id, .name, .description, .kind, .role, aliases: e.aliases, label: 'Faction'} AS map`,
        { labels: ENTITY_LABELS },
      );
      const record = result.records[0]!;
      // Deleted in the same transaction: no other test ever sees it.
      await tx.run(`MATCH (e:Entity {id: 'faction:tuple-test'}) DETACH DELETE e`);
      return [ENTITY.of(record.get('list') as unknown[]), record.get('map') as Record<string, unknown>];
    });
    expect(fromList).toEqual(fromMap);
  });
});
