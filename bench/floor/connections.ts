/**
 * Connections: all shortest paths through statements between two entities, up to 3 hops (6 SUBJECT or
 * OBJECT relationships), at most MAX_PATHS of them, ordered by the ids along each path, each step with its
 * statement and the statement's reporters.
 *
 * Parameters: `from`, `to`, `maxPaths` (MAX_PATHS), `first`.
 */
import { cypherInt } from '../../src/db/database.js';
import { MAX_PATHS } from '../../src/path/queries.js';
import { PAGE, type FloorQuery } from './shared.js';

const CYPHER = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SUBJECT|OBJECT*..6]-(b))
WHERE none(n IN nodes(p) WHERE n.retractedAt IS NOT NULL)
WITH nodes(p) AS ns LIMIT $maxPaths
WITH ns, reduce(key = '', n IN ns | key + ' ' + n.id) AS key
ORDER BY key
WITH collect(ns) AS paths
WITH size(paths) AS totalCount, paths[0..$first] AS page
CALL (page) {
  UNWIND page AS ns
  CALL (ns) {
    UNWIND range(0, size(ns) - 3, 2) AS i
    WITH ns[i] AS a, ns[i + 1] AS s, ns[i + 2] AS b
    RETURN collect({
      from: a {.id, .name},
      statement: {
        id: s.id, kind: toUpper(s.kind), status: toUpper(s.status),
        attributions: COLLECT {
          MATCH (s)-[:HAS_ATTRIBUTION]->(at:Attribution)-[:REPORTED_BY]->(r)
          WITH at, r ORDER BY at.reportedOnFrom, r.id, at.id
          RETURN {reporter: r {.id, .name}}
        }
      },
      to: b {.id, .name}
    }) AS steps
  }
  RETURN collect({node: {hops: size(steps), steps: steps}}) AS edges
}
RETURN totalCount, edges`;

export const CONNECTIONS: FloorQuery = {
  cypher: CYPHER,
  params: (variables) => ({
    from: variables.from,
    to: variables.to,
    maxPaths: cypherInt(MAX_PATHS),
    first: cypherInt(PAGE),
  }),
  answer: (record) => ({
    connections: { totalCount: record?.totalCount ?? 0, edges: record?.edges ?? [] },
  }),
};
