import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS } from '../entity/labels.js';
import type { EntityRow } from '../entity/rows.js';

/** How many full-text hits are ranked at most; a search is for finding, not for listing the graph. */
export const SEARCH_CANDIDATES = 1000;

/**
 * Candidates from the full-text index over normalised names (`searchText`). Recall comes from Lucene
 * (exact, prefix and fuzzy terms); the ranking is done in src/search/rank.ts.
 */
export const searchEntitiesCypher = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node {
  .id, .name, .description, .kind, .role,
  aliases: coalesce(node.aliases, []),
  label: [l IN labels(node) WHERE l IN $allLabels][0]
} AS entity, score, node.searchText AS searchText`;

export interface SearchHit {
  entity: EntityRow;
  score: number;
  /** The entity's names, normalised, one per line (what the index holds). */
  searchText: string;
}

export async function searchEntities(
  tx: ManagedTransaction,
  lucene: string,
  labels: readonly string[] | null,
): Promise<SearchHit[]> {
  const result = await tx.run(searchEntitiesCypher, {
    lucene,
    labels,
    allLabels: ENTITY_LABELS,
    limit: SEARCH_CANDIDATES,
  });
  return result.records.map((r) => ({
    entity: r.get('entity') as EntityRow,
    score: r.get('score') as number,
    searchText: (r.get('searchText') as string | null) ?? '',
  }));
}
