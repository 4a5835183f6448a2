import type { LintResult } from '../engine/lint.js';
import { countProblems, describeCounts } from './counts.js';
import { stripControl } from './sanitize.js';
import { workflowCommand } from './workflow-commands.js';
import type { Diagnostic } from '../engine/diagnostic.js';

/** One annotation for a finding; shared by `--format github` and the Action. */
export function annotationFor(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return workflowCommand(
    diagnostic.severity,
    {
      file: stripControl(diagnostic.range.file),
      line: start.line,
      col: start.column,
      endLine: end.line,
      endColumn: end.column,
      title: `shipshape(${diagnostic.ruleId})`,
    },
    stripControl(diagnostic.message),
  );
}

/**
 * GitHub Actions annotations, one workflow command per finding, so `run: shipshape --format github`
 * marks the lines of a pull request without the Action. Paths are as given (relative to the working
 * directory), which is the repository root in a normal workflow step.
 */
export function formatGithub(result: LintResult): string {
  const lines: string[] = [];
  for (const file of result.files) for (const diagnostic of file.diagnostics) lines.push(annotationFor(diagnostic));
  const counts = countProblems(result);
  if (counts.errors + counts.warnings > 0) lines.push(`shipshape: ${describeCounts(counts)}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
