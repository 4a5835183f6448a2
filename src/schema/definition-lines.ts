import type { JsonSchema } from './json-schema.js';

/**
 * The built-in definitions of `definitions.json`, parsed one at a time. The generator writes one
 * definition per line (`"id": {…},`), and a run with a schema finding needs only the few definitions
 * on the paths of its messages: parsing all 1.2 MB of them took ~11 ms and left megabytes for the
 * garbage collector, which the pre-commit case (one small file, one finding) paid in full.
 *
 * Text in any other layout (a hand-edited or reformatted file) is parsed whole, so the answers are
 * the same either way.
 */
export class DefinitionLines {
  /** Where each definition's JSON starts and ends in the text, by id; made on the first lookup, null when the text is not one definition per line. */
  private spans: Map<string, { start: number; end: number }> | null | undefined;
  private readonly parsed = new Map<string, JsonSchema | undefined>();
  private whole: Record<string, JsonSchema> | undefined;

  constructor(private readonly text: string) {}

  get(id: string): JsonSchema | undefined {
    if (this.whole !== undefined) return Object.hasOwn(this.whole, id) ? this.whole[id] : undefined;
    if (this.parsed.has(id)) return this.parsed.get(id);
    if (this.spans === undefined) this.spans = lineSpans(this.text);
    if (this.spans === null) {
      this.whole = JSON.parse(this.text) as Record<string, JsonSchema>;
      return this.get(id);
    }
    const span = this.spans.get(id);
    const definition = span === undefined ? undefined : (JSON.parse(this.text.slice(span.start, span.end)) as JsonSchema);
    this.parsed.set(id, definition);
    return definition;
  }
}

const ENTRY_SEPARATOR = '": ';

/**
 * The span of each entry's value in a line-per-entry JSON object, or null when the text is laid out
 * otherwise: its first line is `{`, its last `}`, and every line between is one `"key": value` entry
 * followed by a comma but the last.
 */
function lineSpans(text: string): Map<string, { start: number; end: number }> | null {
  if (!text.startsWith('{\n')) return null;
  const closing = text.endsWith('\n}\n') ? text.length - 3 : text.endsWith('\n}') ? text.length - 2 : -1;
  const spans = new Map<string, { start: number; end: number }>();
  let start = 2;
  while (start <= closing) {
    const lineFeed = text.indexOf('\n', start);
    const lineEnd = lineFeed === -1 || lineFeed > closing ? closing : lineFeed;
    const last = lineEnd === closing;
    const end = last ? lineEnd : lineEnd - 1;
    if (!last && text.charCodeAt(end) !== 0x2c) return null;
    const key = keyOf(text, start, end);
    if (key === undefined || spans.has(key.id)) return null;
    spans.set(key.id, { start: key.valueStart, end });
    start = lineEnd + 1;
  }
  return spans.size > 0 ? spans : null;
}

/** The key of a `"key": value` line, read as JSON, and where its value starts. */
function keyOf(text: string, start: number, end: number): { id: string; valueStart: number } | undefined {
  if (text.charCodeAt(start) !== 0x22) return undefined;
  let index = start + 1;
  let escaped = false;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === 0x22) break;
    if (code === 0x5c) escaped = true;
    index += code === 0x5c ? 2 : 1;
  }
  if (index >= end || !text.startsWith(ENTRY_SEPARATOR, index)) return undefined;
  // Generated ids have no escapes; a key with one is read as JSON reads it.
  const id = escaped ? (JSON.parse(text.slice(start, index + 1)) as string) : text.slice(start + 1, index);
  return { id, valueStart: index + ENTRY_SEPARATOR.length };
}
