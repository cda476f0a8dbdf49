// Question: How are these two entities connected, statement by statement?
// GraphQL: Query.connections
// Source: src/path/queries.ts (pathsCypher; src/statement/columns.ts, projection.ts, bundleQueries.ts), run by shortestPaths
// Variant: all statement columns (what an operation that selects every Statement field reads); maxHops 3 (the default; one query per hop limit, 1 to 4)
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {from: 'faction:syrian-government', to: 'place:a-ruheibah', maxPaths: 1000, skip: 0, limit: 20, labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset']}
MATCH (origin:Entity {id: $from}), (goal:Entity {id: $to})
CALL (origin, goal) {
  MATCH p = allShortestPaths((origin)-[:SUBJECT|OBJECT*..6]-(goal))
  WHERE none(n IN nodes(p) WHERE n.retractedAt IS NOT NULL)
  WITH nodes(p) AS nodes LIMIT $maxPaths
  WITH nodes, reduce(key = '', n IN nodes | key + ' ' + n.id) AS key
  ORDER BY key
  RETURN collect(nodes) AS paths
}
WITH origin, goal, size(paths) AS total, paths[$skip..$skip + $limit] AS page
WITH origin, goal, total, page,
  reduce(acc = [], nodes IN page | acc + [i IN range(1, size(nodes) - 2, 2) | nodes[i]]) AS statements
RETURN total, [nodes IN page | [n IN nodes | n.id]] AS paths,
  COLLECT {
  UNWIND statements AS s
  WITH DISTINCT s
  RETURN [[s.id, s.kind, [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.role, s.text, s.note, s.start, s.startText, s.end, s.endText, s.pointInTime, s.pointInTimeText, s.countAmount, s.countPhrasing, s.countUnit, s.countText, s.distanceAmount, s.distancePhrasing, s.distanceUnit, s.distanceBearing, s.distanceText, toString(s.retractedAt), s.retractedBy, s.retractionReason], COLLECT {
    MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
    WITH a, [(a)-[:REPORTED_BY]->(x) | x.id][0] AS reporter
    ORDER BY a.reportedOnFrom, reporter, a.id
    RETURN [a.id, s.id, reporter, [(a)-[:CARRIED_BY]->(x) | x.id][0], a.quote, a.reportedOn, a.reportedOnText]
  }] AS bundle
} AS bundles,
  [e IN COLLECT {
  UNWIND statements AS s
  WITH DISTINCT s
  UNWIND [(s)-[:SUBJECT|OBJECT]->(e:Entity) | e] +
    [(s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY|CARRIED_BY]->(e:Entity) | e] AS e
  RETURN e
  UNION
  UNWIND [origin, goal] AS e
  RETURN e
} | [e.id, [l IN labels(e) WHERE l IN $labels][0], e.name, coalesce(e.aliases, []), e.description, e.kind, e.role]] AS entities;
