import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';

/*
 * V8's optimising compiler, tuned for a short run on few cores. By default V8 11 (Node 20) optimises
 * a function once about 66 KB of its bytecode has run; a lint of 5,000 resources then starts 130
 * TurboFan compilations, most of them for functions that run only a few milliseconds more. On two
 * cores those compilations take the core that the garbage collector's helpers and the main thread
 * need. Four times that budget leaves 38 compilations, of the functions that are really hot: a lint
 * of 5,000 resources or more is a fifth faster, one of a small file the same (BENCHMARKS.md, "Engine tuning").
 *
 * The value was measured on V8 11, so it is set only there; other engines keep their defaults, as do
 * runs where the user set the flag, or turned tuning off with SHIPSHAPE_ENGINE_TUNING=off.
 */
export const INTERRUPT_BUDGET_FLAG = '--interrupt-budget=270336';

/** Whether the launcher should tune the engine: V8 11, no such flag of the user's, not turned off. */
export function shouldTuneEngine(v8Version: string, execArgv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  const setting = env['SHIPSHAPE_ENGINE_TUNING'];
  if (setting === 'off' || setting === '0') return false;
  if (execArgv.some((argument) => /^--interrupt[-_]budget(?:=|$)/.test(argument))) return false;
  return v8Version.split('.')[0] === '11';
}

/**
 * Loads the modules of Node's own that every lint uses and that are not loaded yet. Node compiles its
 * modules from a code cache built into its binary, which V8 accepts only under the flags it was made
 * with: after a flag changes, each module loaded compiles from source, four times slower (13 ms
 * instead of 3.3 ms for http, child_process and worker_threads). fs, path, url, vm, crypto, buffer,
 * os and module are the launcher's own and `process` (which the `yaml` package requires) is imported
 * above; `util.parseArgs` and `performance` load their modules on first use.
 */
function loadBuiltinsFirst(): void {
  void parseArgs;
  performance.now();
}

/**
 * Sets the tuned flag. The launcher calls it before it compiles the bundle, so that the code cache is
 * made and checked under the same flags in every run. Returns the flag set, or undefined.
 */
export function tuneEngine(): string | undefined {
  if (!shouldTuneEngine(process.versions.v8, process.execArgv, process.env)) return undefined;
  loadBuiltinsFirst();
  setFlagsFromString(INTERRUPT_BUDGET_FLAG);
  return INTERRUPT_BUDGET_FLAG;
}
