import type { Diagnostic } from '../engine/diagnostic.js';
import type { FileResult } from '../engine/lint.js';
import type { ObjectRef } from '../graph/resource.js';

/** A message in ESLint's result shape, plus the resource it is about. */
export interface EslintMessage {
  ruleId: string;
  messageId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: true;
  resource?: ObjectRef;
  related?: { message: string; filePath: string; line: number; column: number; endLine: number; endColumn: number }[];
}

/** ESLint's result shape, so any ESLint formatter can render shipshape's output. */
export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: never[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  source?: string;
  /** Why the file was not linted (kustomization, Helm template, not a manifest). */
  skipped?: string;
}

const FATAL_RULES = new Set(['yaml-syntax', 'file-unreadable']);

export function toEslintMessage(diagnostic: Diagnostic): EslintMessage {
  const message: EslintMessage = {
    ruleId: diagnostic.ruleId,
    messageId: diagnostic.messageId,
    severity: diagnostic.severity === 'error' ? 2 : 1,
    message: diagnostic.message,
    line: diagnostic.range.start.line,
    column: diagnostic.range.start.column,
    endLine: diagnostic.range.end.line,
    endColumn: diagnostic.range.end.column,
  };
  if (FATAL_RULES.has(diagnostic.ruleId) && diagnostic.severity === 'error') message.fatal = true;
  if (diagnostic.resource) message.resource = { ...diagnostic.resource };
  if (diagnostic.related) {
    message.related = diagnostic.related.map((related) => ({
      message: related.message,
      filePath: related.range.file,
      line: related.range.start.line,
      column: related.range.start.column,
      endLine: related.range.end.line,
      endColumn: related.range.end.column,
    }));
  }
  return message;
}

export function toEslintResults(files: readonly FileResult[], options: { includeSource?: boolean } = {}): EslintResult[] {
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
      ...(options.includeSource ? { source: file.text } : {}),
      ...(file.skipped === undefined ? {} : { skipped: file.skipped }),
    };
  });
}
