import type { Database } from '../db/database.js';
import { batchLoader } from '../loaders/kit.js';
import { entitiesById } from './queries.js';
import type { EntityRow } from './rows.js';

export function entityLoaders(db: Database) {
  return {
    /** An entity by id, or null at that id's index when there is none. */
    entityById: batchLoader<string, EntityRow | null>(async (ids) => {
      const rows = await db.read((tx) => entitiesById(tx, ids));
      return new Map(rows.map((row) => [row.id, row]));
    }, null),
  };
}

export type EntityLoaders = ReturnType<typeof entityLoaders>;
