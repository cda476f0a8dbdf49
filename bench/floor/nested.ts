/**
 * The nested entity question: a place, a page of its children (our `Place.children`: the located_in
 * statements whose object it is, by name), a page of each child's children, and who controls each of
 * those, found as whoControls finds it (bench/floor/whoControls.ts) in a subquery per place, with only the
 * faction, status and whether it is inferred.
 *
 * Parameters: `id`, `first`.
 */
import { cypherInt } from '../../src/db/database.js';
import { NESTED_PAGE, type FloorQuery } from './shared.js';

const CYPHER = `
MATCH (p:Entity {id: $id})
CALL (p) {
  MATCH (p)<-[:OBJECT]-(s:Statement {kind: 'located_in'})-[:SUBJECT]->(c:Entity)
    WHERE s.retractedAt IS NULL
  RETURN count(DISTINCT c) AS childCount
}
CALL (p) {
  MATCH (p)<-[:OBJECT]-(s:Statement {kind: 'located_in'})-[:SUBJECT]->(c:Entity)
    WHERE s.retractedAt IS NULL
  WITH DISTINCT c ORDER BY c.name, c.id LIMIT $first
  CALL (c) {
    MATCH (c)<-[:OBJECT]-(s:Statement {kind: 'located_in'})-[:SUBJECT]->(g:Entity)
    WHERE s.retractedAt IS NULL
    RETURN count(DISTINCT g) AS grandchildCount
  }
  CALL (c) {
    MATCH (c)<-[:OBJECT]-(s:Statement {kind: 'located_in'})-[:SUBJECT]->(g:Entity)
    WHERE s.retractedAt IS NULL
    WITH DISTINCT g ORDER BY g.name, g.id LIMIT $first
    CALL (g) {
      MATCH path = (g)-[:LOCATED_IN*0..8]->(scope:Place)
      WITH scope, min(length(path)) AS distance
      MATCH (scope)<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
      WHERE s.retractedAt IS NULL
      OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
      WITH scope, distance, s, f, min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
      WITH scope, distance, s, f,
        CASE WHEN s.start IS NOT NULL OR s.end IS NOT NULL THEN s.startFrom
             WHEN s.pointInTime IS NOT NULL THEN s.pointInTimeFrom ELSE reportedFrom END AS spanFrom,
        CASE WHEN s.start IS NOT NULL OR s.end IS NOT NULL THEN s.endTo
             WHEN s.pointInTime IS NOT NULL THEN s.pointInTimeTo ELSE reportedTo END AS spanTo
      ORDER BY f.id, s.id
      WITH collect({scope: scope, distance: distance, s: s, f: f, spanFrom: spanFrom, spanTo: spanTo}) AS claims
      WITH claims, reduce(latest = null, d IN [c IN claims | c.spanFrom] + [c IN claims | c.spanTo] |
        CASE WHEN d IS NOT NULL AND (latest IS NULL OR d > latest) THEN d ELSE latest END) AS asOf
      WITH asOf, [c IN claims WHERE asOf IS NULL OR
        ((c.spanFrom IS NULL OR c.spanFrom <= asOf) AND (c.spanTo IS NULL OR c.spanTo >= asOf))] AS current
      WITH asOf, current,
        reduce(m = null, c IN current | CASE WHEN m IS NULL OR c.distance < m THEN c.distance ELSE m END) AS nearest
      CALL (asOf, current, nearest) {
        UNWIND [c IN current WHERE c.distance = nearest] AS c
        WITH asOf, c, c.s AS s, c.f AS f, c.scope AS scope
        RETURN collect({faction: f {.id, .name}, status: toUpper(s.status), inferred: c.distance > 0}) AS controls
      }
      RETURN toString(asOf) AS asOf, controls
    }
    RETURN collect({node: g {.id, .name, .kind, controlledBy: controls}}) AS grandchildren
  }
  RETURN collect({node: c {.id, .name, .kind, children: {totalCount: grandchildCount, edges: grandchildren}}}) AS children
}
RETURN p {.id, .name, .kind, children: {totalCount: childCount, edges: children}} AS entity`;

export const NESTED: FloorQuery = {
  cypher: CYPHER,
  params: (variables) => ({ id: variables.id, first: cypherInt(NESTED_PAGE) }),
  answer: (record) => ({ entity: record?.entity ?? null }),
};
