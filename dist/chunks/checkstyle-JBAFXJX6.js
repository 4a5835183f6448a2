import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  XML_DECLARATION,
  xmlAttrs
} from "./chunk-RIHZBLXC.js";
import "./chunk-4Q47YGAT.js";

// src/report/checkstyle.ts
function formatCheckstyle(result) {
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const file of result.files) {
    if (file.skipped !== void 0) continue;
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
        source: `shipshape.${diagnostic.ruleId}`
      };
      lines.push(`    <error${xmlAttrs(attributes)}/>`);
    }
    lines.push("  </file>");
  }
  lines.push("</checkstyle>");
  return lines.join("\n") + "\n";
}
export {
  formatCheckstyle
};
