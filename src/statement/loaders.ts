import type { Database } from '../db/database.js';
import { inOrder } from '../pagination/loaderCache.js';
import { PeekableLoader } from '../request/peekableLoader.js';
import { attributionsById, attributionsOfStatements, statementsById } from './queries.js';
import type { EntityRow } from '../entity/rows.js';
import type { AttributionRow, StatementRow } from './rows.js';

/** `primeEntity` receives the reporters and carriers read with attributions, for entityById. */
export function statementLoaders(db: Database, primeEntity?: (row: EntityRow) => void) {
  return {
    statementById: new PeekableLoader<string, StatementRow | null>(async (ids) => {
      const rows = await db.read((tx) => statementsById(tx, ids));
      return inOrder(ids, new Map(rows.map((row) => [row.id, row])), null);
    }),
    attributionById: new PeekableLoader<string, AttributionRow | null>(async (ids) => {
      const rows = await db.read((tx) => attributionsById(tx, ids));
      return inOrder(ids, new Map(rows.map((row) => [row.id, row])), null);
    }),
    attributionsByStatement: new PeekableLoader<string, AttributionRow[]>(async (ids) => {
      const { byStatement, entities } = await db.read((tx) => attributionsOfStatements(tx, ids));
      if (primeEntity) for (const row of entities) primeEntity(row);
      return inOrder(ids, byStatement, []);
    }),
  };
}
