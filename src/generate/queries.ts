import { SEARCH_INDEX } from '../db/migrations.js';

/**
 * The generator's own statements (src/generate/load.ts); it writes entities and statements with the
 * write model's queries (src/ingest/createQueries.ts).
 */

/** The marker of a generated graph, `(:GeneratedGraph)`. */
export const generatedGraphCypher =
  'MATCH (g:GeneratedGraph) RETURN g {.*} AS g ORDER BY g.statements LIMIT 1';

export const holdsDataCypher = 'MATCH (n) RETURN count(n) > 0 AS any LIMIT 1';

export const countNodesCypher = 'MATCH (n) RETURN count(n) AS n';

// CALL ... IN TRANSACTIONS: each needs an auto-commit transaction.
export const deleteRelationshipsCypher =
  'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS';
export const deleteNodesCypher = 'MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS';

/** Writes the marker: what was asked for, what was written so far, and whether the run is complete. */
export const markGeneratedGraphCypher = `
MERGE (g:GeneratedGraph {seed: $seed, statements: $statements})
SET g.generatorVersion = $version, g.entities = $entities, g.attributions = $attributions, g.complete = $complete`;

export const dropSearchIndexCypher = `DROP INDEX ${SEARCH_INDEX} IF EXISTS`;
