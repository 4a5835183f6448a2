import { isAscii } from 'node:buffer';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import { COMMONJS_PARAMETERS, runCommonJs } from '../launch/commonjs.js';
import { launcherHost } from '../launch/host.js';
import type { SchemaRuntime } from './ajv.js';
import { DefinitionLines } from './definition-lines.js';
import type { SchemaIndex } from './schema-index.js';

const INDEX = path.join('schemas', 'kubernetes', 'index.json');

/**
 * The package's `schemas/kubernetes/`, found upward from this module: `src/schema/` when run from
 * source, `dist/` (or a chunk below it) when bundled.
 */
function schemasDirectory(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, INDEX))) return path.join(dir, 'schemas', 'kubernetes');
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`shipshape: cannot find ${INDEX} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The generated schemas shipped with the package; read once per process, never changed. */
export interface BuiltinSchemas {
  index: SchemaIndex;
  runtime: SchemaRuntime;
  /**
   * The definitions by id, each parsed on first use: messages need only the few on their paths, and
   * only when something is wrong.
   */
  definitions(): DefinitionLines;
  /** Kubernetes minor versions with schemas, oldest first (`1.23`, …, `1.35`). */
  versions: readonly string[];
}

let loaded: BuiltinSchemas | undefined;

/**
 * A generated file's text. The generator writes ASCII, whose bytes are its characters: the first read
 * of the 1.2 MB of definitions in a process took 2.9 ms decoded as UTF-8, 1.6 ms as Latin-1.
 * Anything else is decoded as UTF-8.
 */
function readGenerated(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * runtime.cjs as a CommonJS module, compiled from its file as it compiles the validators:
 * `require` would first resolve the path and look for package scopes, a millisecond of a run.
 */
function loadRuntime(linked: string): SchemaRuntime {
  // As require() would: from its real path, so that ajv resolves beside a linked schemas/ too.
  const file = realpathSync(linked);
  const source = readGenerated(file);
  // Started by the launcher, the runtime and the validators it loads come from the code cache.
  const cache = launcherHost()?.codeCache;
  const run = cache ? cache.compileFunction(source, file, COMMONJS_PARAMETERS) : (compileFunction(source, [...COMMONJS_PARAMETERS], { filename: file }) as (...args: unknown[]) => unknown);
  const runtime = runCommonJs(run, file) as SchemaRuntime;
  if (cache) runtime.useCompiler?.((text, filename, names) => cache.compileFunction(text, filename, names));
  return runtime;
}

function minor(version: string): number {
  return Number(version.split('.')[1] ?? Number.NaN);
}

export function builtinSchemas(): BuiltinSchemas {
  if (loaded) return loaded;
  const dir = schemasDirectory();
  const index = JSON.parse(readGenerated(path.join(dir, 'index.json'))) as SchemaIndex;
  const runtime = loadRuntime(path.join(dir, 'runtime.cjs'));
  let definitions: DefinitionLines | undefined;
  loaded = {
    index,
    runtime,
    definitions: () => (definitions ??= new DefinitionLines(readGenerated(path.join(dir, 'definitions.json')))),
    versions: Object.keys(index.kubernetes).sort((a, b) => minor(a) - minor(b)),
  };
  return loaded;
}

/**
 * The shipped version whose schemas check a target version: the same minor, else the nearest one
 * (a 1.22 cluster is checked against 1.23, a 1.36 one against 1.35).
 */
export function schemaVersionFor(target: string, versions: readonly string[]): string {
  const wanted = minor(target.replace(/^v/, ''));
  const oldest = versions[0] ?? target;
  const newest = versions[versions.length - 1] ?? target;
  if (Number.isNaN(wanted)) return newest;
  return versions.find((version) => minor(version) === wanted) ?? (wanted < minor(oldest) ? oldest : newest);
}

export function minorOf(version: string): number {
  return minor(version.replace(/^v/, ''));
}
