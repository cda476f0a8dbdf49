/**
 * Disagreements about an entity: the groups its statements belong to (the place for control, the whole
 * event for counts, via PART_OF up to MAX_HIERARCHY_DEPTH = 8 steps; the subject otherwise), each group's
 * members, kept when their signatures differ, with statements, sources and reporters. The signature is
 * what two statements must share to agree; src/disagreement/queries.ts compares the same.
 *
 * Parameters: `about`, `kinds` (COMPARED_KINDS), `first`.
 */
import { cypherInt } from '../../src/db/database.js';
import { COMPARED_KINDS } from '../../src/disagreement/queries.js';
import { PAGE, type FloorQuery } from './shared.js';

const CYPHER = `
MATCH (:Entity {id: $about})<-[:SUBJECT|OBJECT]-(s:Statement)
WHERE s.kind IN $kinds AND s.retractedAt IS NULL
WITH s, [(s)-[:SUBJECT]->(x) | x.id][0] AS subject, [(s)-[:OBJECT]->(x) | x.id][0] AS object
WITH DISTINCT s.kind AS kind,
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
CALL (kind, topic, related) {
  MATCH (t:Entity {id: topic})
  CALL (t, kind, related) {
    MATCH (t)<-[:SUBJECT]-(s:Statement {kind: 'count'}) WHERE kind = 'count'
    RETURN s
    UNION
    MATCH (t:Event)<-[:PART_OF*1..8]-(:Event)<-[:SUBJECT]-(s:Statement {kind: 'count'})
    WHERE kind = 'count'
    RETURN s
    UNION
    MATCH (t)<-[:OBJECT]-(s:Statement {kind: 'control'}) WHERE kind = 'control'
    RETURN s
    UNION
    MATCH (t)<-[:SUBJECT]-(s:Statement {kind: kind})
    WHERE NOT kind IN ['count', 'control']
      AND (related IS NULL OR EXISTS { (s)-[:OBJECT]->(:Entity {id: related}) })
    RETURN s
  }
  WITH t, s WHERE s.retractedAt IS NULL
  WITH t, s ORDER BY s.id
  WITH t, collect(s) AS members, count(DISTINCT reduce(acc = '', v IN [
    [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.start, s.end, s.pointInTime,
    toString(s.countAmount), s.countPhrasing, toString(s.distanceAmount), s.distancePhrasing, s.distanceUnit,
    s.distanceBearing
  ] | acc + '|' + coalesce(v, '-'))) AS variants
  WHERE variants > 1
  RETURN t, members
}
WITH kind, topic, related, t, members ORDER BY topic, kind, related
WITH collect({kind: kind, t: t, members: members}) AS groups
WITH size(groups) AS totalCount, groups[0..$first] AS page
CALL (page) {
  UNWIND page AS g
  WITH g, g.t AS t
  CALL (g) {
    UNWIND g.members AS s
    RETURN collect({
      id: s.id, status: toUpper(s.status),
      subject: [(s)-[:SUBJECT]->(x) | x {.id, .name}][0],
      object: [(s)-[:OBJECT]->(x) | x {.id, .name}][0],
      count: CASE WHEN s.countPhrasing IS NULL THEN null ELSE
        {amount: s.countAmount, phrasing: toUpper(s.countPhrasing), unit: s.countUnit, text: s.countText} END,
      start: CASE WHEN s.start IS NULL THEN null ELSE {value: s.start,
        precision: CASE size(s.start) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END} END,
      pointInTime: CASE WHEN s.pointInTime IS NULL THEN null ELSE {value: s.pointInTime,
        precision: CASE size(s.pointInTime) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END} END,
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
    }) AS statements
  }
  CALL (g) {
    UNWIND g.members AS s
    MATCH (s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY]->(r)
    WITH DISTINCT r ORDER BY r.id
    RETURN collect(r {.id, .name}) AS reporters
  }
  RETURN collect({node: {kind: toUpper(g.kind), topic: t {.id, .name}, reporters: reporters, statements: statements}}) AS edges
}
RETURN totalCount, edges`;

export const DISAGREEMENTS: FloorQuery = {
  cypher: CYPHER,
  params: (variables) => ({ about: variables.about, kinds: COMPARED_KINDS, first: cypherInt(PAGE) }),
  answer: (record) => ({
    disagreements: { totalCount: record?.totalCount ?? 0, edges: record?.edges ?? [] },
  }),
};
