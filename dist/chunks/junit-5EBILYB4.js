import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  XML_DECLARATION,
  xmlAttrs,
  xmlText
} from "./chunk-RIHZBLXC.js";
import {
  oneLine
} from "./chunk-XBCNXONG.js";
import "./chunk-4Q47YGAT.js";

// src/report/junit.ts
function formatJunit(result) {
  const suites = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const file of result.files) {
    const cases = [];
    if (file.skipped !== void 0) {
      cases.push(`    <testcase${xmlAttrs({ classname: file.path, name: "shipshape", time: 0 })}>`, `      <skipped${xmlAttrs({ message: file.skipped })}/>`, "    </testcase>");
    } else if (file.diagnostics.length === 0) {
      cases.push(`    <testcase${xmlAttrs({ classname: file.path, name: "shipshape", time: 0 })}/>`);
    }
    for (const diagnostic of file.diagnostics) {
      const { start, end } = diagnostic.range;
      const details = [
        `${oneLine(file.path)}:${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.severity} ${diagnostic.ruleId}`,
        oneLine(diagnostic.message),
        ...diagnostic.resource ? [oneLine(`resource: ${diagnostic.resource.kind} ${diagnostic.resource.namespace ? `${diagnostic.resource.namespace}/` : ""}${diagnostic.resource.name}`)] : [],
        ...(diagnostic.related ?? []).map((related) => `related: ${oneLine(related.range.file)}:${related.range.start.line}:${related.range.start.column} ${oneLine(related.message)}`)
      ].join("\n");
      cases.push(
        `    <testcase${xmlAttrs({ classname: file.path, name: `${diagnostic.ruleId}@${start.line}:${start.column}`, time: 0 })}>`,
        `      <failure${xmlAttrs({ message: diagnostic.message, type: diagnostic.severity })}>${xmlText(details)}</failure>`,
        "    </testcase>"
      );
    }
    const suiteFailures = file.diagnostics.length;
    const suiteSkipped = file.skipped === void 0 ? 0 : 1;
    const suiteTests = Math.max(suiteFailures, 1);
    tests += suiteTests;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(`  <testsuite${xmlAttrs({ name: file.path, tests: suiteTests, failures: suiteFailures, errors: 0, skipped: suiteSkipped, time: 0 })}>`, ...cases, "  </testsuite>");
  }
  if (result.internalErrors.length > 0) {
    errors = result.internalErrors.length;
    tests += errors;
    suites.push(`  <testsuite${xmlAttrs({ name: "shipshape internal errors", tests: errors, failures: 0, errors, skipped: 0, time: 0 })}>`);
    for (const error of result.internalErrors) {
      suites.push(
        `    <testcase${xmlAttrs({ classname: "shipshape", name: error.ruleId, time: 0 })}>`,
        `      <error${xmlAttrs({ message: error.message, type: "internal-error" })}>${xmlText(error.resource ?? "")}</error>`,
        "    </testcase>"
      );
    }
    suites.push("  </testsuite>");
  }
  return [XML_DECLARATION, `<testsuites${xmlAttrs({ name: "shipshape", tests, failures, errors, skipped, time: 0 })}>`, ...suites, "</testsuites>"].join("\n") + "\n";
}
export {
  formatJunit
};
