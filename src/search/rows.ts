import type { EntityRow } from '../entity/rows.js';

/** How a name matched a search: the rank the search query sorts by (src/search/queries.ts). */
export type SearchMatch = 'EXACT' | 'PREFIX' | 'FUZZY';

/** An entity a search found, and how. */
export interface SearchHit {
  entity: EntityRow;
  match: SearchMatch;
}
