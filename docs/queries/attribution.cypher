// Question: What is the attribution with this id?
// GraphQL: Query.node (attributions), Attribution links
// Source: src/statement/queries.ts, run by attributionsById (batched by the attribution loader)
// Variant: the ids are a statement's attributions, looked up in :param (they are digests)
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {ids: COLLECT { MATCH (:Statement {id: 'stmt:convoy-about-1500'})-[:HAS_ATTRIBUTION]->(a) RETURN a.id }}
UNWIND $ids AS id MATCH (a:Attribution {id: id}) RETURN [a.id, [(st)-[:HAS_ATTRIBUTION]->(a) | st.id][0], [(a)-[:REPORTED_BY]->(x) | x.id][0], [(a)-[:CARRIED_BY]->(x) | x.id][0], a.quote, a.reportedOn, a.reportedOnText] AS row;
