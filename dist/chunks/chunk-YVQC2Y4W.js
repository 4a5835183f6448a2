import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  countProblems,
  describeCounts
} from "./chunk-JO56CYII.js";
import {
  stripControl
} from "./chunk-XBCNXONG.js";

// src/report/workflow-commands.ts
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var PROPERTY_ORDER = ["file", "line", "col", "endLine", "endColumn", "title"];
function workflowCommand(command, properties, message) {
  const parts = [];
  for (const key of PROPERTY_ORDER) {
    const value = properties[key];
    if (value !== void 0 && value !== "") parts.push(`${key}=${escapeProperty(String(value))}`);
  }
  return `::${command}${parts.length > 0 ? ` ${parts.join(",")}` : ""}::${escapeData(message)}`;
}

// src/report/github.ts
function annotationFor(diagnostic) {
  const { start, end } = diagnostic.range;
  return workflowCommand(
    diagnostic.severity,
    {
      file: stripControl(diagnostic.range.file),
      line: start.line,
      col: start.column,
      endLine: end.line,
      endColumn: end.column,
      title: `shipshape(${diagnostic.ruleId})`
    },
    stripControl(diagnostic.message)
  );
}
function formatGithub(result) {
  const lines = [];
  for (const file of result.files) for (const diagnostic of file.diagnostics) lines.push(annotationFor(diagnostic));
  const counts = countProblems(result);
  if (counts.errors + counts.warnings > 0) lines.push(`shipshape: ${describeCounts(counts)}`);
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

export {
  workflowCommand,
  annotationFor,
  formatGithub
};
