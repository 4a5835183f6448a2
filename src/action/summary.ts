import type { Diagnostic } from '../engine/diagnostic.js';
import type { LintResult } from '../engine/lint.js';
import { countProblems, describeCounts } from '../report/counts.js';
import { ruleDocsUrl } from '../report/links.js';
import { markdownLink, markdownTable, markdownText } from '../report/markdown.js';

/** GitHub refuses summaries over 1 MiB; stop listing findings well before that. */
const MAX_SUMMARY_BYTES = 512 * 1024;
const MAX_LISTED_FINDINGS = 500;

export interface SummaryContext {
  /** `https://github.com/owner/repo/blob/<sha>/`, to link findings to their lines; absent outside Actions. */
  blobBase?: string;
  sarifFile?: string;
}

function fileLink(file: string, line: number | undefined, context: SummaryContext): string {
  const label = line === undefined ? file : `${file}:${line}`;
  if (context.blobBase === undefined || file.startsWith('/')) return markdownText(label);
  return markdownLink(label, `${context.blobBase}${file}${line === undefined ? '' : `#L${line}`}`);
}

/** The job summary: totals, a table of findings by rule, one by file, then the findings themselves. */
export function renderSummary(result: LintResult, context: SummaryContext): string {
  const counts = countProblems(result);
  const linted = result.files.filter((file) => file.skipped === undefined).length;
  const parts = ['## shipshape', ''];
  if (counts.errors + counts.warnings === 0) {
    parts.push(`No problems found in ${linted} file${linted === 1 ? '' : 's'} (${result.resourceCount} resources).`);
    return parts.join('\n') + '\n';
  }
  parts.push(`**${describeCounts(counts)}** in ${linted} file${linted === 1 ? '' : 's'} (${result.resourceCount} resources).`);
  if (context.sarifFile !== undefined) parts.push('', `SARIF written to \`${markdownText(context.sarifFile)}\`.`);

  const all: Diagnostic[] = result.files.flatMap((file) => file.diagnostics);
  const byRule = new Map<string, { severity: string; count: number; files: Set<string> }>();
  for (const diagnostic of all) {
    const entry = byRule.get(diagnostic.ruleId) ?? { severity: diagnostic.severity, count: 0, files: new Set<string>() };
    entry.count += 1;
    entry.files.add(diagnostic.range.file);
    if (diagnostic.severity === 'error') entry.severity = 'error';
    byRule.set(diagnostic.ruleId, entry);
  }
  const ruleRows = [...byRule.entries()]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([ruleId, entry]) => [markdownLink(ruleId, ruleDocsUrl(ruleId)), entry.severity, String(entry.count), String(entry.files.size)]);
  parts.push('', '### Findings by rule', '', markdownTable(['Rule', 'Severity', 'Findings', 'Files'], ruleRows));

  const fileRows = result.files
    .filter((file) => file.diagnostics.length > 0)
    .map((file) => {
      const errors = file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
      return [fileLink(file.path, undefined, context), String(errors), String(file.diagnostics.length - errors)];
    });
  parts.push('', '### Findings by file', '', markdownTable(['File', 'Errors', 'Warnings'], fileRows));

  const rows: string[][] = [];
  let size = parts.join('\n').length;
  for (const diagnostic of all) {
    const row = [fileLink(diagnostic.range.file, diagnostic.range.start.line, context), diagnostic.severity, `\`${diagnostic.ruleId}\``, markdownText(diagnostic.message)];
    size += row.join(' | ').length + 4;
    if (rows.length >= MAX_LISTED_FINDINGS || size > MAX_SUMMARY_BYTES) break;
    rows.push(row);
  }
  const total = all.length;
  parts.push(
    '',
    `<details><summary>${rows.length === total ? `All ${total} findings` : `The first ${rows.length} of ${total} findings`}</summary>`,
    '',
    markdownTable(['Location', 'Severity', 'Rule', 'Message'], rows),
    '',
    '</details>',
  );
  return parts.join('\n') + '\n';
}
