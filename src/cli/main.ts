import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/file.js';
import type { LintResult } from '../engine/lint.js';
import { formatNames, loadFormatter } from '../report/formatters.js';
import { oneLine } from '../report/sanitize.js';
import { renderRuleDocs, renderRulesTable } from '../report/rule-docs.js';
import { HELP, UsageError, parseCliArgs, type CliOptions } from './args.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io.js';
import { builtinRules, lintProject } from './project.js';
import { countProblems } from '../report/counts.js';
import { Timings } from '../engine/timings.js';
import { launcherHost } from '../launch/host.js';
import { VERSION } from './version.js';

export { loadConfig } from './project.js';

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined) return io.env['FORCE_COLOR'] !== '0';
  return io.isTty && options.outputFile === undefined;
}

function exitCodeFor(result: LintResult, options: CliOptions): number {
  if (result.internalErrors.length > 0) return EXIT_FAILURE;
  const { errors, warnings } = countProblems(result);
  if (errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}

async function runLint(options: CliOptions, io: CliIo): Promise<number> {
  const timings = io.env['SHIPSHAPE_TIMING'] ? new Timings() : undefined;
  // Node's own start and the loading of the CLI's modules, before any of the run's work.
  timings?.add('start-up', performance.now());
  const formatter = await loadFormatter(options.format);
  if (formatter === undefined) throw new UsageError(`unknown format "${options.format}"; choose one of ${formatNames().join(', ')}`);
  const run = await lintProject({
    cwd: io.cwd,
    paths: options.paths,
    ...(options.context.length > 0 ? { context: options.context } : {}),
    ...(options.stdinFilename === undefined ? {} : { stdinFilename: options.stdinFilename }),
    readStdin: io.readStdin,
    ...(options.config === undefined ? {} : { configFile: options.config }),
    flags: {
      rules: options.rules,
      ...(options.kubernetesVersion === undefined ? {} : { kubernetesVersion: options.kubernetesVersion }),
      ...(options.schemaDirs === undefined ? {} : { schemaDirs: options.schemaDirs }),
      ...(options.clusterDomain === undefined ? {} : { clusterDomain: options.clusterDomain }),
      ...(options.assume === undefined ? {} : { assume: options.assume }),
    },
    ...(timings ? { timings } : {}),
    env: io.env,
  });
  const { problems } = run;
  let result = run.result;
  for (const problem of problems) io.stderr(`shipshape: ${oneLine(problem)}\n`);
  if (result.files.length === 0 && problems.length > 0) return EXIT_FAILURE;
  if (options.quiet) {
    result = { ...result, files: result.files.map((file) => ({ ...file, diagnostics: file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') })) };
  }
  if (!options.quiet) {
    for (const file of result.files) if (file.skipped !== undefined) io.stderr(`shipshape: skipped ${oneLine(file.path)}: ${file.skipped}\n`);
  }
  for (const error of result.internalErrors) {
    io.stderr(`shipshape: internal error in rule ${error.ruleId}${error.resource ? ` on ${oneLine(error.resource)}` : ''}: ${oneLine(error.message)}\n`);
  }
  const formatted = performance.now();
  const output = await formatter(result, { cwd: io.cwd, color: useColor(options, io), rules: run.rules });
  if (options.outputFile !== undefined) writeFileSync(path.resolve(io.cwd, options.outputFile), output);
  else io.stdout(output);
  if (timings) {
    timings.add('format and write', performance.now() - formatted);
    io.stderr(timings.render(io.env['SHIPSHAPE_TIMING'] === 'all' ? Number.POSITIVE_INFINITY : 10));
    const host = launcherHost();
    const cache = host?.codeCache;
    io.stderr(cache ? `code cache: ${cache.stats.served} sources served, ${cache.stats.compiled} compiled\n` : 'code cache: not used\n');
    io.stderr(`engine tuning: ${host?.engineFlags ?? 'none'}\n`);
  }
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

async function runLanguageServer(options: CliOptions): Promise<number> {
  // vscode-languageserver costs ~30 ms to load: only this command pays for it.
  if (!options.stdio) throw new UsageError('the language server talks over stdio: run `shipshape lsp --stdio`');
  const { startServer } = await import('../lsp/server.js');
  await startServer();
  return EXIT_OK;
}

/** The CLI as a function of its arguments and I/O; `bin/shipshape.cjs` binds it to the process. */
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
        return await runLanguageServer(options);
      default:
        return await runLint(options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shipshape: ${error.message}\nRun \`shipshape --help\` for usage.\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof ConfigError) {
      io.stderr(`shipshape: config error: ${oneLine(error.message)}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`shipshape: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_FAILURE;
  }
}
