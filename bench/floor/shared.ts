/**
 * What the floor's questions share: the shape of one question's query, and the page sizes the mix asks
 * every contender for. Each question's Cypher is written out whole in its own file, so it can be read (and
 * pasted into cypher-shell with the parameters its doc comment names) without assembling anything.
 */

export type Variables = Record<string, unknown>;
export type Json = Record<string, unknown>;

/** The floor's side of one question: its Cypher, how the request's JSON becomes parameters, the answer. */
export interface FloorQuery {
  cypher: string;
  params(variables: Variables): Record<string, unknown>;
  /** The response body, from the query's single record (as a plain object; undefined when none). */
  answer(record: Json | undefined, params: Record<string, unknown>): unknown;
}

/** The page of search hits; our operation and the peer's ask for the same. */
export const SEARCH_PAGE = 20;
/** The page of children at each level of the nested question; ours and the peer's ask for the same. */
export const NESTED_PAGE = 10;
/** The page of every other list (statements, periods, groups, paths). */
export const PAGE = 20;
