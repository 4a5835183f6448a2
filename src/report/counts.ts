import type { LintResult } from '../engine/lint.js';

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export function countProblems(result: Pick<LintResult, 'files'>): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const file of result.files) {
    for (const diagnostic of file.diagnostics) {
      if (diagnostic.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  return { errors, warnings };
}

/** "3 problems (2 errors, 1 warning)", the summary line every text format ends with. */
export function describeCounts({ errors, warnings }: ProblemCounts): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}
