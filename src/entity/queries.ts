import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS } from './labels.js';
import type { EntityRow } from './rows.js';

/** The map projection of an entity bound to `e` as an EntityRow; needs `$labels` (ENTITY_LABELS). */
export const entityRowOf = (e: string) => `${e} {
  .id, .name, .description, .kind, .role,
  aliases: coalesce(${e}.aliases, []),
  label: [l IN labels(${e}) WHERE l IN $labels][0]
}`;

/** Entities by id, in one round trip for any number of ids; the type label comes from the allow-list. */
export const entitiesByIdCypher = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${entityRowOf('e')} AS entity`;

export async function entitiesById(tx: ManagedTransaction, ids: readonly string[]): Promise<EntityRow[]> {
  const result = await tx.run(entitiesByIdCypher, { ids, labels: ENTITY_LABELS });
  return result.records.map((record) => record.get('entity') as EntityRow);
}
