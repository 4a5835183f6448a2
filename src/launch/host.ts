import type { CodeCache } from './code-cache.js';

/**
 * What a launcher offers the bundle it runs as a script (load-bundle.ts). `import()` is not there:
 * Node 20 gives a script compiled from a code cache no way to import, and an experimental warning to
 * one compiled without, so plugins (ES modules) are imported by the launcher, a real module.
 */
export interface LauncherHost {
  importModule(specifier: string): Promise<unknown>;
  /** The code cache, for the schema validators; absent when it is off. */
  codeCache?: CodeCache;
  /** The V8 flag the launcher set (engine-tuning.ts), for SHIPSHAPE_TIMING; absent when it set none. */
  engineFlags?: string;
}

const KEY = Symbol.for('shipshape.launcher-host');

export function setLauncherHost(host: LauncherHost): void {
  (globalThis as Record<symbol, unknown>)[KEY] = host;
}

/** The launcher's host, when the bundle was started by a launcher; undefined when run from source or as a worker. */
export function launcherHost(): LauncherHost | undefined {
  return (globalThis as Record<symbol, LauncherHost | undefined>)[KEY];
}

/** `import()` as it works here: the launcher's in a bundle it runs, the language's own elsewhere. */
export function importModule(specifier: string): Promise<unknown> {
  const host = launcherHost();
  return host ? host.importModule(specifier) : import(specifier);
}
