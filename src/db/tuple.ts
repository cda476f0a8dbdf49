/**
 * A row Neo4j sends as a list, its columns in a fixed order, instead of as a map. neo4j-driver unpacks a map
 * key by key, each key a fresh string set with Object.defineProperty: about 25 µs for a statement's 26 keys
 * on these machines, against 1 to 3 µs for the same values in a list. A page of statements with their
 * attributions and entities is a hundred rows, so the difference is milliseconds of CPU per request.
 *
 * The column order is written once, here, next to the Cypher that makes it: `cypher` builds the list and
 * `of` turns a list back into the row, so the two cannot drift apart.
 */
export interface Tuple<T> {
  /**
   * The Cypher list expression of the row of the node bound to `variable`; `known` gives the columns the
   * query has at hand already (a variable it bound, an id it matched on), in place of their own Cypher.
   */
  cypher(variable: string, known?: Partial<Columns<T>>): string;
  /** The row of a list that `cypher` made. */
  of(list: readonly unknown[]): T;
}

/** Every property of T, each with the Cypher expression of its value for the node bound to `v`. */
export type Columns<T> = { readonly [K in keyof T]-?: string };

export function tuple<T extends object>(columns: (v: string) => Columns<T>): Tuple<T> {
  const keys = Object.keys(columns('v')) as (keyof T & string)[];
  return {
    cypher(variable, known = {}) {
      const expressions = { ...columns(variable), ...known } as Columns<T>;
      return `[${keys.map((key) => expressions[key]).join(', ')}]`;
    },
    of(list) {
      const row = {} as Record<string, unknown>;
      for (let i = 0; i < keys.length; i++) row[keys[i]!] = list[i] ?? null;
      return row as T;
    },
  };
}
