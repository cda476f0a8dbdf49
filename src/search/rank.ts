import type { EntityRow } from '../entity/rows.js';
import { normalizeName } from './normalize.js';
import type { SearchHit } from './queries.js';

export type SearchMatch = 'EXACT' | 'PREFIX' | 'FUZZY';

export interface RankedHit {
  entity: EntityRow;
  match: SearchMatch;
  matchedName: string;
}

const ORDER: Record<SearchMatch, number> = { EXACT: 0, PREFIX: 1, FUZZY: 2 };

/**
 * The Lucene query for a normalised search: every word must match, exactly, as a prefix or fuzzily.
 * Normalised words hold only letters and digits, so nothing in them is Lucene syntax.
 */
export function luceneQuery(normalized: string): string {
  return normalized
    .split(' ')
    .map((word) => `+(${word}^4 ${word}*^2 ${word}~${word.length <= 4 ? 1 : 2})`)
    .join(' ');
}

function matchOf(query: string, name: string): SearchMatch {
  const normalized = normalizeName(name);
  if (normalized === query) return 'EXACT';
  if (normalized.startsWith(query) || ` ${normalized}`.includes(` ${query}`)) return 'PREFIX';
  return 'FUZZY';
}

/** Exact before prefix before fuzzy; then Lucene's score; then name and id, so the order is stable. */
export function rankHits(query: string, hits: SearchHit[]): RankedHit[] {
  return hits
    .map(({ entity, score }) => {
      let best: { match: SearchMatch; name: string } = { match: 'FUZZY', name: entity.name };
      for (const name of [entity.name, ...entity.aliases]) {
        const match = matchOf(query, name);
        if (ORDER[match] < ORDER[best.match]) best = { match, name };
      }
      return { entity, match: best.match, matchedName: best.name, score };
    })
    .sort(
      (a, b) =>
        ORDER[a.match] - ORDER[b.match] ||
        b.score - a.score ||
        a.entity.name.localeCompare(b.entity.name) ||
        a.entity.id.localeCompare(b.entity.id),
    )
    .map(({ entity, match, matchedName }) => ({ entity, match, matchedName }));
}
