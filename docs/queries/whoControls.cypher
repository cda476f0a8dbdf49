// Question: Who controls this place on this date (by default on the latest day any claim names)?
// GraphQL: Query.whoControls, Place.controlledBy, and the second step of Query.controlledBy/Faction.controls
// Source: src/control/queries.ts (controlAnswersCypher; src/statement/columns.ts, projection.ts, bundleQueries.ts), run by controlAnswers in src/control/answers.ts
// Variant: all statement columns (what an operation that selects every Statement field reads), with the answering statements' attributions (withSources)
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {places: ['place:a-ruheibah', 'place:dumayr'], at: '2018-04', first: '2018-04-01', last: '2018-04-30', labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset']}
UNWIND $places AS id
WITH DISTINCT id
MATCH (p:Entity:Place {id: id})
MATCH path = (p)-[:LOCATED_IN*0..8]->(scope:Place)
WITH p, scope, min(length(path)) AS distance
WITH scope, collect({p: p, distance: distance}) AS reachedFrom
CALL (scope) {
  MATCH (scope)<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  CALL (s) {
    OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
    RETURN min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
  }
  WITH scope, s, f, reportedFrom, reportedTo,
    CASE WHEN s.start IS NOT NULL OR s.end IS NOT NULL THEN s.startFrom
         WHEN s.pointInTime IS NOT NULL THEN s.pointInTimeFrom ELSE reportedFrom END AS from,
    CASE WHEN s.start IS NOT NULL OR s.end IS NOT NULL THEN s.endTo
         WHEN s.pointInTime IS NOT NULL THEN s.pointInTimeTo ELSE reportedTo END AS to
  RETURN collect({scope: scope, s: s, f: f, from: from, to: to,
    reportedFrom: reportedFrom, reportedTo: reportedTo}) AS claims
}
UNWIND reachedFrom AS reached
WITH reached.p AS p, [c IN claims | c {.*, distance: reached.distance}] AS fromScope
WITH p, reduce(mine = [], claims IN collect(fromScope) | mine + claims) AS mine
WITH p, mine, CASE WHEN $at IS NULL THEN reduce(latest = null, d IN [c IN mine | c.from] + [c IN mine | c.to] |
  CASE WHEN d IS NOT NULL AND (latest IS NULL OR d > latest) THEN d ELSE latest END) END AS latest
WITH p, mine, coalesce($at, toString(latest)) AS asOf,
  coalesce(date($first), latest) AS first, coalesce(date($last), latest) AS last
WITH p, asOf, [c IN mine WHERE first IS NULL OR
  ((c.from IS NULL OR c.from <= last) AND (c.to IS NULL OR c.to >= first))] AS current
WITH p, asOf, current,
  reduce(m = null, c IN current | CASE WHEN m IS NULL OR c.distance < m THEN c.distance ELSE m END) AS nearest
WITH collect({p: p, asOf: asOf, answer: [c IN current WHERE c.distance = nearest]}) AS answers
WITH answers, reduce(acc = [], x IN answers | acc + [c IN x.answer | c.s]) AS answering
RETURN [x IN answers | [x.p.id, x.p.name, x.asOf, [c IN x.answer | [
  c.scope.id, c.distance, c.f.id, c.s.id, toString(c.reportedFrom), toString(c.reportedTo)
]]]] AS answers, COLLECT {
  UNWIND answering AS s
  WITH DISTINCT s
  RETURN [[s.id, s.kind, [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.role, s.text, s.note, s.start, s.startText, s.end, s.endText, s.pointInTime, s.pointInTimeText, s.countAmount, s.countPhrasing, s.countUnit, s.countText, s.distanceAmount, s.distancePhrasing, s.distanceUnit, s.distanceBearing, s.distanceText, toString(s.retractedAt), s.retractedBy, s.retractionReason], COLLECT {
    MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
    WITH a, [(a)-[:REPORTED_BY]->(x) | x.id][0] AS reporter
    ORDER BY a.reportedOnFrom, reporter, a.id
    RETURN [a.id, s.id, reporter, [(a)-[:CARRIED_BY]->(x) | x.id][0], a.quote, a.reportedOn, a.reportedOnText]
  }] AS bundle
} AS bundles,
  [e IN COLLECT {
  UNWIND answering AS s
  WITH DISTINCT s
  UNWIND [(s)-[:SUBJECT|OBJECT]->(e:Entity) | e] +
    [(s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY|CARRIED_BY]->(e:Entity) | e] AS e
  RETURN e
  UNION
  UNWIND [x IN answers | x.p] AS e
  RETURN e
} | [e.id, [l IN labels(e) WHERE l IN $labels][0], e.name, coalesce(e.aliases, []), e.description, e.kind, e.role]] AS entities;
