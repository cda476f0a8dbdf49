// Question: What is the entity with this id?
// GraphQL: Query.entity, Query.node (entities), and every field that links to an entity
// Source: src/entity/queries.ts (entitiesByIdCypher), run by entitiesById (batched by the entity loader)
// Variant: a batch of two ids
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {ids: ['place:a-ruheibah', 'faction:syrian-government'], labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset']}
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN [e.id, [l IN labels(e) WHERE l IN $labels][0], e.name, coalesce(e.aliases, []), e.description, e.kind, e.role] AS entity;
