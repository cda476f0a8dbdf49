import { describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { SEARCH_INDEX } from '../../src/db/migrations.js';
import { migrate } from '../../src/migrate.js';
import { withoutSearchIndex } from '../../src/generate/load.js';
import { testDatabase } from '../helpers/database.js';

// The generator writes its entities without the full-text index and builds it afterwards: whatever
// happens in between, the index is there and online when the generator is done.

const db = testDatabase();

async function searchIndex(): Promise<string | null> {
  const result = await db.read((tx) =>
    tx.run('SHOW FULLTEXT INDEXES YIELD name, state WHERE name = $name RETURN state', { name: SEARCH_INDEX }),
  );
  return (result.records[0]?.get('state') as string | undefined) ?? null;
}

async function found(name: string): Promise<string[]> {
  const result = await db.read((tx) =>
    tx.run(`CALL db.index.fulltext.queryNodes($index, $name) YIELD node RETURN node.id AS id`, {
      index: SEARCH_INDEX,
      name,
    }),
  );
  return result.records.map((r) => r.get('id') as string);
}

describe('entities written without the search index', () => {
  it('are written with the index gone, and found through it once it is made again', async () => {
    expect(await searchIndex()).toBe('ONLINE');
    let during: string | null = 'not asked';
    await withoutSearchIndex(db, async () => {
      during = await searchIndex();
      await db.write((tx) =>
        tx.run(`CREATE (:Entity:Place {id: 'place:qaryatayn', searchText: 'qaryatayn'})`),
      );
    });
    expect(during).toBeNull();
    expect(await searchIndex()).toBe('ONLINE');
    expect(await found('qaryatayn')).toEqual(['place:qaryatayn']);
  });

  it('get the index back when the writing fails, and the failure is what is thrown', async () => {
    await expect(
      withoutSearchIndex(db, async () => {
        await db.write((tx) => tx.run(`CREATE (:Entity:Place {id: 'place:dumayr', searchText: 'dumayr'})`));
        throw new Error('batch 3 refused');
      }),
    ).rejects.toThrow('batch 3 refused');
    expect(await searchIndex()).toBe('ONLINE');
    expect(await found('dumayr')).toEqual(['place:dumayr']);
  });

  it("throw the writing's failure, not the migrations', when the database is gone by then", async () => {
    const gone = new Database(inject('neo4j'));
    try {
      await expect(
        withoutSearchIndex(gone, async () => {
          await gone.close();
          throw new Error('the database went away during batch 7');
        }),
      ).rejects.toThrow('the database went away during batch 7');
      expect(await searchIndex()).toBeNull();
    } finally {
      // What the next start's migrations do.
      await migrate(db);
    }
    expect(await searchIndex()).toBe('ONLINE');
  });
});
