import DataLoader from 'dataloader';

/**
 * A DataLoader that also answers at once, without a promise, for the keys it already holds a value for.
 *
 * Most relationship fields of an answer are in hand before they are asked: the query that found a page
 * of statements brought their attributions and the entities they name, and primed them here. Through
 * `load` each would still cost a promise, and graphql-js completes a promise far more slowly than a
 * plain value (its own promises for the object, a microtask per level, the request scope's async hooks),
 * which on a page of statements was most of the GraphQL layer's work. `peek` lets a resolver return the
 * value itself.
 *
 * What `peek` holds follows the loader: a primed value (unless the key was known already, as `prime`
 * never replaces a value), then what a batch loaded for the key. Errors are never held.
 */
export class PeekableLoader<K, V> extends DataLoader<K, V> {
  private readonly known: Map<K, V>;

  constructor(batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V>) {
    const known = new Map<K, V>();
    super(async (keys) => {
      const values = await batch(keys);
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        if (!(value instanceof Error)) known.set(keys[i]!, value);
      }
      return values;
    }, options);
    this.known = known;
  }

  /** The value held for `key`, or undefined when it must be loaded. */
  peek(key: K): V | undefined {
    return this.known.get(key);
  }

  /** The value held for `key` as is, or the promise of loading it. */
  get(key: K): V | Promise<V> {
    const value = this.known.get(key);
    return value === undefined ? this.load(key) : value;
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    super.prime(key, value);
    const plain =
      !(value instanceof Error) && !(value !== null && typeof value === 'object' && 'then' in value);
    if (plain && !this.known.has(key)) this.known.set(key, value as V);
    return this;
  }

  override clear(key: K): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}
