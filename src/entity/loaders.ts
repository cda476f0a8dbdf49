import type { Database } from '../db/database.js';
import { PeekableLoader } from '../request/peekableLoader.js';
import { entitiesById } from './queries.js';
import type { EntityRow } from './rows.js';

export function entityLoaders(db: Database) {
  return {
    /** An entity by id, or null at that id's index when there is none. */
    entityById: new PeekableLoader<string, EntityRow | null>(async (ids) => {
      const rows = await db.read((tx) => entitiesById(tx, ids));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type EntityLoaders = ReturnType<typeof entityLoaders>;
