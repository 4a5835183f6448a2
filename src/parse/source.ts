import { countBelow } from './sorted.js';

/** One-based line and column; columns count UTF-16 code units, as JavaScript strings, LSP and SARIF do. */
export interface Position {
  line: number;
  column: number;
}

/** A span of a file: start inclusive, end exclusive. */
export interface SourceRange {
  file: string;
  start: Position;
  end: Position;
}

/** A path into a document: map keys and sequence indexes, as `rangeOf('spec', 'ports', 0, 'port')`. */
export type PathSegment = string | number;
export type YamlPath = readonly PathSegment[];

/** The value at a path in a parsed document, or undefined where the path leaves it. */
export function valueAt(value: unknown, path: YamlPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Renders a path the way fixtures and messages write it: `spec.template.spec.containers[0].image`. */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Parses the notation of `formatPath` back into segments. */
export function parsePath(text: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|(\.)/gy;
  let match: RegExpExecArray | null;
  let last = 0;
  while ((match = pattern.exec(text)) !== null) {
    last = pattern.lastIndex;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  if (last !== text.length) throw new Error(`cannot read the path "${text}" after column ${last + 1}`);
  return segments;
}

/**
 * Maps offsets of a text to positions. The table of line starts is built on first use (files
 * without diagnostics never need it) and kept as 32-bit offsets: a 50 MB input has two million lines.
 */
export class LineIndex {
  private table: Uint32Array | undefined;

  constructor(readonly text: string) {}

  private get starts(): Uint32Array {
    if (this.table === undefined) {
      const text = this.text;
      // One pass, into a buffer sized for manifest-like lines (~32 characters) and doubled when full.
      let starts = new Uint32Array(Math.max(64, (text.length >>> 5) + 1));
      let count = 1;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
        if (count === starts.length) {
          const grown = new Uint32Array(starts.length * 2);
          grown.set(starts);
          starts = grown;
        }
        starts[count++] = at + 1;
      }
      this.table = starts.subarray(0, count);
    }
    return this.table;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a one-based line. */
  lineStart(line: number): number {
    const starts = this.starts;
    return starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  }

  position(offset: number): Position {
    const starts = this.starts;
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    // The last line starting at or before the offset (the first starts at 0).
    const index = countBelow(starts, clamped + 1) - 1;
    return { line: index + 1, column: clamped - (starts[index] ?? 0) + 1 };
  }

  /** One-based line of an offset. */
  lineOf(offset: number): number {
    return this.position(offset).line;
  }
}
