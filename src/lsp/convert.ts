import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Diagnostic } from '../engine/diagnostic.js';
import { ruleDocsUrl } from '../report/links.js';
import type { PositionMap } from './positions.js';

/** Looks up what the conversion needs about other files (related locations): their URI and positions. */
export interface FileLookup {
  uriOf(file: string): string;
  positionsOf(file: string): PositionMap | undefined;
}

/** A core diagnostic as the editor shows it; `data.ruleId` lets hover and code actions find the rule. */
export function toLspDiagnostic(diagnostic: Diagnostic, positions: PositionMap, files: FileLookup): LspDiagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const entry of diagnostic.related ?? []) {
    const map = files.positionsOf(entry.range.file);
    if (map) related.push({ location: { uri: files.uriOf(entry.range.file), range: map.toLspRange(entry.range) }, message: entry.message });
  }
  return {
    range: positions.toLspRange(diagnostic.range),
    severity: diagnostic.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: diagnostic.ruleId,
    codeDescription: { href: ruleDocsUrl(diagnostic.ruleId) },
    source: 'shipshape',
    message: diagnostic.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data: { ruleId: diagnostic.ruleId, fixable: diagnostic.fix !== undefined },
  };
}
