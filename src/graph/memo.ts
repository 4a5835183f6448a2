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

/**
 * The inner map of a two-level cache (per graph, then per resource), made on first use. Without
 * closures, for lookups made once per resource by several rules.
 */
export function innerCache<O extends object, K extends object, V>(cache: WeakMap<O, WeakMap<K, V>>, outer: O): WeakMap<K, V> {
  let inner = cache.get(outer);
  if (inner === undefined) {
    inner = new WeakMap<K, V>();
    cache.set(outer, inner);
  }
  return inner;
}

/** `cached` one level down: a map per outer key (the graph), then the value per inner key. */
export function cachedPer<O extends object, K, V>(cache: WeakMap<O, Map<K, V>>, outer: O, key: K, make: (key: K) => V): V {
  return cached(cached(cache, outer, () => new Map<K, V>()), key, make);
}

/**
 * A memo for a pure function of a string, for a process that may live long (the language server):
 * it forgets everything once it holds `capacity` answers, and keys longer than `longestKey` are
 * answered without being kept (a large ConfigMap value is rarely seen twice and would stay in memory).
 * Answers are shared between callers, so their types should be readonly.
 */
export class StringMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly capacity = 20_000,
    private readonly longestKey = 4096,
  ) {}

  get(key: string): V {
    if (key.length > this.longestKey) return this.compute(key);
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.compute(key);
      if (this.answers.size >= this.capacity) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }
}
