// Question: Which statements are there (of this kind, reported in this window)?
// GraphQL: Query.statements without about or reportedBy
// Source: src/statement/queries.ts (statementPagesCypher; src/statement/columns.ts, projection.ts, bundleQueries.ts), run by statementPages
// Variant: all statement columns (what an operation that selects every Statement field reads); the first page of the whole graph
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {parents: [null], kind: null, about: null, reportedBy: null, from: null, to: null, includeRetracted: false, skip: 0, limit: 20, labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset']}
UNWIND $parents AS parent
CALL (parent) {
  MATCH (s:Statement)
    WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($includeRetracted OR s.retractedAt IS NULL)
  AND ($about IS NULL OR EXISTS { (s)-[:SUBJECT|OBJECT]->(:Entity {id: $about}) }) AND (($reportedBy IS NULL AND $from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (s)-[:HAS_ATTRIBUTION]->(r:Attribution)-[:REPORTED_BY]->(reporter)
    WHERE ($reportedBy IS NULL OR reporter.id = $reportedBy)
      AND ($from IS NULL OR r.reportedOnTo >= date($from))
      AND ($to IS NULL OR r.reportedOnFrom <= date($to)) })
  RETURN count(DISTINCT s) AS total
}
CALL (parent) {
  MATCH (s:Statement)
    WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($includeRetracted OR s.retractedAt IS NULL)
  AND ($about IS NULL OR EXISTS { (s)-[:SUBJECT|OBJECT]->(:Entity {id: $about}) }) AND (($reportedBy IS NULL AND $from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (s)-[:HAS_ATTRIBUTION]->(r:Attribution)-[:REPORTED_BY]->(reporter)
    WHERE ($reportedBy IS NULL OR reporter.id = $reportedBy)
      AND ($from IS NULL OR r.reportedOnTo >= date($from))
      AND ($to IS NULL OR r.reportedOnFrom <= date($to)) })
  WITH DISTINCT s ORDER BY s.id SKIP $skip LIMIT $limit
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
