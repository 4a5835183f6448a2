import type { ObjectRef } from '../graph/resource.js';
import type { SourceRange } from '../parse/source.js';

export type Severity = 'error' | 'warning';

export interface RelatedLocation {
  message: string;
  range: SourceRange;
}

export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

/** One finding. Carries data, not rendering: formatters and the language server present it. */
export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  resource?: ObjectRef;
  related?: RelatedLocation[];
  fix?: Fix;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    a.range.end.line - b.range.end.line ||
    a.range.end.column - b.range.end.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
