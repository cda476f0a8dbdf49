// Question: Which places does this faction control on this date? (step 1: the places it may control)
// GraphQL: Query.controlledBy, Faction.controls
// Source: src/control/queries.ts (controlCandidatesCypher), run by controlCandidates
// Variant: step 1; step 2 asks whoControls.cypher about these places and keeps those the faction holds
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {factions: ['faction:syrian-government']}
UNWIND $factions AS id
CALL (id) {
  MATCH (:Entity:Faction {id: id})<-[:SUBJECT]-(s:Statement {kind: 'control'})-[:OBJECT]->(p:Place)
  WHERE s.retractedAt IS NULL
  MATCH (d:Place)-[:LOCATED_IN*0..8]->(p)
  RETURN collect(DISTINCT d.id) AS places
}
RETURN id, places;
