/**
 * The allow-list of entity type labels: the only labels any query puts on an entity node. The GraphQL
 * enum value, the Neo4j label and the GraphQL object type are tied here and nowhere else.
 */
export const ENTITY_TYPES = {
  FACTION: { label: 'Faction', typename: 'Faction' },
  PLACE: { label: 'Place', typename: 'Place' },
  MEDIA_SOURCE: { label: 'MediaSource', typename: 'MediaSource' },
  PERSON: { label: 'Person', typename: 'Person' },
  AGREEMENT: { label: 'Agreement', typename: 'Agreement' },
  EVENT: { label: 'Event', typename: 'Event' },
  ARTICLE: { label: 'Article', typename: 'Article' },
  DATASET: { label: 'Dataset', typename: 'Dataset' },
} as const;

export type EntityTypeName = keyof typeof ENTITY_TYPES;
export type EntityLabel = (typeof ENTITY_TYPES)[EntityTypeName]['label'];

export const ENTITY_LABELS: readonly EntityLabel[] = Object.values(ENTITY_TYPES).map((t) => t.label);

const typeByLabel = new Map<string, EntityTypeName>(
  Object.entries(ENTITY_TYPES).map(([name, t]) => [t.label, name as EntityTypeName]),
);

export function entityTypeOfLabel(label: string): EntityTypeName {
  const type = typeByLabel.get(label);
  if (!type) throw new Error(`Unknown entity label ${label}`);
  return type;
}
