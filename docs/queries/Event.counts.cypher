// Question: How many, by the event itself?
// GraphQL: Event.counts
// Source: src/relations/queries.ts (countsCypher), run by countsOfEvents
// Variant: the event's own counts
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {events: ['event:east-qalamoun-evacuation']}
UNWIND $events AS parent
CALL (parent) {
  MATCH (:Entity:Event {id: parent})<-[:PART_OF*0..0]-(:Entity)<-[:SUBJECT]-(s:Statement {kind: 'count'})
  WHERE s.retractedAt IS NULL
  WITH DISTINCT s ORDER BY s.id
  RETURN collect([s.id, s.kind, [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.role, s.text, s.note, s.start, s.startText, s.end, s.endText, s.pointInTime, s.pointInTimeText, s.countAmount, s.countPhrasing, s.countUnit, s.countText, s.distanceAmount, s.distancePhrasing, s.distanceUnit, s.distanceBearing, s.distanceText, toString(s.retractedAt), s.retractedBy, s.retractionReason]) AS counts
}
RETURN parent, counts;
