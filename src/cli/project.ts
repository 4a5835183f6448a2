import path from 'node:path';
import { findConfigFile, pluginsOf, toRuleSetting } from '../config/file.js';
import { DEFAULT_CONFIG, type ResolvedConfig, type RuleLevel } from '../config/resolved.js';
import { lint, type LintResult, type SourceText } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { Timings } from '../engine/timings.js';
import { sourceFromBytes, toDisplay } from '../load/files.js';
import { configRelative, findProjectFiles, readProjectSources } from '../load/project.js';
import { UsageError } from './args.js';
import { loadPlugins } from './plugins.js';
import { restrictToReportSet } from './report-set.js';
import { shardWorthwhile } from './shard-setting.js';
import { withExtraSchemas } from './schema-dirs.js';

export async function builtinRules(): Promise<readonly Rule[]> {
  return (await import('../../rules/index.js')).rules;
}

/** Reads config (found upward or given), loads plugins named in it, validates it against all rules. */
export async function loadConfig(options: { cwd: string; configFile?: string }, builtins: readonly Rule[]): Promise<{ config: ResolvedConfig; rules: readonly Rule[] }> {
  const file = options.configFile !== undefined ? path.resolve(options.cwd, options.configFile) : findConfigFile(options.cwd);
  if (file === undefined) return { config: { ...DEFAULT_CONFIG, baseDir: options.cwd }, rules: builtins };
  // Reading and validating a config needs yaml and ajv; a run without a config file never loads them.
  const { readConfigDocument, resolveConfigDocument } = await import('../config/load.js');
  const parsed = readConfigDocument(file);
  const plugins = await loadPlugins(pluginsOf(parsed.value), file);
  const rules = [...builtins, ...plugins];
  return { config: resolveConfigDocument(file, parsed, rules), rules };
}

/** Settings given on the command line or as Action inputs; they win over the config file. */
export interface ConfigFlags {
  rules?: readonly string[];
  kubernetesVersion?: string;
  schemaDirs?: readonly string[];
  clusterDomain?: string;
  assume?: 'partial' | 'complete';
}

export function applyFlags(config: ResolvedConfig, flags: ConfigFlags, rules: readonly Rule[]): ResolvedConfig {
  const ruleOverrides: Record<string, { level: RuleLevel; options?: Record<string, unknown> }> = { ...config.rules };
  for (const flag of flags.rules ?? []) {
    const match = /^([a-z0-9-]+):(off|warn|error)$/.exec(flag);
    if (!match) throw new UsageError(`--rule takes <rule-id>:<off|warn|error>, not "${flag}"`);
    const [, id = '', level = 'error'] = match;
    if (!rules.some((rule) => rule.id === id)) throw new UsageError(`--rule names an unknown rule "${id}" (see \`shipshape rules\`)`);
    ruleOverrides[id] = { ...ruleOverrides[id], ...toRuleSetting(level as RuleLevel) };
  }
  return {
    ...config,
    rules: ruleOverrides,
    settings: {
      ...config.settings,
      ...(flags.kubernetesVersion === undefined ? {} : { kubernetesVersion: normaliseKubernetesVersion(flags.kubernetesVersion) }),
      ...(flags.schemaDirs === undefined ? {} : { schemaDirs: [...flags.schemaDirs] }),
      ...(flags.clusterDomain === undefined ? {} : { clusterDomain: flags.clusterDomain }),
      ...(flags.assume === undefined ? {} : { assume: flags.assume }),
    },
  };
}

/** "v1.35.2" and "1.35" both mean minor version 1.35, which is what rules compare. */
export function normaliseKubernetesVersion(version: string): string {
  return version.trim().replace(/^v/, '').split('.').slice(0, 2).join('.');
}

export interface ProjectRequest {
  cwd: string;
  /** Files, directories or globs to lint and report on; "-" is stdin. */
  paths: readonly string[];
  /**
   * Paths loaded into the graph for cross-resource rules but not reported on (pre-commit's whole
   * project around the staged files). When set, only findings about `paths` are reported.
   */
  context?: readonly string[];
  stdinFilename?: string;
  readStdin?: () => Promise<Uint8Array>;
  configFile?: string;
  flags?: ConfigFlags;
  timings?: Timings;
  /** The environment the caller was given (SHIPSHAPE_WORKERS); the process's own when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface ProjectRun {
  result: LintResult;
  config: ResolvedConfig;
  rules: readonly Rule[];
  /** Inputs that could not be used (missing files, patterns matching nothing). */
  problems: string[];
}

/** Config, files and lint for one run: what the CLI and the GitHub Action share. */
export async function lintProject(request: ProjectRequest): Promise<ProjectRun> {
  const started = performance.now();
  const loaded = await loadConfig({ cwd: request.cwd, ...(request.configFile === undefined ? {} : { configFile: request.configFile }) }, await builtinRules());
  const config = withExtraSchemas(applyFlags(loaded.config, request.flags ?? {}, loaded.rules), request.cwd);
  const partial = request.context !== undefined;
  const inputs = request.paths.length === 0 && !partial ? ['.'] : request.paths;
  const fileInputs = inputs.filter((input) => input !== '-');

  request.timings?.add('rules and config', performance.now() - started);
  const found = performance.now();
  const reported = await findProjectFiles(fileInputs, { cwd: request.cwd, config });
  const context = await findProjectFiles(request.context ?? [], { cwd: request.cwd, config });
  const problems = [...reported.problems, ...context.problems];
  request.timings?.add('find files', performance.now() - found);
  const read = performance.now();
  const byPath = new Map<string, SourceText>();
  const reportPaths = new Set(reported.files.map((file) => file.display));
  const files = [...context.files, ...reported.files];
  for (const source of await readProjectSources([...new Map(files.map((file) => [file.absolute, file])).values()], config)) byPath.set(source.path, source);
  if (inputs.includes('-')) {
    if (!request.readStdin) throw new UsageError('"-" (stdin) is not available here');
    const name = request.stdinFilename === undefined ? '<stdin>' : toDisplay(request.cwd, path.resolve(request.cwd, request.stdinFilename));
    // The editor's unsaved text replaces the file on disk in the graph, so cross-file rules see it.
    byPath.set(name, sourceFromBytes(name, await request.readStdin(), configRelative(config, path.resolve(request.cwd, name))));
    reportPaths.add(name);
  }
  const sources = [...byPath.values()];
  request.timings?.add('read files', performance.now() - read);
  const lintHere = (rules: readonly Rule[]) => lint(sources, config, rules, request.timings ? { timings: request.timings } : {});
  // The worker module is loaded only when a second thread is used.
  const result = shardWorthwhile(request.env ?? process.env, sources, config, loaded.rules)
    ? await (await import('./rule-shard.js')).lintInTwoThreads(sources, config, loaded.rules, lintHere, request.timings)
    : lintHere(loaded.rules);
  return { result: partial ? restrictToReportSet(result, reportPaths) : result, config, rules: loaded.rules, problems };
}
