import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt } from '../db/database.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import { type KeepExtras, keepBundles } from '../statement/bundle.js';
import { entitiesNamedBy, statementBundlesOf } from '../statement/bundleQueries.js';
import { ALL_COLUMNS, perColumns, type StatementColumns } from '../statement/columns.js';

/** The longest path `connections` looks for, in statements; each statement is two relationships. */
export const MAX_HOPS = 4;

/** How many shortest paths are looked at: enough for any page a researcher reads. */
export const MAX_PATHS = 1000;

// One fixed query per hop limit: a variable-length bound cannot be a parameter. Paths are ordered by the
// ids along them. The page's statements travel with their attributions and the entities they name, and the
// rows of both ends come too, so checking the two ids costs no round trip of its own.
const pathsCypher = (hops: number, columns: StatementColumns) => `
MATCH (origin:Entity {id: $from}), (goal:Entity {id: $to})
CALL (origin, goal) {
  MATCH p = allShortestPaths((origin)-[:SUBJECT|OBJECT*..${hops * 2}]-(goal))
  WHERE none(n IN nodes(p) WHERE n.retractedAt IS NOT NULL)
  WITH nodes(p) AS nodes LIMIT $maxPaths
  WITH nodes, reduce(key = '', n IN nodes | key + ' ' + n.id) AS key
  ORDER BY key
  RETURN collect(nodes) AS paths
}
WITH origin, goal, size(paths) AS total, paths[$skip..$skip + $limit] AS page
WITH origin, goal, total, page,
  reduce(acc = [], nodes IN page | acc + [i IN range(1, size(nodes) - 2, 2) | nodes[i]]) AS statements
RETURN total, [nodes IN page | [n IN nodes | n.id]] AS paths,
  ${statementBundlesOf('statements', true, columns)} AS bundles,
  ${entitiesNamedBy('statements', '[origin, goal]')} AS entities`;

const PATHS = new Map(
  Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, perColumns((columns) => pathsCypher(i + 1, columns))]),
);

/**
 * A page of the shortest paths between two entities through statements, as the ids along each path:
 * entity, statement, entity, ... Statements link only to entities (SUBJECT, OBJECT), so paths alternate.
 * Retracted statements connect nothing. Null when `from` or `to` names no entity.
 */
export async function shortestPaths(
  tx: ManagedTransaction,
  { from, to, maxHops }: { from: string; to: string; maxHops: number },
  { skip, limit }: { skip: number; limit: number },
  keep: KeepExtras,
  columns: StatementColumns = ALL_COLUMNS,
): Promise<{ total: number; paths: string[][] } | null> {
  const cypher = PATHS.get(maxHops);
  if (!cypher) throw new Error(`maxHops must be 1 to ${MAX_HOPS}`);
  const result = await tx.run(cypher(columns), {
    from,
    to,
    maxPaths: cypherInt(MAX_PATHS),
    skip: cypherInt(skip),
    limit: cypherInt(limit),
    labels: ENTITY_LABELS,
  });
  const record = result.records[0];
  if (!record) return null;
  keepBundles(record, keep);
  return { total: record.get('total') as number, paths: record.get('paths') as string[][] };
}
