/**
 * Checked access for numerical code (docs/architecture.md, "Numerical code fails loudly"): an index or
 * key that should exist but does not is a bug, so it throws instead of becoming a plausible 0.
 */

/**
 * The element at `index`; throws a RangeError naming `what` when the index is outside the array or
 * the slot is empty.
 *
 * @example at([0.2, 0.4], 1) // 0.4
 */
export function at<T>(items: ArrayLike<T>, index: number, what = "array"): T {
  const value = items[index];
  if (value === undefined) throw new RangeError(`${what}: no element at index ${index} (length ${items.length})`);
  return value;
}

/**
 * The value a map holds for `key`; throws a RangeError naming `what` when it holds none.
 *
 * @example got(new Map([["a", 1]]), "a") // 1
 */
export function got<K, V>(map: ReadonlyMap<K, V>, key: K, what = "map"): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`${what}: no entry for ${String(key)}`);
  return value;
}

/**
 * The value a record holds for `key`; throws a RangeError naming `what` when it holds none.
 *
 * @example field({ centralized: 4 }, "centralized") // 4
 */
export function field<V>(record: Readonly<Record<string, V>>, key: string, what = "record"): V {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  if (value === undefined) throw new RangeError(`${what}: no entry for "${key}"`);
  return value;
}
