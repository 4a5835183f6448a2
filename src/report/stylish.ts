import type { LintResult } from '../engine/lint.js';
import { palette } from './ansi.js';
import { countProblems, describeCounts } from './counts.js';
import type { FormatContext } from './formatters.js';
import { oneLine, stripControl } from './sanitize.js';

/**
 * The compact format ESLint users know: a header per file, then `line:col  severity  message  rule`
 * with aligned columns, then one summary line. No code frames, so it suits logs and narrow terminals.
 */
export function formatStylish(result: LintResult, context: Pick<FormatContext, 'color'>): string {
  const paint = palette(context.color);
  const out: string[] = [];
  for (const file of result.files) {
    if (file.diagnostics.length === 0) continue;
    const rows = file.diagnostics.map((diagnostic) => ({
      where: `${diagnostic.range.start.line}:${diagnostic.range.start.column}`,
      severity: diagnostic.severity,
      // One line per finding: a newline inside a message would break the columns.
      message: stripControl(diagnostic.message).replace(/\s*\n\s*/g, ' '),
      ruleId: diagnostic.ruleId,
    }));
    const whereWidth = Math.max(...rows.map((row) => row.where.length));
    const messageWidth = Math.max(...rows.map((row) => row.message.length));
    out.push('', paint.underline(oneLine(file.path)));
    for (const row of rows) {
      const severity = row.severity === 'error' ? paint.red('error  ') : paint.yellow('warning');
      out.push(`  ${paint.dim(row.where.padEnd(whereWidth))}  ${severity}  ${row.message.padEnd(messageWidth)}  ${paint.dim(row.ruleId)}`);
    }
  }
  const counts = countProblems(result);
  if (counts.errors + counts.warnings === 0) return '';
  const summary = `✖ ${describeCounts(counts)}`;
  out.push('', paint.bold(counts.errors > 0 ? paint.red(summary) : paint.yellow(summary)));
  return out.join('\n').replace(/^\n/, '') + '\n';
}
