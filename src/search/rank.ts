import type { EntityRow } from '../entity/rows.js';
import { normalizeName } from './normalize.js';
import type { SearchHit } from './queries.js';

export type SearchMatch = 'EXACT' | 'PREFIX' | 'FUZZY';

export interface RankedHit {
  entity: EntityRow;
  match: SearchMatch;
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

const matchOf = (query: string, normalized: string): SearchMatch =>
  normalized === query
    ? 'EXACT'
    : normalized.startsWith(query) || ` ${normalized}`.includes(` ${query}`)
      ? 'PREFIX'
      : 'FUZZY';

/** The best match among an entity's normalised names (its searchText lines). */
function bestMatch(query: string, searchText: string): SearchMatch {
  let best: SearchMatch = 'FUZZY';
  for (const normalized of searchText.split('\n')) {
    const match = matchOf(query, normalized);
    if (ORDER[match] < ORDER[best]) best = match;
  }
  return best;
}

// Compares as localeCompare does, without building a collator for each comparison.
const collator = new Intl.Collator();

/**
 * Exact before prefix before fuzzy; then Lucene's score; then name and id, so the order is stable. The
 * classes come from the stored normalised names, so ranking a thousand candidates normalises nothing.
 */
export function rankHits(query: string, hits: SearchHit[]): RankedHit[] {
  return hits
    .map(({ entity, score, searchText }) => ({ entity, match: bestMatch(query, searchText), score }))
    .sort(
      (a, b) =>
        ORDER[a.match] - ORDER[b.match] ||
        b.score - a.score ||
        collator.compare(a.entity.name, b.entity.name) ||
        collator.compare(a.entity.id, b.entity.id),
    )
    .map(({ entity, match }) => ({ entity, match }));
}

/** The name or alias, as written, that gave a hit its match: asked only for the hits on the page. */
export function matchedNameOf(query: string, { entity, match }: RankedHit): string {
  for (const name of [entity.name, ...entity.aliases]) {
    if (matchOf(query, normalizeName(name)) === match) return name;
  }
  return entity.name;
}
