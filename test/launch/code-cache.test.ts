import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PackedCodeCache, checksum, codeCacheDirectory, crc32InJavaScript, sourceKey } from '../../src/launch/code-cache.js';

const BUNDLE_KEY = 'bundle-under-test';

let directory: string;
beforeEach(() => {
  directory = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-code-cache-test-')), 'cache');
});
afterEach(() => {
  rmSync(path.dirname(directory), { recursive: true, force: true });
});

function open(): PackedCodeCache {
  const cache = PackedCodeCache.open(directory, BUNDLE_KEY);
  if (cache === undefined) throw new Error('the cache directory was refused');
  return cache;
}

/** A function body that does some work, so that V8 has code worth caching. */
function body(result: number): string {
  return `function twice(x) { return x * 2; }\nlet sum = 0;\nfor (let i = 0; i < 10; i++) sum += twice(i);\nreturn sum * 0 + ${result};`;
}

function packFile(): string {
  return path.join(directory, `${BUNDLE_KEY}.pack`);
}

describe('the code cache between runs', () => {
  it('serves the code a previous run compiled, which runs as compiled anew', () => {
    const first = open();
    expect(first.compileFunction(body(7), 'first.js', ['a'])(1)).toBe(7);
    expect(first.stats).toEqual({ served: 0, compiled: 1 });
    first.save();
    expect(readdirSync(directory)).toEqual([`${BUNDLE_KEY}.pack`]);

    const second = open();
    expect(second.compileFunction(body(7), 'first.js', ['a'])(1)).toBe(7);
    expect(second.stats).toEqual({ served: 1, compiled: 0 });
  });

  it('never serves code made from another source of the same length (V8 checks only the length)', () => {
    const first = open();
    first.compileFunction(body(1), 'one.js', []);
    first.save();
    expect(body(1).length).toBe(body(2).length);

    const second = open();
    expect(second.compileFunction(body(2), 'two.js', [])()).toBe(2);
    expect(second.stats).toEqual({ served: 0, compiled: 1 });
  });

  it('writes nothing when every source was served', () => {
    const first = open();
    first.compileFunction(body(3), 'a.js', []);
    first.save();
    const past = new Date(Date.now() - 60_000);
    utimesSync(packFile(), past, past);
    const before = statSync(packFile()).mtimeMs;

    const second = open();
    second.compileFunction(body(3), 'a.js', []);
    second.save();
    expect(statSync(packFile()).mtimeMs).toBe(before);
  });

  it('keeps the entries of earlier runs when a run adds its own', () => {
    const first = open();
    first.compileFunction(body(4), 'a.js', []);
    first.save();
    const second = open();
    second.compileFunction(body(5), 'b.js', []);
    second.save();

    const third = open();
    expect(third.compileFunction(body(4), 'a.js', [])()).toBe(4);
    expect(third.compileFunction(body(5), 'b.js', [])()).toBe(5);
    expect(third.stats).toEqual({ served: 2, compiled: 0 });
  });

  it.each([
    ['garbage', (bytes: Buffer) => Buffer.from('not a pack at all')],
    ['a truncated pack', (bytes: Buffer) => bytes.subarray(0, bytes.length - 10)],
    // V8 accepts damaged code without noticing (it checks versions and flags, not bytes): the pack's digest must catch it.
    ['one damaged byte of code', (bytes: Buffer) => Buffer.from(bytes.map((byte, index) => (index === bytes.length - 20 ? byte ^ 0xff : byte)))],
    ['a header that lies about offsets', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(/\[0,/, '[999999,'), 'latin1')],
  ])('ignores %s and compiles as if there were no cache', (_, damage) => {
    const first = open();
    first.compileFunction(body(6), 'a.js', []);
    first.save();
    writeFileSync(packFile(), damage(readFileSync(packFile())));

    const second = open();
    expect(second.compileFunction(body(6), 'a.js', [])()).toBe(6);
    expect(second.stats).toEqual({ served: 0, compiled: 1 });
    second.save();
    expect(open().compileFunction(body(6), 'a.js', [])()).toBe(6);
  });

  it('removes packs of other bundles unused for a week, and keeps recent ones', () => {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const old = path.join(directory, 'old-bundle.pack');
    const recent = path.join(directory, 'recent-bundle.pack');
    writeFileSync(old, 'x');
    writeFileSync(recent, 'x');
    const longAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(old, longAgo, longAgo);
    const cache = open();
    cache.compileFunction(body(8), 'a.js', []);
    cache.save();
    expect(readdirSync(directory).sort()).toEqual([`${BUNDLE_KEY}.pack`, 'recent-bundle.pack']);
  });

  it.skipIf(process.platform === 'win32')('is not used in a directory other users can write to', () => {
    mkdirSync(directory, { recursive: true });
    chmodSync(directory, 0o777);
    expect(PackedCodeCache.open(directory, BUNDLE_KEY)).toBeUndefined();
  });

  // Only root can give a directory away; other users run the check above.
  it.skipIf(process.getuid?.() !== 0)("is not used in another user's directory", () => {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    chownSync(directory, 1, 1);
    expect(PackedCodeCache.open(directory, BUNDLE_KEY)).toBeUndefined();
  });

  it('is not used where the directory cannot be made', () => {
    mkdirSync(path.dirname(directory), { recursive: true });
    writeFileSync(directory, 'a file where the directory should be');
    expect(PackedCodeCache.open(directory, BUNDLE_KEY)).toBeUndefined();
  });
});

describe('where the cache lives', () => {
  it('is one directory per user under the temporary directory unless SHIPSHAPE_CODE_CACHE names one', () => {
    expect(codeCacheDirectory({})).toBe(path.join(tmpdir(), `shipshape-code-cache-${process.getuid?.() ?? 'user'}`));
    expect(codeCacheDirectory({ SHIPSHAPE_CODE_CACHE: 'here' })).toBe(path.resolve('here'));
  });

  it('is off with SHIPSHAPE_CODE_CACHE=0 or off, or with Node\'s NODE_DISABLE_COMPILE_CACHE', () => {
    expect(codeCacheDirectory({ SHIPSHAPE_CODE_CACHE: '0' })).toBeUndefined();
    expect(codeCacheDirectory({ SHIPSHAPE_CODE_CACHE: 'off' })).toBeUndefined();
    expect(codeCacheDirectory({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
  });

  it('finds entries by a checksum of the whole source and the name of its file', () => {
    expect(sourceKey('a')).not.toBe(sourceKey('b'));
    expect(sourceKey('same', '/x/a.cjs')).toBe(sourceKey('same', '/y/a.cjs'));
    expect(sourceKey('same', 'a.cjs')).not.toBe(sourceKey('same', 'b.cjs'));
  });

  it('computes the same CRC-32 without zlib.crc32 (Node 20 before 20.15) as with it', () => {
    // The CRC-32 of the classic test phrase, as every implementation gives it.
    expect(crc32InJavaScript('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
    const zlib = (process as { getBuiltinModule?: (id: string) => { crc32?: (data: string | Uint8Array) => number } }).getBuiltinModule?.('node:zlib');
    for (const sample of ['', 'a', 'héllo wörld ✓ 😀', 'x'.repeat(10_000)]) {
      expect(crc32InJavaScript(sample), sample).toBe(crc32InJavaScript(Buffer.from(sample, 'utf8')));
      expect(checksum(sample), sample).toBe(crc32InJavaScript(sample));
      if (zlib?.crc32) expect(crc32InJavaScript(sample), sample).toBe(zlib.crc32(sample));
    }
  });
});
