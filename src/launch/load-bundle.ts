import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { PackedCodeCache, codeCacheDirectory, sourceKey } from './code-cache.js';
import { COMMONJS_PARAMETERS, functionSource, runCommonJs } from './commonjs.js';
import { tuneEngine } from './engine-tuning.js';
import { setLauncherHost } from './host.js';

/** What dist/cli.cjs exports: the command line's and the GitHub Action's entries, each resolving to an exit code. */
export interface Bundle {
  cli(): Promise<number>;
  action(): Promise<number>;
}

/** The bundle's hash, which scripts/build.mjs writes into the launchers it builds with it; absent when run from source. */
declare const __SHIPSHAPE_BUNDLE_KEY__: string | undefined;
const BUILT_KEY = typeof __SHIPSHAPE_BUNDLE_KEY__ === 'string' ? __SHIPSHAPE_BUNDLE_KEY__ : undefined;

/**
 * Runs the CommonJS bundle as Node's loader would, but compiled through the code cache when one can
 * be used (see code-cache.ts); the bundle finds the cache (for the validators) and `import()` in
 * the launcher's host (host.ts).
 */
export function loadBundle(url: URL, options: { codeCache: boolean } = { codeCache: true }): Bundle {
  // Before anything is compiled: the code cache is made and checked under the same flags every run.
  const engineFlags = tuneEngine();
  const file = fileURLToPath(url);
  const bytes = readFileSync(file);
  // The build makes the bundle ASCII, which needs no UTF-8 decoding (a third of reading it).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const wrapped = functionSource(source, COMMONJS_PARAMETERS);
  const directory = options.codeCache ? codeCacheDirectory(process.env) : undefined;
  // The build's hash saves hashing 2 MB in every run; the length guards against a bundle edited by hand.
  const key = BUILT_KEY === undefined ? sourceKey(wrapped, file) : `${BUILT_KEY}-${bytes.length}`;
  const cache = directory === undefined ? undefined : PackedCodeCache.open(directory, key);
  const script = cache ? cache.script(wrapped, file, key) : new Script(wrapped, { filename: file });
  setLauncherHost({ importModule: (specifier) => import(specifier), ...(cache ? { codeCache: cache } : {}), ...(engineFlags ? { engineFlags } : {}) });
  if (cache) process.once('exit', () => cache.save());
  return runCommonJs(script.runInThisContext() as (...args: unknown[]) => unknown, file) as Bundle;
}
