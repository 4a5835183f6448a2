import { describe, expect, it } from 'vitest';
import { StringMemo, cached, cachedPer, innerCache } from '../../src/graph/memo.js';

describe('cached facts', () => {
  it('gives one inner cache per outer key, the same one on every call', () => {
    const cache = new WeakMap<object, WeakMap<object, string>>();
    const graph = {};
    const inner = innerCache(cache, graph);
    inner.set(graph, 'kept');
    expect(innerCache(cache, graph)).toBe(inner);
    expect(innerCache(cache, {})).not.toBe(inner);
    expect(innerCache(cache, graph).get(graph)).toBe('kept');
  });

  it('makes a value once per key and keeps it', () => {
    const cache = new Map<string, { made: string }>();
    let calls = 0;
    const make = (key: string) => ({ made: `${key}${(calls += 1)}` });
    const first = cached(cache, 'a', make);
    expect(cached(cache, 'a', make)).toBe(first);
    expect(cached(cache, 'b', make)).toEqual({ made: 'b2' });
    expect(calls).toBe(2);
  });

  it('keeps one map per outer object', () => {
    const cache = new WeakMap<object, Map<string, number>>();
    const graphA = {};
    const graphB = {};
    let calls = 0;
    expect(cachedPer(cache, graphA, 'ns', () => (calls += 1))).toBe(1);
    expect(cachedPer(cache, graphA, 'ns', () => (calls += 1))).toBe(1);
    expect(cachedPer(cache, graphB, 'ns', () => (calls += 1))).toBe(2);
  });
});

describe('StringMemo', () => {
  function counting() {
    const calls: string[] = [];
    return { calls, compute: (key: string) => (calls.push(key), { length: key.length }) };
  }

  it('computes each key once and gives every caller the same answer', () => {
    const { calls, compute } = counting();
    const memo = new StringMemo(compute);
    const first = memo.get('kafka.prod.svc');
    expect(memo.get('kafka.prod.svc')).toBe(first);
    expect(memo.get('zk.prod.svc')).toEqual({ length: 11 });
    expect(calls).toEqual(['kafka.prod.svc', 'zk.prod.svc']);
  });

  it('forgets everything once full, so a long-lived language server does not grow without end', () => {
    const { calls, compute } = counting();
    const memo = new StringMemo(compute, 2);
    memo.get('a');
    memo.get('b');
    memo.get('c');
    memo.get('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('answers keys longer than its limit without keeping them', () => {
    const { calls, compute } = counting();
    const memo = new StringMemo(compute, 10, 4);
    memo.get('short');
    memo.get('short');
    memo.get('tiny');
    memo.get('tiny');
    expect(calls).toEqual(['short', 'short', 'tiny']);
  });
});
