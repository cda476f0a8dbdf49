import DataLoader from 'dataloader';

/**
 * DataLoaders made on demand, one per field and argument set: the same field asked with the same
 * arguments on many parents is one batch, while different arguments never share a cache entry.
 */
export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}

/** The values for `keys` from a map, in order, with `fallback` where a key has none. */
export function inOrder<K, V>(keys: readonly K[], found: Map<K, V>, fallback: V): V[] {
  return keys.map((key) => found.get(key) ?? fallback);
}
