/**
 * Statements by reporter: the reporter's statements, counted by its `SOURCED_BY` degree and paged in id
 * order from the `statement_sources` index, each with its subject, object and attributions (oldest report
 * first, then by reporter and id, as ours orders them).
 *
 * Parameters: `reporter`, `first`.
 */
import { cypherInt } from '../../src/db/database.js';
import { PAGE, type FloorQuery } from './shared.js';

const CYPHER = `
MATCH (reporter:Entity {id: $reporter})
CALL (reporter) {
  MATCH (s)-[via:SOURCED_BY]->()
  WHERE via.reporter = $reporter AND via.statement > ''
  WITH s, via ORDER BY via.reporter, via.statement LIMIT $first
  RETURN collect({node: {
    id: s.id, kind: toUpper(s.kind), status: toUpper(s.status),
    subject: [(s)-[:SUBJECT]->(x) | x {.id, .name}][0],
    object: [(s)-[:OBJECT]->(x) | x {.id, .name}][0],
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
  }}) AS edges
}
RETURN COUNT { (reporter)<-[:SOURCED_BY]-() } AS totalCount, edges`;

export const STATEMENTS_BY_REPORTER: FloorQuery = {
  cypher: CYPHER,
  params: (variables) => ({ reporter: variables.reporter, first: cypherInt(PAGE) }),
  answer: (record) => ({ statements: { totalCount: record?.totalCount ?? 0, edges: record?.edges ?? [] } }),
};
