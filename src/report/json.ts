import type { LintResult } from '../engine/lint.js';
import { toEslintResults } from './eslint-results.js';

/** ESLint-compatible JSON: one result per file, every file listed, skipped ones with `skipped`. */
export function formatJson(result: LintResult): string {
  return JSON.stringify(toEslintResults(result.files)) + '\n';
}
