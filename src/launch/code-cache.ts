import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';
import { functionSource } from './commonjs.js';

/*
 * V8's code cache for the bundle and the schema validators, kept between runs as Node 22's
 * `module.enableCompileCache()` keeps it (Node 20 has no such thing for a whole program). A run that
 * finds its code in the cache skips parsing and compiling to bytecode, which is about a tenth of a
 * lint of 5,000 resources and a third of a lint of one file. The cache never changes what runs: an
 * entry is found by a hash of the source it was made from, and V8 itself refuses data from another
 * V8 version or other flags. Anything wrong with the cache (unreadable, corrupt, someone else's
 * directory) means compiling as if there were none.
 */

/** Compiles sources through the cache; what the launcher offers the bundle (for the validators). */
export interface CodeCache {
  /** A function of `parameters` whose body is `source`, as `vm.compileFunction` makes it. */
  compileFunction(source: string, filename: string, parameters: readonly string[]): (...args: unknown[]) => unknown;
  /** How many sources were served from the cache and how many compiled anew, for SHIPSHAPE_TIMING. */
  readonly stats: { served: number; compiled: number };
}

const MAGIC = 'shipshape-code-cache 3\n';
/** Packs of other versions of the bundle are removed when not used for this long. */
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

/**
 * The directory for the cache: SHIPSHAPE_CODE_CACHE, else one per user under the system's temporary
 * directory, as Node's own compile cache. `0` or `off` there, or NODE_DISABLE_COMPILE_CACHE (Node's
 * switch for its own cache), turn it off.
 */
export function codeCacheDirectory(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const setting = env['SHIPSHAPE_CODE_CACHE'];
  if (setting === '0' || setting === 'off' || (env['NODE_DISABLE_COMPILE_CACHE'] ?? '') !== '') return undefined;
  if (setting !== undefined && setting !== '') return path.resolve(setting);
  return path.join(tmpdir(), `shipshape-code-cache-${process.getuid?.() ?? 'user'}`);
}

/**
 * Whether the directory is ours alone. Code from the cache runs as the user, so a directory that
 * another user could write to (a shared /tmp where someone made it first) is not used.
 */
function privateDirectory(directory: string): boolean {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const stat = lstatSync(directory);
  if (!stat.isDirectory()) return false;
  const uid = process.getuid?.();
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

/** zlib.crc32, from Node 20.15; undefined before. */
const nativeCrc32 = (zlib as { crc32?: (data: string | Uint8Array) => number }).crc32;

/**
 * A CRC-32, to find damage and tell sources apart (not against an attacker: the directory is the
 * user's own). Native where Node has it; node:crypto, which loads forty internal modules (2.5 ms of
 * every run), is not needed for that. Older Node 20 releases get the same checksum in JavaScript.
 */
export function checksum(data: string | Uint8Array): number {
  return nativeCrc32 !== undefined ? nativeCrc32(data) : crc32InJavaScript(data);
}

/** The CRC-32 that zlib computes (of a string's UTF-8), for Node releases without zlib.crc32. */
export function crc32InJavaScript(data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1) {
    crc = (CRC_TABLE[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc;
});

/**
 * What a cache entry is found by: V8 itself checks only the source's length. The file's name comes
 * along, so that two sources would have to share name, length and checksum to be confused.
 */
export function sourceKey(source: string, filename = ''): string {
  return `${path.basename(filename)}:${source.length}:${checksum(source).toString(36)}`;
}

/** The pack's header: a checksum of its data, and where each entry's data is. */
interface PackHeader {
  crc32: number;
  entries: Record<string, [offset: number, length: number]>;
}

/**
 * Reads a pack: the magic line, a JSON header line, then the data. Undefined when it is not one, or
 * when its data is not what was written: V8 checks a code cache's version and flags but not its
 * bytes (outside debug builds), and damaged bytecode would crash the run, not just slow it.
 */
function readPack(file: string): Map<string, Buffer> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return undefined;
  const headerEnd = bytes.indexOf(10, MAGIC.length);
  if (headerEnd === -1) return undefined;
  try {
    const header = JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString('utf8')) as PackHeader;
    const data = bytes.subarray(headerEnd + 1);
    if (checksum(data) !== header.crc32) return undefined;
    const entries = new Map<string, Buffer>();
    for (const [key, [offset, length]] of Object.entries(header.entries)) {
      if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > data.length) return undefined;
      entries.set(key, data.subarray(offset, offset + length));
    }
    return entries;
  } catch {
    return undefined;
  }
}

function packBytes(entries: ReadonlyMap<string, Buffer>): Buffer {
  const header: PackHeader = { crc32: 0, entries: {} };
  let offset = 0;
  for (const [key, data] of entries) {
    header.entries[key] = [offset, data.length];
    offset += data.length;
  }
  const data = Buffer.concat([...entries.values()]);
  header.crc32 = checksum(data);
  return Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8'), data]);
}

/** A script compiled in this run whose code the pack does not hold yet. */
interface Fresh {
  key: string;
  script: Script;
}

/**
 * One pack file per version of the bundle (named by its hash), holding the bundle's code and that of
 * every validator runs with that bundle have loaded. It is written once, when the process exits, and
 * only when something was compiled anew; a new pack replaces the old by rename, so concurrent runs
 * (pre-commit's parallel calls) read either one whole.
 */
export class PackedCodeCache implements CodeCache {
  readonly stats = { served: 0, compiled: 0 };
  private readonly entries: Map<string, Buffer>;
  private readonly fresh: Fresh[] = [];

  private constructor(
    private readonly directory: string,
    private readonly file: string,
  ) {
    this.entries = readPack(file) ?? new Map();
  }

  /** The cache for a bundle in a directory, or undefined when the directory cannot be used. */
  static open(directory: string, bundleKey: string): PackedCodeCache | undefined {
    try {
      if (!privateDirectory(directory)) return undefined;
      return new PackedCodeCache(directory, path.join(directory, `${bundleKey}.pack`));
    } catch {
      return undefined;
    }
  }

  /** A script for the source, with the cached code when the pack has code made from this very source. */
  script(source: string, filename: string, key = sourceKey(source, filename)): Script {
    const cachedData = this.entries.get(key);
    const script = new Script(source, cachedData === undefined ? { filename } : { filename, cachedData });
    if (cachedData !== undefined && !script.cachedDataRejected) {
      this.stats.served += 1;
    } else {
      this.stats.compiled += 1;
      this.fresh.push({ key, script });
    }
    return script;
  }

  compileFunction(source: string, filename: string, parameters: readonly string[]): (...args: unknown[]) => unknown {
    return this.script(functionSource(source, parameters), filename).runInThisContext() as (...args: unknown[]) => unknown;
  }

  /**
   * Writes the pack when this run compiled something anew. Called at exit, so that the bundle's code
   * includes the functions V8 compiled lazily while linting, not only those run at start-up.
   */
  save(): void {
    if (this.fresh.length === 0) return;
    try {
      for (const { key, script } of this.fresh) this.entries.set(key, script.createCachedData());
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, packBytes(this.entries), { mode: 0o600 });
      renameSync(temporary, this.file);
      this.removeStalePacks();
    } catch {
      // A cache that cannot be written is a cache that is not used next time; the run is unaffected.
    }
  }

  private removeStalePacks(): void {
    const now = Date.now();
    for (const name of readdirSync(this.directory)) {
      const file = path.join(this.directory, name);
      if (file === this.file || !(name.endsWith('.pack') || name.endsWith('.tmp'))) continue;
      if (now - statSync(file).mtimeMs > STALE_AFTER_MS) rmSync(file, { force: true });
    }
  }
}
