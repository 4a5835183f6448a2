/** One YAML document's text inside a file, cut at `---` lines before any parser sees it. */
export interface DocumentChunk {
  text: string;
  /** Offset of the chunk's first character in the file. */
  offset: number;
}

/**
 * Cuts a YAML stream at document-start markers. YAML forbids a `---` line at column 0 inside any
 * scalar, so a marker found by text is a real boundary; cutting first lets one broken document fail
 * alone and lets positions be computed per document, lazily.
 */
export function splitDocuments(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let start = 0;
  let search = 0;
  for (;;) {
    const at = text.indexOf('---', search);
    if (at === -1) break;
    search = at + 3;
    if (at !== 0 && text.charCodeAt(at - 1) !== 10) continue;
    const next = text.charCodeAt(at + 3);
    const isMarker = Number.isNaN(next) || next === 10 || next === 13 || next === 32 || next === 9;
    if (!isMarker || at === start) continue;
    chunks.push({ text: text.slice(start, at), offset: start });
    start = at;
  }
  chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}

/** True when a chunk holds nothing but blank lines, comments, directives and markers. */
export function isBlankChunk(text: string): boolean {
  // Nearly every chunk is `---` and then a line that starts with a key: settled without cutting lines.
  const first = text.startsWith('---\n') ? text.charCodeAt(4) : text.charCodeAt(0);
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)) return false;
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end === -1) end = text.length;
    const line = text.slice(lineStart, end).trim();
    if (line !== '' && !line.startsWith('#') && !line.startsWith('%') && line !== '---' && line !== '...') {
      if (!(line.startsWith('--- #') || line.startsWith('... #'))) return false;
    }
    lineStart = end + 1;
  }
  return true;
}
