import type { Database } from '../db/database.js';
import type { EntityRow } from '../entity/rows.js';
import { batchLoader, perArguments } from '../loaders/kit.js';
import type { KeepExtras } from './bundle.js';
import type { StatementColumns } from './columns.js';
import {
  attributionsById,
  attributionsOfStatements,
  statementPages,
  statementsById,
  type Page,
  type StatementAnchor,
  type StatementFilter,
} from './queries.js';
import type { AttributionRow, StatementRow } from './rows.js';

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

/** `primeEntity` receives the reporters and carriers read with attributions, for entityById. */
export function statementLoaders(db: Database, primeEntity?: (row: EntityRow) => void) {
  return {
    statementById: batchLoader<string, StatementRow | null>(
      async (ids) => byId(await db.read((tx) => statementsById(tx, ids))),
      null,
    ),
    attributionById: batchLoader<string, AttributionRow | null>(
      async (ids) => byId(await db.read((tx) => attributionsById(tx, ids))),
      null,
    ),
    attributionsByStatement: batchLoader<string, AttributionRow[]>(async (ids) => {
      const { byStatement, entities } = await db.read((tx) => attributionsOfStatements(tx, ids));
      if (primeEntity) for (const row of entities) primeEntity(row);
      return byStatement;
    }, []),
  };
}

/** DataLoader keys cannot be null: the whole graph (no parent) is asked for under the empty key. */
export const WHOLE_GRAPH = '';

const NO_PAGE: Page<StatementRow> = { total: 0, page: [] };

/** `keep` receives the attributions and entities a page of statements brought, for their loaders. */
export function statementPageLoaders(db: Database, keep: KeepExtras) {
  return {
    /**
     * Pages of statements by parent id (or WHOLE_GRAPH), one loader per anchor, filter, page and the
     * statement columns read, so every parent asking the same field with the same arguments is one batch.
     */
    statementPage: perArguments(
      (
        anchor: StatementAnchor,
        filter: StatementFilter,
        skip: number,
        limit: number,
        columns: StatementColumns,
      ) => `${anchor}:${JSON.stringify([filter, skip, limit, columns.key])}`,
      (anchor, filter, skip, limit, columns) =>
        batchLoader<string, Page<StatementRow>>(async (keys) => {
          const parents = keys.map((k) => (k === WHOLE_GRAPH ? null : k));
          const pages = await db.read((tx) =>
            statementPages(tx, anchor, parents, filter, skip, limit, keep, columns),
          );
          return new Map([...pages].map(([parent, page]) => [parent ?? WHOLE_GRAPH, page]));
        }, NO_PAGE),
    ),
  };
}
