// Question: Who controlled this place, claim by claim, over time?
// GraphQL: Query.controlHistory, Place.controlHistory
// Source: src/control/queries.ts (controlClaimsCypher), run by controlClaims
// Variant: every claim of the place and of the places it lies in
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {places: ['place:a-ruheibah'], labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset']}
UNWIND $places AS id
MATCH (p:Entity:Place {id: id})
CALL (p) {
  MATCH path = (p)-[:LOCATED_IN*0..8]->(scope:Place)
  RETURN collect([scope.id, length(path)]) AS scopes
}
WITH collect([id, p.name, scopes, [p.id, [l IN labels(p) WHERE l IN $labels][0], p.name, coalesce(p.aliases, []), p.description, p.kind, p.role]]) AS places
CALL (places) {
  UNWIND places AS place
  UNWIND place[2] AS s
  WITH DISTINCT s[0] AS scopeId
  MATCH (scope:Entity:Place {id: scopeId})<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  CALL (s) {
    OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
    RETURN min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
  }
  RETURN collect([
    scopeId, f.id, [s.id, s.kind, f.id, scopeId, s.status, s.role, null, s.note, s.start, s.startText, s.end, s.endText, s.pointInTime, s.pointInTimeText, null, null, null, null, null, null, null, null, null, null, null, null], toString(reportedFrom), toString(reportedTo)
  ]) AS claims, collect(DISTINCT f) + collect(DISTINCT scope) AS named
}
RETURN places, claims, [e IN named | [e.id, [l IN labels(e) WHERE l IN $labels][0], e.name, coalesce(e.aliases, []), e.description, e.kind, e.role]] AS entities;
