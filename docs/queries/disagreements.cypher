// Question: Where do the sources disagree?
// GraphQL: Query.disagreements without about
// Source: src/disagreement/queries.ts (pageOfAll; src/statement/columns.ts, projection.ts, bundleQueries.ts), run by disagreementPage
// Variant: all statement columns (what an operation that selects every Statement field reads); the first page over the whole graph
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {about: null, kinds: ['control', 'count', 'distance', 'occurred', 'location', 'origin', 'destination'], skip: 0, limit: 20, labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset']}
MATCH (s:Statement) WHERE s.kind IN $kinds AND s.retractedAt IS NULL

WITH s, [(s)-[:SUBJECT]->(x) | x.id][0] AS subject, [(s)-[:OBJECT]->(x) | x.id][0] AS object
WITH s, s.kind AS kind,
  CASE s.kind
    WHEN 'control' THEN object
    WHEN 'count' THEN coalesce(COLLECT {
      MATCH (s)-[:SUBJECT]->(:Event)-[:PART_OF*0..8]->(root:Event)
      WHERE NOT EXISTS { (root)-[:PART_OF]->(:Event) }
      RETURN root.id AS root ORDER BY root LIMIT 1
    }[0], subject)
    ELSE subject
  END AS topic,
  CASE s.kind WHEN 'distance' THEN object END AS related
WITH kind, topic, related, count(DISTINCT reduce(acc = '', v IN [
  [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.start, s.end, s.pointInTime,
  toString(s.countAmount), s.countPhrasing, toString(s.distanceAmount), s.distancePhrasing, s.distanceUnit,
  s.distanceBearing
] | acc + '|' + coalesce(v, '-'))) AS variants
WHERE variants > 1
WITH kind, topic, related ORDER BY topic, kind, related
WITH collect({kind: kind, topic: topic, related: related}) AS keys
WITH size(keys) AS total, keys[$skip..$skip + $limit] AS keys

CALL (keys) {
  UNWIND keys AS key
  MATCH (t:Entity {id: key.topic})
  CALL (t, key) {
    MATCH (t)<-[:SUBJECT]-(s:Statement {kind: 'count'}) WHERE key.kind = 'count'
    RETURN s
    UNION
    MATCH (t:Event)<-[:PART_OF*1..8]-(:Event)<-[:SUBJECT]-(s:Statement {kind: 'count'})
    WHERE key.kind = 'count'
    RETURN s
    UNION
    MATCH (t)<-[:OBJECT]-(s:Statement {kind: 'control'}) WHERE key.kind = 'control'
    RETURN s
    UNION
    MATCH (t)<-[:SUBJECT]-(s:Statement {kind: key.kind})
    WHERE NOT key.kind IN ['count', 'control']
      AND (key.related IS NULL OR EXISTS { (s)-[:OBJECT]->(:Entity {id: key.related}) })
    RETURN s
  }
  WITH key, t, s WHERE s.retractedAt IS NULL
  WITH key, t, s ORDER BY s.id
  WITH key, t, collect(s) AS members, count(DISTINCT reduce(acc = '', v IN [
  [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.start, s.end, s.pointInTime,
  toString(s.countAmount), s.countPhrasing, toString(s.distanceAmount), s.distancePhrasing, s.distanceUnit,
  s.distanceBearing
] | acc + '|' + coalesce(v, '-'))) AS variants
  WHERE variants > 1
  WITH key, t, members ORDER BY key.topic, key.kind, key.related
  RETURN collect({key: key, t: t, members: members}) AS groups
}

WITH total, groups, [] AS anchor, reduce(acc = [], g IN groups | acc + g.members) AS statements
RETURN total, [g IN groups | {key: g.key, statements: [s IN g.members | s.id]}] AS groups,
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
  UNWIND [g IN groups | g.t] + anchor AS e
  RETURN e
} | [e.id, [l IN labels(e) WHERE l IN $labels][0], e.name, coalesce(e.aliases, []), e.description, e.kind, e.role]] AS entities;
