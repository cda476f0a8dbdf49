// Question: What is the statement with this id?
// GraphQL: Query.node (statements), and every field that links to a statement
// Source: src/statement/queries.ts, run by statementsById (batched by the statement loader)
// Variant: all statement columns; a batch of two ids
// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.
:param {ids: ['stmt:dumayr-retaken-in-2018', 'stmt:convoy-about-1500']}
UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN [s.id, s.kind, [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.role, s.text, s.note, s.start, s.startText, s.end, s.endText, s.pointInTime, s.pointInTimeText, s.countAmount, s.countPhrasing, s.countUnit, s.countText, s.distanceAmount, s.distancePhrasing, s.distanceUnit, s.distanceBearing, s.distanceText, toString(s.retractedAt), s.retractedBy, s.retractionReason] AS row;
