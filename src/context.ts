import type { Caller } from './auth/caller.js';
import { controlLoaders } from './control/loaders.js';
import type { Database } from './db/database.js';
import { entityLoaders } from './entity/loaders.js';
import type { EntityRow } from './entity/rows.js';
import { relationLoaders } from './relations/loaders.js';
import type { RequestScope } from './request/scope.js';
import type { KeepExtras } from './statement/bundle.js';
import { statementLoaders, statementPageLoaders } from './statement/loaders.js';

/** What every resolver gets: fresh DataLoaders per request, so caching never outlives a request. */
export interface Context {
  db: Database;
  /** The request's id, round trips and bookmarks. */
  scope: RequestScope;
  /** The holder of the request's API key; null when it carries none (open reads). */
  caller: Caller | null;
  loaders: ReturnType<typeof createLoaders>;
  /**
   * Drops everything the request has read so far, after it wrote: a mutation's answer, and the next
   * mutation's in the same document, must show the graph as it is now. GraphQL runs mutations one after
   * another, each answer complete before the next write, so no resolver still holds the old loaders.
   */
  forgetReads(this: Context): void;
}

/** Every domain's loaders (its loaders.ts, made with src/loaders/kit.ts), wired to prime one another. */
function createLoaders(db: Database) {
  const entities = entityLoaders(db);
  const primeEntity = (row: EntityRow) => entities.entityById.prime(row.id, row);
  const statements = statementLoaders(db, primeEntity);
  // What a query read with its statements (their attributions, the entities they name) is kept, so the
  // fields that ask for it next cost no round trip. Priming never replaces what a loader already holds.
  const keep: KeepExtras = ({ bundles = [], entities: rows = [] }) => {
    for (const { statement, attributions } of bundles) {
      statements.statementById.prime(statement.id, statement);
      if (attributions) statements.attributionsByStatement.prime(statement.id, attributions);
    }
    for (const row of rows) entities.entityById.prime(row.id, row);
  };
  return {
    ...entities,
    ...statements,
    ...statementPageLoaders(db, keep),
    ...relationLoaders(db, primeEntity),
    ...controlLoaders(db, keep),
    keep,
  };
}

export function createContext(db: Database, scope: RequestScope, caller: Caller | null = null): Context {
  return {
    db,
    scope,
    caller,
    loaders: createLoaders(db),
    // On `this`: Apollo Server hands resolvers a shallow copy of the context it was given.
    forgetReads(this: Context) {
      this.loaders = createLoaders(this.db);
    },
  };
}
