import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  countProblems,
  describeCounts
} from "./chunk-JO56CYII.js";
import {
  oneLine,
  stripControl
} from "./chunk-XBCNXONG.js";

// src/report/ansi.ts
var style = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
function palette(color) {
  if (!color) {
    const plain = (text) => text;
    return { red: plain, yellow: plain, dim: plain, bold: plain, underline: plain };
  }
  return { red: style(31, 39), yellow: style(33, 39), dim: style(2, 22), bold: style(1, 22), underline: style(4, 24) };
}

// src/report/stylish.ts
function formatStylish(result, context) {
  const paint = palette(context.color);
  const out = [];
  for (const file of result.files) {
    if (file.diagnostics.length === 0) continue;
    const rows = file.diagnostics.map((diagnostic) => ({
      where: `${diagnostic.range.start.line}:${diagnostic.range.start.column}`,
      severity: diagnostic.severity,
      // One line per finding: a newline inside a message would break the columns.
      message: stripControl(diagnostic.message).replace(/\s*\n\s*/g, " "),
      ruleId: diagnostic.ruleId
    }));
    const whereWidth = Math.max(...rows.map((row) => row.where.length));
    const messageWidth = Math.max(...rows.map((row) => row.message.length));
    out.push("", paint.underline(oneLine(file.path)));
    for (const row of rows) {
      const severity = row.severity === "error" ? paint.red("error  ") : paint.yellow("warning");
      out.push(`  ${paint.dim(row.where.padEnd(whereWidth))}  ${severity}  ${row.message.padEnd(messageWidth)}  ${paint.dim(row.ruleId)}`);
    }
  }
  const counts = countProblems(result);
  if (counts.errors + counts.warnings === 0) return "";
  const summary = `\u2716 ${describeCounts(counts)}`;
  out.push("", paint.bold(counts.errors > 0 ? paint.red(summary) : paint.yellow(summary)));
  return out.join("\n").replace(/^\n/, "") + "\n";
}

export {
  formatStylish
};
