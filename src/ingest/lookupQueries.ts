import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, entityTypeOfLabel, type EntityTypeName } from '../entity/labels.js';
import type { ExistingLink, LinkLookup } from './cycles.js';
import type { ExistingLookup } from './validate.js';

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

/** True when the database holds no entity, statement or attribution: the create-only path may be used. */
export const holdsNoRowsCypher = `
RETURN NOT (EXISTS { MATCH (:Entity) } OR EXISTS { MATCH (:Statement) } OR EXISTS { MATCH (:Attribution) })
  AS empty`;

export async function holdsNoRows(tx: ManagedTransaction): Promise<boolean> {
  const result = await tx.run(holdsNoRowsCypher);
  return result.records[0]?.get('empty') === true;
}

/** The type label of each id that exists already, for references to entities not in the seed files. */
export const existingEntityLabelsCypher = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, [l IN labels(e) WHERE l IN $labels][0] AS label`;

/** Looks up, in `tx`, the type of each of `ids` already in the database. */
export function entityTypesIn(tx: Pick<ManagedTransaction, 'run'>): ExistingLookup {
  return async (ids) => {
    const result = await tx.run(existingEntityLabelsCypher, { ids, labels: ENTITY_LABELS });
    return new Map<string, EntityTypeName>(
      result.records.map((r) => [r.get('id') as string, entityTypeOfLabel(r.get('label') as string)]),
    );
  };
}
