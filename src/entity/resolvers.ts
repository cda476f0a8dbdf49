import { notFound } from '../errors/codes.js';
import type { Resolvers } from '../generated/resolvers.js';
import { ENTITY_TYPES, entityTypeOfLabel } from './labels.js';
import type { EntityRow } from './rows.js';

const typename = (row: EntityRow) => ENTITY_TYPES[entityTypeOfLabel(row.label)].typename;
const type = (row: EntityRow) => entityTypeOfLabel(row.label);

// Every entity type resolves `type` from its label; the other shared fields are plain properties.
const entityFields = { type };

export const entityResolvers: Resolvers = {
  Query: {
    entity: async (_parent, { id }, { loaders }) => {
      const row = await loaders.entityById.load(id);
      if (!row) throw notFound('entity', id, 'id');
      return row;
    },
  },
  Entity: { __resolveType: typename },
  Faction: entityFields,
  Place: entityFields,
  MediaSource: entityFields,
  Person: entityFields,
  Agreement: entityFields,
  Event: entityFields,
  Article: entityFields,
  Dataset: entityFields,
};
