import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt } from '../db/database.js';

/** The longest path `connections` looks for, in statements; each statement is two relationships. */
export const MAX_HOPS = 4;

/** How many shortest paths are looked at: enough for any page a researcher reads. */
export const MAX_PATHS = 1000;

// One fixed query per hop limit: a variable-length bound cannot be a parameter.
const pathsCypher = (hops: number) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SUBJECT|OBJECT*..${hops * 2}]-(b))
WHERE none(n IN nodes(p) WHERE n.retractedAt IS NOT NULL)
RETURN [n IN nodes(p) | n.id] AS ids
LIMIT $limit`;

const PATHS = new Map(Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, pathsCypher(i + 1)]));

/**
 * The shortest paths between two entities through statements, as the ids along each path: entity,
 * statement, entity, ... Statements link only to entities (SUBJECT, OBJECT), so paths alternate.
 * Retracted statements connect nothing.
 */
export async function shortestPaths(
  tx: ManagedTransaction,
  from: string,
  to: string,
  maxHops: number,
): Promise<string[][]> {
  const cypher = PATHS.get(maxHops);
  if (!cypher) throw new Error(`maxHops must be 1 to ${MAX_HOPS}`);
  const result = await tx.run(cypher, { from, to, limit: cypherInt(MAX_PATHS) });
  return result.records.map((r) => r.get('ids') as string[]);
}
