import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt } from '../db/database.js';
import { SEARCH_INDEX } from '../db/migrations.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import { ENTITY } from '../entity/queries.js';
import type { SearchHit, SearchMatch } from './rows.js';

/** How many full-text hits are ranked at most; a search is for finding, not for listing the graph. */
export const SEARCH_CANDIDATES = 1000;

/**
 * Candidates from the full-text index over normalised names (`searchText`, one name per line), ranked
 * where they are: exact before prefix before fuzzy (the best of the entity's names), then Lucene's
 * score, then name and id. Recall comes from Lucene (exact, prefix and fuzzy terms); only the page
 * asked for travels, with the count of all candidates.
 */
export const searchEntitiesCypher = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {limit: $limit}) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score, split(node.searchText, '\\n') AS names
WITH node, score,
  CASE WHEN $normalized IN names THEN 0
       WHEN any(n IN names WHERE n STARTS WITH $normalized OR (' ' + n) CONTAINS (' ' + $normalized)) THEN 1
       ELSE 2 END AS rank
ORDER BY rank, score DESC, node.name, node.id
WITH collect({node: node, rank: rank}) AS ranked
RETURN size(ranked) AS total, COLLECT {
  UNWIND ranked[$skip..($skip + $first)] AS hit
  WITH hit.node AS node, hit.rank AS rank
  RETURN [rank, ${ENTITY.cypher('node')}]
} AS page`;

const MATCHES: readonly SearchMatch[] = ['EXACT', 'PREFIX', 'FUZZY'];

export async function searchEntities(
  tx: ManagedTransaction,
  search: { lucene: string; normalized: string; labels: readonly string[] | null },
  page: { skip: number; limit: number },
): Promise<{ total: number; page: SearchHit[] }> {
  const record = (
    await tx.run(searchEntitiesCypher, {
      lucene: search.lucene,
      normalized: search.normalized,
      types: search.labels,
      labels: ENTITY_LABELS,
      limit: cypherInt(SEARCH_CANDIDATES),
      skip: cypherInt(page.skip),
      first: cypherInt(page.limit),
    })
  ).records[0];
  const hits = (record?.get('page') ?? []) as [number, unknown[]][];
  return {
    total: (record?.get('total') as number | undefined) ?? 0,
    page: hits.map(([rank, entity]) => ({ entity: ENTITY.of(entity), match: MATCHES[rank]! })),
  };
}
