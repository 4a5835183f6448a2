import jsyaml from 'js-yaml';
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Pair } from 'yaml';
import { PlainValues, leanLoad, leanLoadIn, leanSubsetFile, tabOffsets, type LeanRead } from './lean.js';
import { LineFeedText } from './line-feeds.js';
import { DocumentLocator } from './locator.js';
import { countBelow } from './sorted.js';
import { LineIndex, type SourceRange, type YamlPath } from './source.js';
import { isBlankChunk, splitDocuments, type DocumentChunk } from './split.js';
import { KUBERNETES_YAML_SCHEMA } from './yaml-schema.js';
import { DocumentValueError, MAX_EXPANDED_NODES, documentValue } from './yaml-tree.js';

export type ParseProblemId = 'yaml-syntax' | 'yaml-duplicate-key';

export interface ParseProblem {
  ruleId: ParseProblemId;
  message: string;
  range: SourceRange;
}

/** One YAML document (or one item of a `kind: List`) with its value and a way to find positions. */
export interface ParsedDocument {
  file: string;
  /** Zero-based index of the YAML document in its file. */
  index: number;
  /** Index in `items` when the document was flattened out of a List. */
  item?: number;
  value: unknown;
  locator: DocumentLocator;
  /** Prefix of every path into this document (`['items', 3]` for a List item). */
  basePath: YamlPath;
}

export interface ParsedFile {
  file: string;
  text: string;
  lines: LineIndex;
  documents: ParsedDocument[];
  problems: ParseProblem[];
}

/** A chunk that could contain an alias goes to the guarded path: js-yaml shares aliased objects, and
 * every later walk over them would multiply an alias bomb. */
const MAYBE_ALIAS = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/m;
/**
 * An alias needs an anchor before it in its document (js-yaml rejects one that has none, and the
 * tolerant path reports it). Prose such as `e.g. *.example.com` in a CRD's description looks like an
 * alias; without an anchor-like `&name` as well, a 400 KB CRD no longer takes the slow path for it.
 */
