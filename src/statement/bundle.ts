import type { Record as Neo4jRecord } from 'neo4j-driver';
import { entityRows } from '../entity/queries.js';
import type { EntityRow } from '../entity/rows.js';
import { ATTRIBUTION, STATEMENT } from './projection.js';
import type { AttributionRow, StatementRow } from './rows.js';

/**
 * Queries that find statements send them with what the next levels of a researcher's query ask for:
 * their attributions and the entities they name. Each field would otherwise cost a round trip of its own
 * (statement rows, then attributions, then reporters), and on these machines a round trip is milliseconds.
 * The Cypher that sends them is in src/statement/bundleQueries.ts; this module reads what it sends.
 */

/**
 * A statement with its attributions, oldest report first, then by reporter and id; null when the query
 * left them out because nothing asked for them.
 */
export interface StatementBundle {
  statement: StatementRow;
  attributions: AttributionRow[] | null;
}

/** What a query hands back with its statements, for the loaders to keep. */
export interface StatementExtras {
  bundles?: StatementBundle[];
  entities?: EntityRow[];
}

/** Where a query hands its extras over; the request's loaders keep them (src/context.ts). */
export type KeepExtras = (extras: StatementExtras) => void;

/** The bundles of a `statementBundlesOf` column. */
export const bundlesOf = (column: unknown): StatementBundle[] =>
  (column as [unknown[], unknown[][] | null][]).map(([statement, attributions]) => ({
    statement: STATEMENT.of(statement),
    attributions: attributions === null ? null : attributions.map(ATTRIBUTION.of),
  }));

/**
 * Hands the `bundles` and `entities` columns of a query's record to `keep`, and returns the statement
 * rows by id, for the query's own answer.
 */
export function keepBundles(record: Neo4jRecord, keep?: KeepExtras): Map<string, StatementRow> {
  const bundles = bundlesOf(record.get('bundles'));
  keep?.({ bundles, entities: entityRows(record.get('entities')) });
  return new Map(bundles.map(({ statement }) => [statement.id, statement]));
}
