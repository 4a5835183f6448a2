import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);

// src/report/eslint-results.ts
var FATAL_RULES = /* @__PURE__ */ new Set(["yaml-syntax", "file-unreadable"]);
function toEslintMessage(diagnostic) {
  const message = {
    ruleId: diagnostic.ruleId,
    messageId: diagnostic.messageId,
    severity: diagnostic.severity === "error" ? 2 : 1,
    message: diagnostic.message,
    line: diagnostic.range.start.line,
    column: diagnostic.range.start.column,
    endLine: diagnostic.range.end.line,
    endColumn: diagnostic.range.end.column
  };
  if (FATAL_RULES.has(diagnostic.ruleId) && diagnostic.severity === "error") message.fatal = true;
  if (diagnostic.resource) message.resource = { ...diagnostic.resource };
  if (diagnostic.related) {
    message.related = diagnostic.related.map((related) => ({
      message: related.message,
      filePath: related.range.file,
      line: related.range.start.line,
      column: related.range.start.column,
      endLine: related.range.end.line,
      endColumn: related.range.end.column
    }));
  }
  return message;
}
function toEslintResults(files, options = {}) {
  return files.map((file) => {
    const messages = file.diagnostics.map(toEslintMessage);
    const errors = messages.filter((message) => message.severity === 2);
    return {
      filePath: file.path,
      messages,
      suppressedMessages: [],
      errorCount: errors.length,
      fatalErrorCount: errors.filter((message) => message.fatal).length,
      warningCount: messages.length - errors.length,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
      ...options.includeSource ? { source: file.text } : {},
      ...file.skipped === void 0 ? {} : { skipped: file.skipped }
    };
  });
}

export {
  toEslintResults
};
