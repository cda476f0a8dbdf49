// Question: Which agreements is this faction party to?
// GraphQL: Faction.agreements
// Source: src/relations/queries.ts (linkPagesCypher('agreements')), run by linkPages
// Variant: the first page
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {parents: ['faction:syrian-government'], kind: 'party_to', labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset'], skip: 0, limit: 20}
UNWIND $parents AS parent
CALL (parent) {
  MATCH (:Entity {id: parent})<-[:SUBJECT]-(s:Statement {kind: $kind})-[:OBJECT]->(o:Entity)
  WHERE s.retractedAt IS NULL
  RETURN count(DISTINCT o) AS total
}
CALL (parent) {
  MATCH (:Entity {id: parent})<-[:SUBJECT]-(s:Statement {kind: $kind})-[:OBJECT]->(o:Entity)
  WHERE s.retractedAt IS NULL
  WITH o, s ORDER BY s.id
  WITH o, collect([s.id, s.kind, [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.role, s.text, s.note, s.start, s.startText, s.end, s.endText, s.pointInTime, s.pointInTimeText, s.countAmount, s.countPhrasing, s.countUnit, s.countText, s.distanceAmount, s.distancePhrasing, s.distanceUnit, s.distanceBearing, s.distanceText, toString(s.retractedAt), s.retractedBy, s.retractionReason]) AS statements
  ORDER BY o.name, o.id SKIP $skip LIMIT $limit
  RETURN collect([o.id, [o.id, [l IN labels(o) WHERE l IN $labels][0], o.name, coalesce(o.aliases, []), o.description, o.kind, o.role], statements]) AS page
}
RETURN parent, total, page;
