/**
 * Who controls a place, with inference and on the latest reported day: the control claims about the place
 * or the places it lies in (LOCATED_IN, up to MAX_HIERARCHY_DEPTH = 8 steps), each dated by its own span
 * (or when it was reported); those that cover the latest day any of them names, of the nearest place that
 * has any; with their attributions, oldest report first (as ours orders them).
 *
 * Parameters: `place`.
 */
import type { FloorQuery } from './shared.js';

const CYPHER = `
MATCH (p:Entity:Place {id: $place})
CALL (p) {
  MATCH path = (p)-[:LOCATED_IN*0..8]->(scope:Place)
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
    RETURN collect({
      asOf: toString(asOf),
      faction: f {.id, .name},
      status: toUpper(s.status),
      start: CASE WHEN s.start IS NULL THEN null ELSE {value: s.start,
        precision: CASE size(s.start) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END} END,
      end: CASE WHEN s.end IS NULL THEN null ELSE {value: s.end,
        precision: CASE size(s.end) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END} END,
      pointInTime: CASE WHEN s.pointInTime IS NULL THEN null ELSE {value: s.pointInTime,
        precision: CASE size(s.pointInTime) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END} END,
      inferred: c.distance > 0,
      inferredFrom: CASE WHEN c.distance > 0 THEN scope {.id, .name} END,
      statement: {id: s.id},
      attributions: COLLECT {
        MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
        OPTIONAL MATCH (a)-[:REPORTED_BY]->(r)
        OPTIONAL MATCH (a)-[:CARRIED_BY]->(cb)
        WITH a, r, cb ORDER BY a.reportedOnFrom, r.id, a.id
        RETURN {
          reporter: r {.id, .name}, carriedBy: cb {.id, .name},
          reportedOn: CASE WHEN a.reportedOn IS NULL THEN null ELSE {value: a.reportedOn,
            precision: CASE size(a.reportedOn) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END} END,
          quote: a.quote
        }
      }
    }) AS controls
  }
  RETURN toString(asOf) AS asOf, controls
}
RETURN controls`;

export const WHO_CONTROLS: FloorQuery = {
  cypher: CYPHER,
  params: (variables) => ({ place: variables.place }),
  answer: (record) => ({ whoControls: record?.controls ?? [] }),
};
