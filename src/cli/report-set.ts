import type { LintResult } from '../engine/lint.js';

/**
 * Keeps what a partial run (pre-commit's staged files, `--context`) should report: every finding in
 * the named files, plus findings elsewhere whose related location is in one of them — changing a
 * StatefulSet's serviceName can make the *Service's* file wrong, and the author of the change should
 * hear about it. Files only loaded for context drop out of the result entirely.
 */
export function restrictToReportSet(result: LintResult, reportPaths: ReadonlySet<string>): LintResult {
  const files = [];
  for (const file of result.files) {
    if (reportPaths.has(file.path)) {
      files.push(file);
      continue;
    }
    const pointing = file.diagnostics.filter((diagnostic) => diagnostic.related?.some((related) => reportPaths.has(related.range.file)));
    if (pointing.length > 0) files.push({ path: file.path, text: file.text, diagnostics: pointing });
  }
  return { ...result, files };
}
