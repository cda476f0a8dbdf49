/**
 * The health probe's query (Database.ping, src/db/neo4jProbe.ts): the cheapest one that needs Neo4j to
 * answer, touching no data.
 */
export const pingCypher = 'RETURN 1';
