import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lintProject } from '../cli/project.js';
import { ConfigError } from '../config/file.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { LintResult } from '../engine/lint.js';
import { countProblems } from '../report/counts.js';
import { annotationFor } from '../report/github.js';
import { formatSarif } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import { workflowCommand } from '../report/workflow-commands.js';
import { UsageError } from '../cli/args.js';
import { changedLinesOfPullRequest, touchesChangedLines, type ChangedLines } from './changed-lines.js';
import { ActionEnvironment, type Env } from './env.js';
import { renderSummary } from './summary.js';

/** GitHub shows at most 10 annotations of each type per step and drops the rest silently. */
const ANNOTATIONS_PER_LEVEL = 10;

type AnnotationMode = 'all' | 'changed' | 'none';

function choice<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/**
 * The annotations to print: findings on lines the pull request changed first, then in files it
 * changed, errors before warnings; at most ten of each level, since GitHub drops the rest.
 */
export function selectAnnotations(result: LintResult, changed: ChangedLines | undefined, mode: AnnotationMode): { chosen: Diagnostic[]; omitted: number } {
  if (mode === 'none') return { chosen: [], omitted: 0 };
  const rank = (diagnostic: Diagnostic) => {
    if (changed === undefined) return 0;
    const { file, start, end } = diagnostic.range;
    if (touchesChangedLines(changed, file, start.line, end.line)) return 0;
    return changed.has(file) ? 1 : 2;
  };
  const candidates = result.files
    .flatMap((file) => file.diagnostics)
    .map((diagnostic) => ({ diagnostic, rank: rank(diagnostic) }))
    .filter((entry) => mode === 'all' || changed === undefined || entry.rank === 0)
    .sort((a, b) => a.rank - b.rank);
  const chosen: Diagnostic[] = [];
  const perLevel = { error: 0, warning: 0 };
  for (const { diagnostic } of candidates) {
    if (perLevel[diagnostic.severity] >= ANNOTATIONS_PER_LEVEL) continue;
    perLevel[diagnostic.severity] += 1;
    chosen.push(diagnostic);
  }
  return { chosen, omitted: candidates.length - chosen.length };
}

function splitPaths(value: string): string[] {
  return value.split(/[\s]+/).filter((entry) => entry !== '');
}

/** The Action, as a function of its environment; `run.ts` binds it to the process. Returns the exit code. */
export async function runAction(env: Env, stdout: (text: string) => void): Promise<number> {
  const action = new ActionEnvironment(env);
  const print = (line: string) => stdout(`${line}\n`);
  const workspace = action.variable('GITHUB_WORKSPACE') ?? process.cwd();
  try {
    const failOn = choice('fail-on', action.input('fail-on'), ['error', 'warning', 'never'] as const, 'error');
    const mode = choice('annotations', action.input('annotations'), ['all', 'changed', 'none'] as const, 'all');
    const sarifInput = action.input('sarif-file');
    const kubernetesVersion = action.input('kubernetes-version');
    const configFile = action.input('config');
    const paths = splitPaths(action.input('paths'));

    const run = await lintProject({
      cwd: workspace,
      paths: paths.length === 0 ? ['.'] : paths,
      ...(configFile === '' ? {} : { configFile }),
      flags: kubernetesVersion === '' ? {} : { kubernetesVersion },
      env,
    });
    const { result } = run;
    for (const problem of run.problems) print(workflowCommand('warning', { title: 'shipshape' }, problem));
    for (const error of result.internalErrors) print(workflowCommand('error', { title: `shipshape internal error (${error.ruleId})` }, `${error.resource ?? ''} ${error.message}`.trim()));

    const changed = changedLinesOfPullRequest({ workspace, ...(action.variable('GITHUB_EVENT_PATH') ? { eventPath: action.variable('GITHUB_EVENT_PATH') as string } : {}) });
    const { chosen, omitted } = selectAnnotations(result, changed, mode);
    for (const diagnostic of chosen) print(annotationFor(diagnostic));
    if (omitted > 0) print(workflowCommand('notice', { title: 'shipshape' }, `${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level); see the job summary or code scanning.`));

    const report = formatStylish(result, { color: true });
    if (report !== '') {
      print('::group::shipshape report');
      stdout(report);
      print('::endgroup::');
    }

    let sarifFile: string | undefined;
    if (sarifInput !== '') {
      const target = path.resolve(workspace, sarifInput);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, formatSarif(result, { rules: run.rules }));
      sarifFile = sarifInput;
    }

    const server = action.variable('GITHUB_SERVER_URL') ?? 'https://github.com';
    const repository = action.variable('GITHUB_REPOSITORY');
    const sha = action.variable('GITHUB_SHA');
    action.appendSummary(
      renderSummary(result, {
        ...(repository !== undefined && sha !== undefined ? { blobBase: `${server}/${repository}/blob/${sha}/` } : {}),
        ...(sarifFile === undefined ? {} : { sarifFile }),
      }),
    );
    const counts = countProblems(result);
    action.setOutput('error-count', String(counts.errors));
    action.setOutput('warning-count', String(counts.warnings));
    action.setOutput('sarif-file', sarifFile ?? '');

    if (result.internalErrors.length > 0) return 1;
    const failing = failOn === 'error' ? counts.errors : failOn === 'warning' ? counts.errors + counts.warnings : 0;
    if (failing > 0) {
      print(workflowCommand('error', { title: 'shipshape' }, `shipshape found ${counts.errors} error${counts.errors === 1 ? '' : 's'} and ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'} (fail-on: ${failOn}).`));
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      const file = path.relative(workspace, error.file).split(path.sep).join('/');
      print(workflowCommand('error', { file, ...(error.line === undefined ? {} : { line: error.line, col: error.column ?? 1 }), title: 'shipshape config' }, error.detail));
    } else {
      print(workflowCommand('error', { title: 'shipshape' }, error instanceof Error ? error.message : String(error)));
    }
    return 1;
  }
}
