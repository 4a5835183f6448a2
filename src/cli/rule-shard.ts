/**
 * A second thread for large inputs: a worker lints the same sources with one share of the built-in
 * rules while the main thread runs the others, and the two results are merged. Each side parses and
 * builds its own graph (values cost as much to copy between threads as to parse), so the worker
 * pays off only when its rules cost more than its start-up, parse and graph, and a core is free.
 * The schema rules are that share: they load precompiled validators and walk every object, and they
 * read nothing but the objects and the CRDs in the input.
 *
 * This module is also the worker's entry: loaded in a worker, it lints and posts the result back.
 * Whether to use it is decided in shard-setting.ts, so an ordinary run never loads this module.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/resolved.js';
import { compareDiagnostics, type Diagnostic } from '../engine/diagnostic.js';
import { lint, type InternalError, type LintResult, type SourceText } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { Timings } from '../engine/timings.js';
import { SHARD_RULES, SHARD_WORKER_ARGUMENT } from './shard-setting.js';

const WORKER_FLAG = 'shipshapeRuleShard';

interface ShardRequest {
  sources: readonly SourceText[];
  config: ResolvedConfig;
  ruleIds: readonly string[];
}

/** What the worker sends back: the result without the file texts, which the main thread has. */
interface ShardReply {
  files: { path: string; diagnostics: Diagnostic[] }[];
  internalErrors: InternalError[];
}

function replyOf(result: LintResult): ShardReply {
  return { files: result.files.map((file) => ({ path: file.path, diagnostics: file.diagnostics })), internalErrors: result.internalErrors };
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true && parentPort) {
  const port = parentPort;
  port.once('message', (request: ShardRequest) => {
    void (async () => {
      const { rules } = await import('../../rules/index.js');
      const wanted = new Set(request.ruleIds);
      const result = lint(request.sources, request.config, rules.filter((rule) => wanted.has(rule.id)));
      port.postMessage(replyOf(result));
    })();
  });
}

function runShard(request: ShardRequest): Promise<ShardReply> {
  return new Promise((resolve, reject) => {
    // This module when run from source; the bundle (dist/cli.cjs) when bundled, whose entry loads this module in a worker.
    const worker = new Worker(new URL(import.meta.url), { argv: [SHARD_WORKER_ARGUMENT], workerData: { [WORKER_FLAG]: true } });
    worker.once('message', (reply: ShardReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the lint worker stopped with code ${code}`)));
    worker.postMessage(request);
  });
}

/**
 * Merges the worker's findings into the main thread's result. The rule sets are disjoint, so no
 * finding is in both; each file's findings are sorted again (the order is total) and internal errors
 * follow the order of the rules, as in a single-threaded run.
 */
export function mergeShard(main: LintResult, shard: ShardReply, rules: readonly Rule[]): LintResult {
  const extra = new Map(shard.files.map((file) => [file.path, file.diagnostics]));
  const files = main.files.map((file) => {
    const more = extra.get(file.path);
    return more === undefined || more.length === 0 ? file : { ...file, diagnostics: [...file.diagnostics, ...more].sort(compareDiagnostics) };
  });
  const order = new Map(rules.map((rule, index) => [rule.id, index]));
  const rank = (error: InternalError) => order.get(error.ruleId) ?? rules.length;
  const internalErrors = [...main.internalErrors, ...shard.internalErrors].sort((a, b) => rank(a) - rank(b));
  return { ...main, files, internalErrors };
}

/**
 * Lints in two threads: the schema rules in a worker, the rest here. If the worker cannot start or
 * fails, its rules run here after the others, so the result is the same either way.
 */
export async function lintInTwoThreads(sources: readonly SourceText[], config: ResolvedConfig, rules: readonly Rule[], lintHere: (rules: readonly Rule[]) => LintResult, timings?: Timings): Promise<LintResult> {
  const shardIds = rules.filter((rule) => SHARD_RULES.has(rule.id)).map((rule) => rule.id);
  const pending = runShard({ sources, config, ruleIds: shardIds });
  // A rejected worker is handled below; this keeps Node from reporting it as unhandled meanwhile.
  pending.catch(() => undefined);
  const here = lintHere(rules.filter((rule) => !SHARD_RULES.has(rule.id)));
  const waiting = performance.now();
  try {
    const reply = await pending;
    timings?.add('wait for the worker', performance.now() - waiting);
    return mergeShard(here, reply, rules);
  } catch {
    return mergeShard(here, replyOf(lintHere(rules.filter((rule) => SHARD_RULES.has(rule.id)))), rules);
  }
}
