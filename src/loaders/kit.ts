import { PeekableLoader } from './peekableLoader.js';

/**
 * The one way this server makes a DataLoader: every domain's `loaders.ts` builds its loaders from these,
 * and src/context.ts composes them into a fresh set per request (and per write, `forgetReads`).
 *
 * A query answers many keys in one round trip and hands back what it found by key; the loader puts the
 * answers in the keys' order. So round trips grow with the depth of a question, not with its answer.
 */

/** The values for `keys` from a map, in order, with `missing` where a key has none. */
export function inOrder<K, V>(keys: readonly K[], found: ReadonlyMap<K, V>, missing: V): V[] {
  return keys.map((key) => found.get(key) ?? missing);
}

/**
 * A loader whose batch `load` reads every key asked in one tick at once and answers a map by key;
 * `missing` answers a key the map leaves out (null for an id that names nothing, an empty list or page).
 * It peeks (PeekableLoader): what was primed or loaded is answered without a promise.
 */
export function batchLoader<K, V>(
  load: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
  missing: V,
): PeekableLoader<K, V> {
  return new PeekableLoader<K, V>(async (keys) => inOrder(keys, await load(keys), missing));
}

/**
 * Loaders made on demand, one per argument set, for fields with arguments: the same field asked with the
 * same arguments on many parents is one batch, while different arguments never share a cache entry.
 * `keyOf` names an argument set; `create` makes its loader the first time the set is asked.
 */
export function perArguments<A extends unknown[], L>(
  keyOf: (...args: A) => string,
  create: (...args: A) => L,
): (...args: A) => L {
  const made = new Map<string, L>();
  return (...args) => {
    const key = keyOf(...args);
    let loader = made.get(key);
    if (!loader) {
      loader = create(...args);
      made.set(key, loader);
    }
    return loader;
  };
}
