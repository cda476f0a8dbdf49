import type { ManagedTransaction } from 'neo4j-driver';
import type { ExistingLink, LinkLookup } from './cycles.js';

/**
 * The hierarchy shortcuts (LOCATED_IN, PART_OF; a retracted statement has none) that can be reached
 * upwards from the given entities. DISTINCT on the nodes reached lets Neo4j walk each node once
 * (a pruning breadth-first expand) however many paths lead to it.
 */
export const reachableLinksCypher = `
MATCH (start:Entity) WHERE start.id IN $ids
MATCH (start)-[:LOCATED_IN|PART_OF*0..]->(above:Entity)
WITH DISTINCT above
MATCH (above)-[link:LOCATED_IN|PART_OF]->(parent:Entity)
RETURN above.id AS from, parent.id AS to, link.statement AS statement`;

/** Looks up, in `tx`, the links a seed's or a mutation's located_in and part_of statements could join. */
export function linksIn(tx: Pick<ManagedTransaction, 'run'>): LinkLookup {
  return async (ids) => {
    const result = await tx.run(reachableLinksCypher, { ids });
    return result.records.map((r) => r.toObject() as ExistingLink);
  };
}
