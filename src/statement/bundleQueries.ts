import { ENTITY } from '../entity/queries.js';
import { ALL_COLUMNS, type StatementColumns } from './columns.js';
import { ATTRIBUTION, STATEMENT } from './projection.js';

/**
 * The Cypher that queries finding statements end with, so that they send what the next levels of a
 * researcher's query ask for: the statements' attributions and the entities they name
 * (src/statement/bundle.ts reads what these send). docs/queries/ shows them inside whole queries.
 */

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
