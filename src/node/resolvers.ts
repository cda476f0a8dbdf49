import { ENTITY_TYPES, entityTypeOfLabel, type EntityTypeName } from '../entity/labels.js';
import type { EntityRow } from '../entity/rows.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { AttributionRow, StatementRow } from '../statement/rows.js';

type NodeRow = EntityRow | StatementRow | AttributionRow;

/** The object type of any row with a global id: entities by label, then statements and attributions. */
type NodeTypename = (typeof ENTITY_TYPES)[EntityTypeName]['typename'] | 'Statement' | 'Attribution';

export function nodeTypename(row: NodeRow): NodeTypename {
  if ('label' in row) return ENTITY_TYPES[entityTypeOfLabel(row.label)].typename;
  return 'subject' in row ? 'Statement' : 'Attribution';
}

// Ids say what they name: statements are `stmt:...` and attributions `attr:...` (see the seed's ID rules).
export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, { loaders }) => {
      if (id.startsWith('stmt:')) return loaders.statementById.load(id);
      if (id.startsWith('attr:')) return loaders.attributionById.load(id);
      return loaders.entityById.load(id);
    },
  },
  Node: { __resolveType: nodeTypename },
};
