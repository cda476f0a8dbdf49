import type { Record as Neo4jRecord } from 'neo4j-driver';
import { ENTITY, entityRows } from '../entity/queries.js';
import type { EntityRow } from '../entity/rows.js';
import { ALL_COLUMNS, type StatementColumns } from './columns.js';
import { ATTRIBUTION, STATEMENT } from './projection.js';
import type { AttributionRow, StatementRow } from './rows.js';

/**
 * Queries that find statements send them with what the next levels of a researcher's query ask for:
 * their attributions and the entities they name. Each field would otherwise cost a round trip of its own
 * (statement rows, then attributions, then reporters), and on these machines a round trip is milliseconds.
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

// The statement's id and the reporter (read once, for the order and the row) are at hand already.
const ATTRIBUTIONS_OF_S = `COLLECT {
    MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
    WITH a, [(a)-[:REPORTED_BY]->(x) | x.id][0] AS reporter
    ORDER BY a.reportedOnFrom, reporter, a.id
    RETURN ${ATTRIBUTION.cypher('a', { statement: 's.id', reporter: 'reporter' })}
  }`;

const REPORTERS_OF_S = ` +
    [(s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY|CARRIED_BY]->(e:Entity) | e]`;

const statementOfS = (columns: StatementColumns) =>
  STATEMENT.cypher('s', Object.fromEntries(columns.omitted.map((column) => [column, 'null'])));

/**
 * Cypher: the bundles of the statements in the list expression `list` (each once), each a list of the
 * statement's tuple and its attributions' tuples (src/db/tuple.ts); `bundlesOf` reads them. The statement
 * columns the request does not read are sent as nulls (src/statement/columns.ts).
 */
export const statementBundlesOf = (
  list: string,
  withAttributions = true,
  columns: StatementColumns = ALL_COLUMNS,
) => `COLLECT {
  UNWIND ${list} AS s
  WITH DISTINCT s
  RETURN [${statementOfS(columns)}, ${withAttributions ? ATTRIBUTIONS_OF_S : 'null'}] AS bundle
}`;

/** The bundles of a `statementBundlesOf` column. */
export const bundlesOf = (column: unknown): StatementBundle[] =>
  (column as [unknown[], unknown[][] | null][]).map(([statement, attributions]) => ({
    statement: STATEMENT.of(statement),
    attributions: attributions === null ? null : attributions.map(ATTRIBUTION.of),
  }));

/**
 * Cypher: the rows of every entity the statements in `list` name (subject, object, and unless left out
 * with their attributions, reporters and carriers) and of the entity nodes in the list expression `more`,
 * each once; needs `$labels`.
 */
export const entitiesNamedBy = (list: string, more = '[]', withReporters = true) => `[e IN COLLECT {
  UNWIND ${list} AS s
  WITH DISTINCT s
  UNWIND [(s)-[:SUBJECT|OBJECT]->(e:Entity) | e]${withReporters ? REPORTERS_OF_S : ''} AS e
  RETURN e
  UNION
  UNWIND ${more} AS e
  RETURN e
} | ${ENTITY.cypher('e')}]`;

/**
 * Hands the `bundles` and `entities` columns of a query's record to `keep`, and returns the statement
 * rows by id, for the query's own answer.
 */
export function keepBundles(record: Neo4jRecord, keep?: KeepExtras): Map<string, StatementRow> {
  const bundles = bundlesOf(record.get('bundles'));
  keep?.({ bundles, entities: entityRows(record.get('entities')) });
  return new Map(bundles.map(({ statement }) => [statement.id, statement]));
}