const MAYBE_ANCHOR = /(?:^|[\s,[{:-])&[^\s,[\]{}]/m;

export function mayHoldAlias(text: string): boolean {
  return text.includes('*') && text.includes('&') && MAYBE_ALIAS.test(text) && MAYBE_ANCHOR.test(text);
}

/**
 * Parses one file into documents and problems, and never throws: an exception a parser lets escape
 * (a dependency's stack overflow, a bug) becomes a yaml-syntax problem at the file's first line, so
 * one hostile file can never stop a run or hide the findings in the others.
 */
export function parseFile(file: string, text: string): ParsedFile {
  return guarded(file, text, () => parseFileUnguarded(file, text));
}

function guarded(file: string, text: string, parse: () => ParsedFile): ParsedFile {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof RangeError ? 'it nests too deeply' : error instanceof Error ? error.message : String(error);
    const range = { file, start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
    return { file, text, lines: new LineIndex(text), documents: [], problems: [{ ruleId: 'yaml-syntax', message: `The file could not be read (${reason}); it is not linted.`, range }] };
  }
}

/** The documents of a file as the parse stage cuts them (JSON files are one document). */
function fileChunks(file: string, text: string): DocumentChunk[] {
  return /\.json$/i.test(file) ? [{ text, offset: 0 }] : splitDocuments(text);
}

/**
 * The value of one chunk by the fast readers, or undefined when the tolerant path must read it.
 * Cheapest reader first: the lean one covers nearly every manifest; js-yaml the rest of what is
 * valid; the tolerant `yaml` path whatever fails (with its messages) or may hold aliases.
 */
function readChunkFast(text: string): FastValue | { failed: unknown } | undefined {
  const lean = leanLoad(text);
  if (lean === undefined && text.includes('\r')) {
    const lineFeeds = LineFeedText.of(text);
    const read = lineFeeds === undefined ? undefined : leanLoad(lineFeeds.text);
    // The locator makes the same LF text again if a finding needs positions: few documents have one.
    if (read !== undefined) return { value: read.value, lean: true, yaml11Scalars: read.yaml11Scalars };
  }
  return readChunkAfterLean(text, lean);
}

/**
 * `readChunkFast` of a chunk the lean reader has tried already (`lean` is its answer). When js-yaml
 * tried and failed, its error comes along: a chunk too large for the tolerant path reports it
 * rather than reading megabytes again.
 */
function readChunkAfterLean(text: string, lean: LeanRead | undefined): FastValue | { failed: unknown } | undefined {
  if (lean !== undefined) return { value: lean.value, lean: true, yaml11Scalars: lean.yaml11Scalars };
  return mayHoldAlias(text) ? undefined : fastLoad(text);
}

/** A document's value from a fast reader; `lean` when the lean reader read it (its positions are then found the lean way). */
interface FastValue {
  value: unknown;
  lean?: boolean;
  /** False when the lean reader saw no plain scalar that YAML 1.2 reads differently; unknown (true) from other readers. */
  yaml11Scalars?: boolean;
}

function parseFileUnguarded(file: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const result: ParsedFile = { file, text, lines, documents: [], problems: [] };
  const isJson = /\.json$/i.test(file);
  const chunks = fileChunks(file, text);
  // The lean reader reads each chunk in place in the file's text (one string, faster to read than
  // slices of it) when no chunk can be outside its subset for a carriage return.
  const inPlace = leanSubsetFile(text);
  const long = inPlace ? PlainValues.forText(text.length) : undefined;
  // The lean reader must account for each tab of a document: where they are, to count them per chunk.
  const tabs = inPlace && text.includes('\t') ? tabOffsets(text) : undefined;
  let index = 0;
  for (let ordinal = 0; ordinal < chunks.length; ordinal += 1) {
    const chunk = chunks[ordinal] as DocumentChunk;
    if (!isJson && isBlankChunk(chunk.text)) continue;
    const end = chunk.offset + chunk.text.length;
    const fast = inPlace ? readChunkAfterLean(chunk.text, leanLoadIn(text, chunk.offset, end, long, tabs === undefined ? 0 : countBelow(tabs, end) - countBelow(tabs, chunk.offset))) : readChunkFast(chunk.text);
    if (fast !== undefined && 'value' in fast) {
      const locator = new DocumentLocator(file, lines, chunk.text, chunk.offset, undefined, fast.lean === true, fast.yaml11Scalars ?? true);
      addDocument(result, fast.value, index, locator);
      index += 1;
    } else {
      index = tolerantLoad(result, chunk, index, fast?.failed);
    }
  }
  return result;
}

function fastLoad(text: string): { value: unknown } | { failed: unknown } {
  try {
    return { value: jsyaml.load(text, { schema: KUBERNETES_YAML_SCHEMA }) };
  } catch (error) {
    return { failed: error };
  }
}

/**
 * The error-tolerant path: `yaml` keeps going after an error and tells where each one is.
 * `jsyamlError`: what js-yaml threw on this chunk, when it was tried.
 */
function tolerantLoad(result: ParsedFile, chunk: DocumentChunk, firstIndex: number, jsyamlError?: unknown): number {
  if (chunk.text.length > TOLERANT_MAX_CHARS) return largeChunkLoad(result, chunk, firstIndex, jsyamlError);
  let index = firstIndex;
  // uniqueKeys: false because the `yaml` package checks each key against every earlier key of its
  // map (quadratic: a 50 MB ConfigMap did not finish in 300 s); duplicates are found below instead.
  const docs = parseAllDocuments(chunk.text, { schema: 'failsafe', uniqueKeys: false, strict: false, prettyErrors: false });
  const list: Document.Parsed[] = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const locator = new DocumentLocator(result.file, result.lines, chunk.text, chunk.offset, doc);
    const broken = doc.errors.length > 0;
    const found: { at: number; problem: ParseProblem }[] = doc.errors.map((error) => {
      const [start, end] = error.pos;
      const problem: ParseProblem = { ruleId: 'yaml-syntax', message: `${describeYamlError(error.message)}; this document is not linted.`, range: locator.spanRange(start, Math.max(end, start + 1)) };
      return { at: start, problem };
    });
    for (const start of duplicateKeyOffsets(doc)) {
      const keyText = duplicateKeyText(chunk.text, start);
      const message = `Duplicate key ${JSON.stringify(keyText)}: Kubernetes rejects the document ("mapping key already defined"); tools that accept it keep only the last value.`;
      found.push({ at: start, problem: { ruleId: 'yaml-duplicate-key', message, range: locator.spanRange(start, start + 1) } });
    }
    for (const { problem } of found.sort((a, b) => a.at - b.at)) result.problems.push(problem);
    if (!broken && doc.contents !== null) {
      try {
        addDocument(result, documentValue(doc), index, locator);
      } catch (error) {
        if (!(error instanceof DocumentValueError)) throw error;
        result.problems.push({ ruleId: 'yaml-syntax', message: error.message, range: locator.spanRange(error.offset, error.offset + 1) });
      }
    }
    if (doc.contents !== null || doc.errors.length > 0) index += 1;
  }
  return index;
}

/**
 * The largest document the tolerant parser is given. Its tree costs up to a few hundred bytes per
 * node, and a 10 MB line of flow items is 5 million nodes: the process ran out of a 2 GB heap. The
 * largest real manifest in the corpus is a 1.4 MB document.
 */
export const TOLERANT_MAX_CHARS = 2 * 1024 * 1024;

/**
 * A document too big for the tolerant parser that neither fast reader took. js-yaml reads it: its
 * first error is reported at its position, and a document with aliases (which js-yaml shares rather
 * than copies) is linted only when its expanded size is within the alias budget.
 */
function largeChunkLoad(result: ParsedFile, chunk: DocumentChunk, index: number, jsyamlError?: unknown): number {
  const locator = new DocumentLocator(result.file, result.lines, chunk.text, chunk.offset);
  const size = `${(chunk.text.length / (1024 * 1024)).toFixed(1)} MB`;
  const loaded = jsyamlError === undefined ? fastLoad(chunk.text) : { failed: jsyamlError };
  if ('failed' in loaded) {
    const error = loaded.failed;
    const at = (error as { mark?: { position?: number } }).mark?.position ?? 0;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    const duplicate = reason.includes('duplicated mapping key');
    result.problems.push({
      ruleId: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      message: duplicate
        ? `Duplicate key: Kubernetes rejects the document ("mapping key already defined"); the document (${size}) is too large to list every problem, so it is not linted.`
        : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}; the document (${size}) is too large to list every problem, so it is not linted.`,
      range: locator.spanRange(at, at + 1),
    });
    return index + 1;
  }
  const value = loaded.value;
  if (expandedSize(value) > MAX_EXPANDED_NODES) {
    result.problems.push({
      ruleId: 'yaml-syntax',
      message: `Aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?), or an alias is inside its own anchor; this document is not linted`,
      range: locator.spanRange(0, 1),
    });
    return index + 1;
  }
  addDocument(result, value, index, locator);
  return index + 1;
}

/** Nodes of a value as a tree, counting shared (aliased) objects once per use; a cycle is infinite. */
function expandedSize(root: unknown): number {
  const sizes = new Map<object, number>();
  const active = new Set<object>();
  const size = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    if (active.has(value)) return Infinity;
    active.add(value);
    let total = 1;
    for (const child of Object.values(value)) {
      total += size(child);
      if (total > MAX_EXPANDED_NODES) break;
    }
    active.delete(value);
    sizes.set(value, total);
    return total;
  };
  return size(root);
}

/**
 * Offsets of keys that repeat an earlier key of the same map, in one pass with a set per map. Keys
 * are equal as the `yaml` package compares them under the failsafe schema: same scalar text after
 * unquoting (`"a"` and `a` are one key). An explicit stack, so deep documents cannot overflow it.
 */
function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items as Pair[]) {
        if (isScalar(pair.key)) {
          const value = pair.key.value;
          const identity = value === null || value === undefined ? '\u0000null' : String(value);
          if (seen.has(identity)) offsets.push(pair.key.range?.[0] ?? 0);
          else seen.add(identity);
        } else if (pair.key !== null) {
          stack.push(pair.key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return offsets.sort((a, b) => a - b);
}

/** The duplicated key as written: from the error's offset to the `:` that ends the key. */
function duplicateKeyText(text: string, start: number): string {
  const lineEnd = text.indexOf('\n', start);
  const rest = text.slice(start, lineEnd === -1 ? undefined : lineEnd);
  const colon = rest.search(/:(\s|$)/);
  return (colon === -1 ? rest : rest.slice(0, colon)).trim().replace(/^["']|["']$/g, '');
}

/** The `yaml` package's message, first line only; its stack overflow said as what it means here. */
function describeYamlError(message: string): string {
  if (message.startsWith('Maximum call stack size exceeded')) return 'The document nests too deeply to be read';
  return firstLine(message);
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function addDocument(result: ParsedFile, value: unknown, index: number, locator: DocumentLocator): void {
  if (value === null || value === undefined) return;
  const items = listItems(value);
  if (items) {
    items.forEach((item, itemIndex) => {
      if (item !== null && item !== undefined) {
        result.documents.push({ file: result.file, index, item: itemIndex, value: item, locator, basePath: ['items', itemIndex] });
      }
    });
    return;
  }
  result.documents.push({ file: result.file, index, value, locator, basePath: [] });
}

/** `kind: List` and typed lists such as `ServiceList` wrap real objects in `items`. */
function listItems(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || Array.isArray(value) || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const kind = record['kind'];
  if (typeof kind !== 'string' || !kind.endsWith('List') || !Array.isArray(record['items'])) return undefined;
  return record['items'] as unknown[];
}
