import type { LintResult } from '../engine/lint.js';
import { oneLine } from './sanitize.js';
import { XML_DECLARATION, xmlAttrs, xmlText } from './xml.js';

/**
 * JUnit XML in the Ant/Jenkins shape that GitLab, Jenkins, CircleCI and Azure DevOps read: one suite
 * per file, one failing test case per finding (named `rule@line:col`, stable across runs), a single
 * passing case for a clean file, a skipped case for a file that is not a manifest. Findings count as
 * `failures`; `errors` is kept for the tool's own faults (a rule that crashed).
 */
export function formatJunit(result: LintResult): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const file of result.files) {
    const cases: string[] = [];
    if (file.skipped !== undefined) {
      cases.push(`    <testcase${xmlAttrs({ classname: file.path, name: 'shipshape', time: 0 })}>`, `      <skipped${xmlAttrs({ message: file.skipped })}/>`, '    </testcase>');
    } else if (file.diagnostics.length === 0) {
      cases.push(`    <testcase${xmlAttrs({ classname: file.path, name: 'shipshape', time: 0 })}/>`);
    }
    for (const diagnostic of file.diagnostics) {
      const { start, end } = diagnostic.range;
      // One line per entry, each field kept on its line: the body is printed as is when the report
      // goes to stdout, where a newline from a file name or manifest could start a forged `::error::`.
      const details = [
        `${oneLine(file.path)}:${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.severity} ${diagnostic.ruleId}`,
        oneLine(diagnostic.message),
        ...(diagnostic.resource ? [oneLine(`resource: ${diagnostic.resource.kind} ${diagnostic.resource.namespace ? `${diagnostic.resource.namespace}/` : ''}${diagnostic.resource.name}`)] : []),
        ...(diagnostic.related ?? []).map((related) => `related: ${oneLine(related.range.file)}:${related.range.start.line}:${related.range.start.column} ${oneLine(related.message)}`),
      ].join('\n');
      cases.push(
        `    <testcase${xmlAttrs({ classname: file.path, name: `${diagnostic.ruleId}@${start.line}:${start.column}`, time: 0 })}>`,
        `      <failure${xmlAttrs({ message: diagnostic.message, type: diagnostic.severity })}>${xmlText(details)}</failure>`,
        '    </testcase>',
      );
    }
    const suiteFailures = file.diagnostics.length;
    const suiteSkipped = file.skipped === undefined ? 0 : 1;
    const suiteTests = Math.max(suiteFailures, 1);
    tests += suiteTests;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(`  <testsuite${xmlAttrs({ name: file.path, tests: suiteTests, failures: suiteFailures, errors: 0, skipped: suiteSkipped, time: 0 })}>`, ...cases, '  </testsuite>');
  }
  if (result.internalErrors.length > 0) {
    errors = result.internalErrors.length;
    tests += errors;
    suites.push(`  <testsuite${xmlAttrs({ name: 'shipshape internal errors', tests: errors, failures: 0, errors, skipped: 0, time: 0 })}>`);
    for (const error of result.internalErrors) {
      suites.push(
        `    <testcase${xmlAttrs({ classname: 'shipshape', name: error.ruleId, time: 0 })}>`,
        `      <error${xmlAttrs({ message: error.message, type: 'internal-error' })}>${xmlText(error.resource ?? '')}</error>`,
        '    </testcase>',
      );
    }
    suites.push('  </testsuite>');
  }
  return [XML_DECLARATION, `<testsuites${xmlAttrs({ name: 'shipshape', tests, failures, errors, skipped, time: 0 })}>`, ...suites, '</testsuites>'].join('\n') + '\n';
}
