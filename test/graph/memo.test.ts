import { describe, expect, it } from 'vitest';
import { cached, cachedPer } from '../../src/graph/memo.js';

describe('cached facts', () => {
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
