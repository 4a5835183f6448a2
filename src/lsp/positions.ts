import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import { LineIndex, type SourceRange } from '../parse/source.js';

/**
 * Core positions are one-based, columns in UTF-16 code units, lines split at `\n`; LSP positions are
 * zero-based UTF-16 too, but LSP also ends a line at a lone `\r`. This class is the one place that
 * converts between them, at the server's edge. Built once per file text.
 */
export class PositionMap {
  private readonly core: LineIndex;
  /** Line starts as LSP counts lines; only built when the text has a lone CR, where the two differ. */
  private readonly lspStarts: number[] | undefined;

  constructor(readonly text: string) {
    this.core = new LineIndex(text);
    this.lspStarts = /\r(?!\n)/.test(text) ? lspLineStarts(text) : undefined;
  }

  toLspRange(range: SourceRange): LspRange {
    return { start: this.toLspPosition(range.start.line, range.start.column), end: this.toLspPosition(range.end.line, range.end.column) };
  }

  private toLspPosition(line: number, column: number): LspPosition {
    if (this.lspStarts === undefined) return { line: Math.max(line - 1, 0), character: Math.max(column - 1, 0) };
    const offset = Math.min(this.core.lineStart(line) + Math.max(column - 1, 0), this.text.length);
    let low = 0;
    let high = this.lspStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lspStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - (this.lspStarts[low] ?? 0) };
  }
}

function lspLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
  }
  return starts;
}

export function rangeContains(range: LspRange, position: LspPosition): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

export function rangesIntersect(a: LspRange, b: LspRange): boolean {
  return rangeContains(a, b.start) || rangeContains(a, b.end) || rangeContains(b, a.start);
}
