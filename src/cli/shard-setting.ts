import { availableParallelism } from 'node:os';
import { RuleSettings, type ResolvedConfig } from '../config/resolved.js';
import type { SourceText } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';

/**
 * Marks the worker's command line, so that the bundle's entry knows to serve as the worker without
 * loading node:worker_threads in every run (1.6 ms) to ask.
 */
export const SHARD_WORKER_ARGUMENT = '--shipshape-rule-shard';

/** Whether this thread may be the rule shard's worker; rule-shard.ts checks its workerData to be sure. */
export function isShardWorker(): boolean {
  return process.argv.includes(SHARD_WORKER_ARGUMENT);
}

/** Built-in rules the worker runs: the schema family, which shares one catalog of validators. */
export const SHARD_RULES: ReadonlySet<string> = new Set(['schema', 'api-version-removed', 'api-version-deprecated', 'unknown-kind']);

/**
 * Below this much text the worker's start-up (40–60 ms here) and its second parse cost more than the
 * schema rules it takes off the main thread.
 */
export const SHARD_MIN_BYTES = 1024 * 1024;

/**
 * Cores `auto` asks for. On the project's 2-core machine the worker made the 5k run slower (0.67 s
 * against 0.53 s): one thread already keeps about 1.4 cores busy with the garbage collector's and
 * compilers' helper threads, so the worker's second parse and graph take CPU from the main thread.
 */
export const SHARD_MIN_CORES = 4;

/**
 * Whether to lint in two threads: `SHIPSHAPE_WORKERS=auto` for inputs of SHARD_MIN_BYTES or more on a
 * machine with SHARD_MIN_CORES cores, a count of 1 or more always; unset or 0, never.
 */
export function useRuleShard(env: Readonly<Record<string, string | undefined>>, bytes: number, cores = availableParallelism()): boolean {
  const setting = env['SHIPSHAPE_WORKERS'];
  if (setting === undefined || setting === '' || setting === '0') return false;
  if (setting === 'auto') return cores >= SHARD_MIN_CORES && bytes >= SHARD_MIN_BYTES;
  const count = Number.parseInt(setting, 10);
  return Number.isFinite(count) && count >= 1;
}

/** Whether a run should lint in two threads: asked for, large enough, and with the schema rules on. */
export function shardWorthwhile(env: Readonly<Record<string, string | undefined>>, sources: readonly SourceText[], config: ResolvedConfig, rules: readonly Rule[]): boolean {
  const bytes = sources.reduce((sum, source) => sum + (source.skipped === undefined ? source.text.length : 0), 0);
  if (!useRuleShard(env, bytes)) return false;
  const settings = new RuleSettings(config);
  return rules.some((rule) => SHARD_RULES.has(rule.id) && settings.mayRun(rule));
}
