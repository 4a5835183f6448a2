import type { LintResult } from '../engine/lint.js';
import { XML_DECLARATION, xmlAttrs } from './xml.js';

/**
 * Checkstyle XML, read by reviewdog (`-f=checkstyle`), Jenkins Warnings NG and Danger. Every linted
 * file appears (clean ones empty), so consumers can tell "checked, clean" from "not checked".
 */
export function formatCheckstyle(result: LintResult): string {
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const file of result.files) {
    if (file.skipped !== undefined) continue;
    if (file.diagnostics.length === 0) {
      lines.push(`  <file${xmlAttrs({ name: file.path })}/>`);
      continue;
    }
    lines.push(`  <file${xmlAttrs({ name: file.path })}>`);
    for (const diagnostic of file.diagnostics) {
      const attributes = {
        line: diagnostic.range.start.line,
        column: diagnostic.range.start.column,
        severity: diagnostic.severity,
        message: `${diagnostic.message} (${diagnostic.ruleId})`,
        source: `shipshape.${diagnostic.ruleId}`,
      };
      lines.push(`    <error${xmlAttrs(attributes)}/>`);
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n') + '\n';
}
