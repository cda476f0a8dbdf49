// Question: Which entities have a name like this one (any script, with or without diacritics)?
// GraphQL: Query.search
// Source: src/search/queries.ts (searchEntitiesCypher), run by searchEntities
// Variant: all types, the first page
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {lucene: '+(ruhaiba^4 ruhaiba*^2 ruhaiba~2)', normalized: 'ruhaiba', types: null, labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset'], limit: 1000, skip: 0, first: 20}
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score, split(node.searchText, '\n') AS names
WITH node, score,
  CASE WHEN $normalized IN names THEN 0
       WHEN any(n IN names WHERE n STARTS WITH $normalized OR (' ' + n) CONTAINS (' ' + $normalized)) THEN 1
       ELSE 2 END AS rank
ORDER BY rank, score DESC, node.name, node.id
WITH collect({node: node, rank: rank}) AS ranked
RETURN size(ranked) AS total, COLLECT {
  UNWIND ranked[$skip..($skip + $first)] AS hit
  WITH hit.node AS node, hit.rank AS rank
  RETURN [rank, [node.id, [l IN labels(node) WHERE l IN $labels][0], node.name, coalesce(node.aliases, []), node.description, node.kind, node.role]]
} AS page;
