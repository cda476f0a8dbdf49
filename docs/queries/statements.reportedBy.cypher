// Question: What has this outlet or person reported?
// GraphQL: Query.statements(reportedBy:) with no other filter, Source.reported, Person.reported
// Source: src/statement/queries.ts (sourcedPages, the statement_sources index; src/statement/columns.ts, projection.ts, bundleQueries.ts), run by statementPages
// Variant: all statement columns (what an operation that selects every Statement field reads); no filter besides the reporter
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {parents: ['media:sana'], kind: null, about: null, reportedBy: null, from: null, to: null, includeRetracted: false, skip: 0, limit: 20, labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset']}
UNWIND $parents AS parent
CALL (parent) {
  MATCH (reporter:Entity {id: parent})
  RETURN COUNT { (reporter)<-[:SOURCED_BY]-() } AS total
}
CALL (parent) {
  MATCH (s)-[via:SOURCED_BY]->()
  WHERE via.reporter = parent AND via.statement > ''
  WITH s, via ORDER BY via.reporter, via.statement SKIP $skip LIMIT $limit
  RETURN collect(s) AS page
}
OPTIONAL MATCH (anchor:Entity {id: parent})
OPTIONAL MATCH (aboutFilter:Entity {id: $about})
OPTIONAL MATCH (reporterFilter:Entity {id: $reportedBy})
RETURN parent, total, [s IN page | s.id] AS ids, COLLECT {
  UNWIND page AS s
  WITH DISTINCT s
  RETURN [[s.id, s.kind, [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.role, s.text, s.note, s.start, s.startText, s.end, s.endText, s.pointInTime, s.pointInTimeText, s.countAmount, s.countPhrasing, s.countUnit, s.countText, s.distanceAmount, s.distancePhrasing, s.distanceUnit, s.distanceBearing, s.distanceText, toString(s.retractedAt), s.retractedBy, s.retractionReason], COLLECT {
    MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
    WITH a, [(a)-[:REPORTED_BY]->(x) | x.id][0] AS reporter
    ORDER BY a.reportedOnFrom, reporter, a.id
    RETURN [a.id, s.id, reporter, [(a)-[:CARRIED_BY]->(x) | x.id][0], a.quote, a.reportedOn, a.reportedOnText]
  }] AS bundle
} AS bundles,
  [e IN COLLECT {
  UNWIND page AS s
  WITH DISTINCT s
  UNWIND [(s)-[:SUBJECT|OBJECT]->(e:Entity) | e] +
    [(s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY|CARRIED_BY]->(e:Entity) | e] AS e
  RETURN e
  UNION
  UNWIND [x IN [anchor, aboutFilter, reporterFilter] WHERE x IS NOT NULL] AS e
  RETURN e
} | [e.id, [l IN labels(e) WHERE l IN $labels][0], e.name, coalesce(e.aliases, []), e.description, e.kind, e.role]] AS entities;
