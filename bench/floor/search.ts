/**
 * Search: the full-text candidates ranked in Cypher as our server ranks them in Node (exact, then prefix,
 * then fuzzy on the normalised names; then Lucene's score; then name and id), only the page returned. The
 * query is normalised and turned into Lucene's syntax in Node by the functions ours uses, and `matchedName`
 * is picked in Node for the page's hits.
 *
 * Parameters: `normalized` (the normalised query), `lucene` (its Lucene query), `candidates`
 * (SEARCH_CANDIDATES), `labels` (ENTITY_LABELS), `first`.
 */
import { entityTypeOfLabel, ENTITY_LABELS } from '../../src/entity/labels.js';
import { normalizeName } from '../../src/search/normalize.js';
import { SEARCH_CANDIDATES } from '../../src/search/queries.js';
import { luceneQuery } from '../../src/search/rank.js';
import { cypherInt } from '../../src/db/database.js';
import { SEARCH_PAGE, type FloorQuery } from './shared.js';

const CYPHER = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
WITH node, score, split(node.searchText, '\\n') AS names
WITH node, score,
  CASE WHEN $normalized IN names THEN 0
       WHEN any(n IN names WHERE n STARTS WITH $normalized OR n CONTAINS (' ' + $normalized)) THEN 1
       ELSE 2 END AS rank
ORDER BY rank, score DESC, node.name, node.id
WITH collect({
  id: node.id, name: node.name, aliases: coalesce(node.aliases, []), rank: rank,
  label: [l IN labels(node) WHERE l IN $labels][0]
}) AS ranked
RETURN size(ranked) AS totalCount, ranked[0..$first] AS page`;

const MATCHES = ['EXACT', 'PREFIX', 'FUZZY'] as const;

/** The name or alias, as written, that gave the hit its rank (ours: `matchedName`). */
function matchedName(name: string, aliases: string[], rank: number, query: string): string {
  for (const candidate of [name, ...aliases]) {
    const n = normalizeName(candidate);
    const candidateRank = n === query ? 0 : n.startsWith(query) || ` ${n}`.includes(` ${query}`) ? 1 : 2;
    if (candidateRank === rank) return candidate;
  }
  return name;
}

export const SEARCH: FloorQuery = {
  cypher: CYPHER,
  params: (variables) => {
    const normalized = normalizeName(String(variables.query).slice(0, 200));
    return {
      normalized,
      lucene: luceneQuery(normalized),
      candidates: cypherInt(SEARCH_CANDIDATES),
      labels: ENTITY_LABELS,
      first: cypherInt(SEARCH_PAGE),
    };
  },
  answer: (record, params) => {
    const page = (record?.page ?? []) as {
      id: string;
      name: string;
      aliases: string[];
      rank: number;
      label: string;
    }[];
    return {
      search: {
        totalCount: record?.totalCount ?? 0,
        edges: page.map((hit) => ({
          match: MATCHES[hit.rank],
          matchedName: matchedName(hit.name, hit.aliases, hit.rank, String(params.normalized)),
          node: { id: hit.id, type: entityTypeOfLabel(hit.label), name: hit.name },
        })),
      },
    };
  },
};
