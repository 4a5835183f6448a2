import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { withFields } from '../../src/graph/with-fields.js';

describe('withFields', () => {
  it('makes what spread makes: base fields, then the new ones, a later one replacing an earlier', () => {
    const base = { resource: 'r', path: ['a'], place: 'p' };
    const made = withFields(base, { place: 'q', written: 'w' });
    expect(made).toEqual({ ...base, place: 'q', written: 'w' });
    expect(Object.keys(made)).toEqual(['resource', 'path', 'place', 'written']);
    expect(made).not.toBe(base);
    expect(base).toEqual({ resource: 'r', path: ['a'], place: 'p' });
  });

  it('keeps a manifest key named __proto__ as a field, as spread does, instead of setting the prototype', () => {
    const labels = JSON.parse('{"__proto__": "x", "app": "a"}') as Record<string, string>;
    const made = withFields(labels, { 'kubernetes.io/metadata.name': 'prod' });
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
    expect(Object.hasOwn(made, '__proto__')).toBe(true);
    expect(Object.entries(made)).toEqual([['__proto__', 'x'], ['app', 'a'], ['kubernetes.io/metadata.name', 'prod']]);
    const added = withFields({ app: 'a' }, JSON.parse('{"__proto__": "y"}') as Record<string, string>);
    expect(Object.entries(added)).toEqual([['app', 'a'], ['__proto__', 'y']]);
  });

  it('gives objects built alike one hidden class, which spread plus a field does not on this engine', () => {
    // V8's intrinsics parse only in functions compiled after the flag is set.
    setFlagsFromString('--allow-natives-syntax');
    const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
    const build = (make: (base: object, i: number) => object) => Array.from({ length: 100 }, (_, i) => make({ resource: i, place: `p${i}` }, i));
    const assigned = build((base, i) => withFields(base, { written: `w${i}` }));
    expect(assigned.every((made) => sameMap(made, assigned[0] as object))).toBe(true);
    const spread = build((base, i) => ({ ...base, written: `w${i}` }));
    // Documents why withFields exists: if a Node release shares these maps, spread is fine again.
    if (process.versions.v8.startsWith('11.')) expect(sameMap(spread[98] as object, spread[99] as object)).toBe(false);
  });
});
