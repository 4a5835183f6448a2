/** A Map or WeakMap, as far as `cached` needs one. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept under `key`, made by `make` and kept on first use: facts derived from a graph (or a
 * resource, or a pod template of it) that several rules ask for. Graphs and what they hold never
 * change after they are built, so nothing goes stale; weak keys let them go with their run. Values
 * must not be undefined (that reads as "not made yet").
 */
export function cached<K, V>(cache: Cache<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}

/** `cached` one level down: a map per outer key (the graph), then the value per inner key. */
export function cachedPer<O extends object, K, V>(cache: WeakMap<O, Map<K, V>>, outer: O, key: K, make: (key: K) => V): V {
  return cached(cached(cache, outer, () => new Map<K, V>()), key, make);
}
