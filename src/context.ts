import type { Database } from './db/database.js';
import { entityLoaders } from './entity/loaders.js';

/** What every resolver gets: fresh DataLoaders per request, so caching never outlives a request. */
export interface Context {
  db: Database;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Database) {
  return { ...entityLoaders(db) };
}

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
