import type { Record as Neo4jRecord } from 'neo4j-driver';
import { entityRowOf } from '../entity/queries.js';
import type { EntityRow } from '../entity/rows.js';
import { ATTRIBUTION_ROW, STATEMENT_ROW } from './projection.js';
import type { AttributionRow, StatementRow } from './rows.js';

/**
 * Queries that find statements send them with what the next levels of a researcher's query ask for:
 * their attributions and the entities they name. Each field would otherwise cost a round trip of its own
 * (statement rows, then attributions, then reporters), and on these machines a round trip is milliseconds.
 */

/** A statement with its attributions, oldest report first, then by reporter and id. */
export interface StatementBundle {
  statement: StatementRow;
  attributions: AttributionRow[];
}

/** What a query hands back with its statements, for the loaders to keep. */
export interface StatementExtras {
  bundles?: StatementBundle[];
  entities?: EntityRow[];
}

/** Where a query hands its extras over; the request's loaders keep them (src/context.ts). */
export type KeepExtras = (extras: StatementExtras) => void;

/** Cypher: the bundles of the statements in the list expression `list` (each once). */
export const statementBundlesOf = (list: string) => `COLLECT {
  UNWIND ${list} AS s
  WITH DISTINCT s
  RETURN {
    statement: ${STATEMENT_ROW},
    attributions: COLLECT {
      MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
      WITH a ORDER BY a.reportedOnFrom, [(a)-[:REPORTED_BY]->(x) | x.id][0], a.id
      RETURN ${ATTRIBUTION_ROW}
    }
  } AS bundle
}`;

/**
 * Cypher: the rows of every entity the statements in `list` name (subject, object, reporters, carriers)
 * and of the entity nodes in the list expression `more`, each once; needs `$labels`.
 */
export const entitiesNamedBy = (list: string, more = '[]') => `[e IN COLLECT {
  UNWIND ${list} AS s
  WITH DISTINCT s
  UNWIND [(s)-[:SUBJECT|OBJECT]->(e:Entity) | e] +
    [(s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY|CARRIED_BY]->(e:Entity) | e] AS e
  RETURN e
  UNION
  UNWIND ${more} AS e
  RETURN e
} | ${entityRowOf('e')}]`;

/**
 * Hands the `bundles` and `entities` columns of a query's record to `keep`, and returns the statement
 * rows by id, for the query's own answer.
 */
export function keepBundles(record: Neo4jRecord, keep?: KeepExtras): Map<string, StatementRow> {
  const bundles = record.get('bundles') as StatementBundle[];
  keep?.({ bundles, entities: record.get('entities') as EntityRow[] });
  return new Map(bundles.map(({ statement }) => [statement.id, statement]));
}
