// Question: Who reported this statement, where and when?
// GraphQL: Statement.attributions (when the query that found the statement did not bring them)
// Source: src/statement/queries.ts, run by attributionsOfStatements (batched by the attribution loader)
// Variant: a batch of two statements
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {ids: ['stmt:dumayr-retaken-in-2018', 'stmt:convoy-about-1500'], labels: ['Faction', 'Place', 'MediaSource', 'Person', 'Agreement', 'Event', 'Article', 'Dataset']}
UNWIND $ids AS id
     MATCH (:Statement {id: id})-[:HAS_ATTRIBUTION]->(a:Attribution)
     WITH id, a, [(a)-[:REPORTED_BY]->(x) | x.id][0] AS reporter
     ORDER BY a.reportedOnFrom, reporter, a.id
     WITH id, collect(a) AS attributions, collect([a.id, id, reporter, [(a)-[:CARRIED_BY]->(x) | x.id][0], a.quote, a.reportedOn, a.reportedOnText]) AS rows
     RETURN id, rows, COLLECT {
       UNWIND attributions AS a
       MATCH (a)-[:REPORTED_BY|CARRIED_BY]->(e)
       RETURN DISTINCT [e.id, [l IN labels(e) WHERE l IN $labels][0], e.name, coalesce(e.aliases, []), e.description, e.kind, e.role] AS row
     } AS entities;
