/**
 * A least-recently-used cache of at most `capacity` entries: a hit moves the entry to the end of the
 * Map's order, and an insert past the capacity drops the entry at its start (the one used longest ago).
 * For the answers made per link (a scenario's page head, its card image): a link shared in a thread is
 * opened many times, while the distinct links are unbounded, so the memory is bounded by the capacity.
 *
 * @example const lru = new Lru<string, number>(2); lru.set("a", 1); lru.set("b", 2); lru.get("a"); lru.set("c", 3); [...lru.keys()] // ["a", "c"]
 */
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`an LRU needs a capacity of at least 1, got ${capacity}`);
  }

  /** The value for `key`, now the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Stores `value` as the most recently used, dropping the least recently used entry past the capacity. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  /** The value for `key`, computed by `compute` and stored when absent. */
  getOrSet(key: K, compute: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined || this.#entries.has(key)) return hit as V;
    const value = compute();
    this.set(key, value);
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The keys, least recently used first. */
  keys(): IterableIterator<K> {
    return this.#entries.keys();
  }
}
