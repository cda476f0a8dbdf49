import type { ManagedTransaction } from 'neo4j-driver';
import { tuple } from '../db/tuple.js';
import { ENTITY_LABELS } from './labels.js';
import type { EntityRow } from './rows.js';

/** An entity as queries send it (a list: src/db/tuple.ts); its Cypher needs `$labels` (ENTITY_LABELS). */
export const ENTITY = tuple<EntityRow>((e) => ({
  id: `${e}.id`,
  label: `[l IN labels(${e}) WHERE l IN $labels][0]`,
  name: `${e}.name`,
  aliases: `coalesce(${e}.aliases, [])`,
  description: `${e}.description`,
  kind: `${e}.kind`,
  role: `${e}.role`,
}));

/** The rows of a list of entity lists. */
export const entityRows = (lists: unknown): EntityRow[] => (lists as unknown[][]).map(ENTITY.of);

/** Entities by id, in one round trip for any number of ids; the type label comes from the allow-list. */
export const entitiesByIdCypher = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${ENTITY.cypher('e')} AS entity`;

export async function entitiesById(tx: ManagedTransaction, ids: readonly string[]): Promise<EntityRow[]> {
  const result = await tx.run(entitiesByIdCypher, { ids, labels: ENTITY_LABELS });
  return result.records.map((record) => ENTITY.of(record.get('entity') as unknown[]));
}
