import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/db/migrations.js';
import { migrate } from '../../src/migrate.js';
import { testDatabase } from '../helpers/database.js';

async function schemaSnapshot() {
  return testDatabase().read(async (tx) => {
    const indexes = await tx.run(
      'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties RETURN * ORDER BY name',
    );
    const constraints = await tx.run('SHOW CONSTRAINTS YIELD name, type RETURN * ORDER BY name');
    return {
      indexes: indexes.records.map((r) => r.toObject()),
      constraints: constraints.records.map((r) => r.toObject()),
    };
  });
}

describe('migrations', () => {
  it('have created the unique entity id, the full-text search, the point index and the sources index', async () => {
    const { indexes, constraints } = await schemaSnapshot();
    expect(constraints).toEqual(
      expect.arrayContaining([
        { name: 'entity_id', type: 'UNIQUENESS' },
        { name: 'statement_id', type: 'UNIQUENESS' },
      ]),
    );
    expect(indexes).toEqual(
      expect.arrayContaining([
        {
          name: 'entity_search',
          type: 'FULLTEXT',
          state: 'ONLINE',
          labelsOrTypes: ['Entity'],
          properties: ['searchText'],
        },
        {
          name: 'statement_sources',
          type: 'RANGE',
          state: 'ONLINE',
          labelsOrTypes: ['SOURCED_BY'],
          properties: ['reporter', 'statement'],
        },
        {
          name: 'place_location',
          type: 'POINT',
          state: 'ONLINE',
          labelsOrTypes: ['Place'],
          properties: ['location'],
        },
      ]),
    );
  });

  it('change nothing when run again', async () => {
    const before = await schemaSnapshot();
    expect(await migrate(testDatabase())).toEqual({
      applied: MIGRATIONS.length,
      created: 0,
      sourcesBackfilled: 0,
    });
    expect(await schemaSnapshot()).toEqual(before);
  });

  it('make Neo4j refuse a second entity with the same id', async () => {
    const db = testDatabase();
    await db.write((tx) => tx.run("CREATE (:Entity:Place {id: 'place:twice', name: 'Twice'})"));
    await expect(
      db.write((tx) => tx.run("CREATE (:Entity:Faction {id: 'place:twice', name: 'Again'})")),
    ).rejects.toThrow(/already exists with label `Entity` and property `id` = 'place:twice'/);
  });
});
