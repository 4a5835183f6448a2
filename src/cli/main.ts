import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, findConfigFile, pluginsOf, readConfigDocument, resolveConfigDocument, toRuleSetting } from '../config/load.js';
import { DEFAULT_CONFIG, type ResolvedConfig, type RuleLevel } from '../config/resolved.js';
import { lint, type LintResult, type SourceText } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import { findFiles, parseIgnorePatterns, readIgnoreFile, readSource, sourceFromBytes } from '../load/files.js';
import { FORMATTERS, formatNames } from '../report/formatters.js';
import { stripControl } from '../report/sanitize.js';
import { renderRuleDocs, renderRulesTable } from '../report/rule-docs.js';
import { HELP, UsageError, parseCliArgs, type CliOptions } from './args.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io.js';
import { loadPlugins } from './plugins.js';
import { VERSION } from './version.js';

async function builtinRules(): Promise<readonly Rule[]> {
  return (await import('../../rules/index.js')).rules;
}

function applyFlags(config: ResolvedConfig, options: CliOptions, rules: readonly Rule[]): ResolvedConfig {
  const ruleOverrides: Record<string, { level: RuleLevel; options?: Record<string, unknown> }> = { ...config.rules };
  for (const flag of options.rules) {
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
      ...(options.kubernetesVersion === undefined ? {} : { kubernetesVersion: options.kubernetesVersion.replace(/^v/, '').split('.').slice(0, 2).join('.') }),
      ...(options.clusterDomain === undefined ? {} : { clusterDomain: options.clusterDomain }),
      ...(options.assume === undefined ? {} : { assume: options.assume }),
    },
  };
}

/** Reads config (found upward or given), loads plugins named in it, validates it against all rules. */
export async function loadConfig(options: { cwd: string; configFile?: string }, builtins: readonly Rule[]): Promise<{ config: ResolvedConfig; rules: readonly Rule[] }> {
  const file = options.configFile !== undefined ? path.resolve(options.cwd, options.configFile) : findConfigFile(options.cwd);
  if (file === undefined) return { config: { ...DEFAULT_CONFIG, baseDir: options.cwd }, rules: builtins };
  const parsed = readConfigDocument(file);
  const plugins = await loadPlugins(pluginsOf(parsed.value), path.dirname(file));
  const rules = [...builtins, ...plugins];
  return { config: resolveConfigDocument(file, parsed, rules), rules };
}

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined) return io.env['FORCE_COLOR'] !== '0';
  return io.isTty && options.outputFile === undefined;
}

async function collectSources(options: CliOptions, config: ResolvedConfig, io: CliIo): Promise<{ sources: SourceText[]; problems: string[] }> {
  const sources: SourceText[] = [];
  const problems: string[] = [];
  const inputs = options.paths.length === 0 ? ['.'] : options.paths;
  const relativeToConfig = (display: string) => path.relative(config.baseDir, path.resolve(io.cwd, display)).split(path.sep).join('/');
  if (inputs.includes('-')) {
    const name = options.stdinFilename ?? '<stdin>';
    sources.push(sourceFromBytes(name, await io.readStdin(), relativeToConfig(name)));
  }
  const ignore = [...config.ignore, ...parseIgnorePatterns(''), ...readIgnoreFile(path.join(config.baseDir, '.shipshapeignore'))];
  const fileInputs = inputs.filter((input) => input !== '-');
  if (fileInputs.length > 0) {
    const found = await findFiles(fileInputs, { cwd: io.cwd, ignore, ignoreBase: config.baseDir });
    for (const problem of found.problems) problems.push(`${problem.input}: ${problem.message}`);
    const read = await Promise.all(found.files.map((file) => readSource(file, relativeToConfig(file.display))));
    sources.push(...read);
  }
  return { sources, problems };
}

function exitCodeFor(result: LintResult, options: CliOptions): number {
  if (result.internalErrors.length > 0) return EXIT_FAILURE;
  let errors = 0;
  let warnings = 0;
  for (const file of result.files) {
    for (const diagnostic of file.diagnostics) {
      if (diagnostic.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  if (errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}

async function runLint(options: CliOptions, io: CliIo): Promise<number> {
  if (!Object.prototype.hasOwnProperty.call(FORMATTERS, options.format)) {
    throw new UsageError(`unknown format "${options.format}"; choose one of ${formatNames().join(', ')}`);
  }
  const builtins = await builtinRules();
  const loaded = await loadConfig({ cwd: io.cwd, ...(options.config === undefined ? {} : { configFile: options.config }) }, builtins);
  const config = applyFlags(loaded.config, options, loaded.rules);
  const { sources, problems } = await collectSources(options, config, io);
  for (const problem of problems) io.stderr(`shipshape: ${stripControl(problem)}\n`);
  if (sources.length === 0 && problems.length > 0) return EXIT_FAILURE;
  let result = lint(sources, config, loaded.rules);
  if (options.quiet) {
    result = { ...result, files: result.files.map((file) => ({ ...file, diagnostics: file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') })) };
  }
  if (!options.quiet) {
    for (const file of result.files) if (file.skipped !== undefined) io.stderr(`shipshape: skipped ${stripControl(file.path)}: ${file.skipped}\n`);
  }
  for (const error of result.internalErrors) {
    io.stderr(`shipshape: internal error in rule ${error.ruleId}${error.resource ? ` on ${stripControl(error.resource)}` : ''}: ${stripControl(error.message)}\n`);
  }
  const formatter = await (FORMATTERS[options.format] as () => Promise<(r: LintResult, c: { cwd: string; color: boolean; rules: readonly Rule[] }) => string | Promise<string>>)();
  const output = await formatter(result, { cwd: io.cwd, color: useColor(options, io), rules: loaded.rules });
  if (options.outputFile !== undefined) writeFileSync(path.resolve(io.cwd, options.outputFile), output);
  else io.stdout(output);
  // A named input that cannot be used is a usage error (exit 2) even when there are findings: CI
  // must not read "errors found" as the whole story when part of the input was never linted.
  if (problems.length > 0) return EXIT_FAILURE;
  return exitCodeFor(result, options);
}

async function runExplain(options: CliOptions, io: CliIo): Promise<number> {
  const id = options.paths[0];
  const builtins = await builtinRules();
  const rule = builtins.find((candidate) => candidate.id === id);
  if (id === undefined || rule === undefined) throw new UsageError(id === undefined ? 'explain needs a rule id (see `shipshape rules`)' : `unknown rule "${id}" (see \`shipshape rules\`)`);
  const { examples } = await import('../../rules/examples.js');
  io.stdout(renderRuleDocs(rule, examples[rule.id]));
  return EXIT_OK;
}

/** The CLI as a function of its arguments and I/O; `bin/shipshape.js` binds it to the process. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    switch (options.command) {
      case 'help':
        io.stdout(HELP);
        return EXIT_OK;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT_OK;
      case 'rules':
        io.stdout(renderRulesTable(await builtinRules()));
        return EXIT_OK;
      case 'explain':
        return await runExplain(options, io);
      case 'lsp':
        throw new UsageError('the language server is not part of this build yet');
      default:
        return await runLint(options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shipshape: ${error.message}\nRun \`shipshape --help\` for usage.\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof ConfigError) {
      io.stderr(`shipshape: config error: ${stripControl(error.message)}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`shipshape: internal error: ${stripControl(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_FAILURE;
  }
}
