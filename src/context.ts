import { controlLoaders } from './control/loaders.js';
import type { Database } from './db/database.js';
import { entityLoaders } from './entity/loaders.js';
import { LoaderCache } from './pagination/loaderCache.js';
import { statementLoaders } from './statement/loaders.js';

/** What every resolver gets: fresh DataLoaders per request, so caching never outlives a request. */
export interface Context {
  db: Database;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Database) {
  return {
    ...entityLoaders(db),
    ...statementLoaders(db),
    ...controlLoaders(db),
    /** Loaders for fields with arguments, one per argument set. */
    cache: new LoaderCache(),
  };
}

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
