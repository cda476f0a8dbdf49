import { normalizeName } from './normalize.js';
import type { SearchHit, SearchMatch } from './rows.js';

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

/** How a name matches a search, by the rule the search query ranks with (src/search/queries.ts). */
const matchOf = (query: string, normalized: string): SearchMatch =>
  normalized === query
    ? 'EXACT'
    : normalized.startsWith(query) || ` ${normalized}`.includes(` ${query}`)
      ? 'PREFIX'
      : 'FUZZY';

/** The name or alias, as written, that gave a hit its match. */
export function matchedNameOf(query: string, { entity, match }: SearchHit): string {
  for (const name of [entity.name, ...entity.aliases]) {
    if (matchOf(query, normalizeName(name)) === match) return name;
  }
  return entity.name;
}
