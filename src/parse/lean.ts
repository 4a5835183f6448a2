/**
 * A lean reader for the YAML that Kubernetes manifests are made of: block mappings and sequences,
 * plain and quoted scalars (folded over several lines too), block scalars (tabs in literal ones),
 * flow collections. It is several times faster than the general parsers because it reads each line
 * once with char codes and builds plain values directly, and the same code can build a small tree
 * with source offsets for the documents that need positions.
 *
 * It never guesses. Anything outside that subset — anchors, aliases, tags, plain or quoted scalars
 * over several lines inside flow collections, complex keys, tabs outside literal block scalars, CR,
 * directives, duplicate keys, odd indentation, any syntax error — makes it give up on the document
 * (`undefined`), and the caller uses the general parsers, which also own every error message. Where
 * it does answer, its values equal js-yaml's with KUBERNETES_YAML_SCHEMA and its offsets equal the
 * `yaml` package's; test/parse-lean checks both against the real corpus.
 */
import { mayDisagreeWithYaml12, resolvePlainScalar, type PlainValue } from './scalars.js';
import { setOwn } from './yaml-tree.js';

/** Texts that the match of a non-string key (JSON of a number, boolean or null) can equal. */
const NON_STRING_MATCH = /^(?:null|true|false|[-+.\d])/;

/** Thrown (and caught inside this module) when the input leaves the supported subset. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported('unsupported');

/** Sizes of the key and value tables below; a const enum for the reason Char is one. */
const enum Size {
  /** Slots of the key table and of each value table (powers of two: a hash is masked into them). */
  KEY_SLOTS = 4096,
  VALUE_SLOTS = 4096,
  /** Longer keys are not kept. */
  PLAIN_KEY_MAX_LENGTH = 64,
  /** Values up to this length go to the table shared by every file, longer ones up to LONG_VALUE_MAX_LENGTH to the file's own. */
  SHORT_VALUE_MAX_LENGTH = 12,
  LONG_VALUE_MAX_LENGTH = 64,
}

/**
 * Character codes the reader compares with. A const enum, so that the build writes each as a number
 * literal: the bundle turns a module's top-level constants into variables that its lazy initialiser
 * assigns, which every comparison would then load (and the optimising compiler could not fold).
 */
const enum Char {
  SPACE = 0x20,
  LF = 0x0a,
  HASH = 0x23,
  COLON = 0x3a,
  DASH = 0x2d,
  DQUOTE = 0x22,
  SQUOTE = 0x27,
  LBRACKET = 0x5b,
  RBRACKET = 0x5d,
  LBRACE = 0x7b,
  RBRACE = 0x7d,
  COMMA = 0x2c,
  PIPE = 0x7c,
  GT = 0x3e,
  BACKSLASH = 0x5c,
}

/** A scalar of the position tree. `exact` is false where the `yaml` package's range is not reproduced (block and empty scalars). */
export interface LeanScalar {
  kind: 'scalar';
  start: number;
  end: number;
  plain: boolean;
  /** The scalar's string value as `yaml` reports it in `source`: the text for plain scalars, the unquoted value otherwise. */
  text: string;
  exact: boolean;
}

export interface LeanMap {
  kind: 'map';
  start: number;
  keys: LeanScalar[];
  /** Index into `keys` and `values` by the key as a path segment matches it (the `yaml` locator's `keyText`). */
  index: Map<string, number>;
  values: LeanNode[];
}

export interface LeanSeq {
  kind: 'seq';
  start: number;
  items: LeanNode[];
}

export type LeanNode = LeanScalar | LeanMap | LeanSeq;

/**
 * How a character constrains a plain scalar (or key) it starts, by char code: 0 not at all, 1 it never
 * starts one (indicators), 2 not when a space or line break follows (`-`, `?`, `:`). A table, so the
 * common first character costs one lookup and no call.
 */
const PLAIN_START = new Uint8Array(128);
for (const char of '&*!|>%@`[]{},#') PLAIN_START[char.charCodeAt(0)] = 1;
for (const char of '-?:') PLAIN_START[char.charCodeAt(0)] = 2;

/** A plain mapping key: its text, its value as a property name (js-yaml's), and as a path segment matches it (the `yaml` locator's). */
interface PlainKey {
  raw: string;
  value: string;
  match: string;
}

/**
 * Plain keys read lately, by a hash of their text that mappingKey computes as it scans (cheaper than
 * a Map lookup, which hashes the text again). Manifests repeat a small set of keys in every
 * document: a hit skips the scalar resolution, and its strings are already internalized, so using
 * them as property names costs no string-table lookup. A fixed-size table where a newer key takes
 * an older one's slot, and only short keys, so hostile input cannot grow it.
 */
const plainKeys: (PlainKey | undefined)[] = new Array<PlainKey | undefined>(Size.KEY_SLOTS).fill(undefined);
/** Object.keys returns a property name as V8 holds it: internalized, flat, tied to no larger text. */
const internalizer: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

function internalized(text: string): string {
  internalizer[text] = true;
  const [name] = Object.keys(internalizer);
  delete internalizer[text];
  return name ?? text;
}

/**
 * The hash of the last key that missed in each slot of plainKeys. A key is kept only when it misses
 * a second time: keys seen once (a large ConfigMap's data) would pay for an internalized copy they
 * never use again.
 */
const keyMisses = new Int32Array(Size.KEY_SLOTS);

/** The PlainKey of a key not in its slot of plainKeys (the caller looked); kept there when short and seen before. */
function plainKey(raw: string, slot: number, hash: number): PlainKey {
  const resolved = resolvePlainScalar(raw);
  if (resolved === '<<') throw UNSUPPORTED;
  const keep = raw.length <= Size.PLAIN_KEY_MAX_LENGTH && keyMisses[slot] === hash;
  keyMisses[slot] = hash;
  const text = keep ? internalized(raw) : raw;
  // js-yaml turns a non-string key into its String(); the `yaml` locator matches its JSON.
  const key: PlainKey =
    typeof resolved === 'string' ? { raw: text, value: text, match: text } : { raw: text, value: String(resolved), match: JSON.stringify(resolved) ?? String(resolved) };
  if (keep) plainKeys[slot] = key;
  return key;
}

/**
 * Plain values read lately and their resolution, by a hash of their text that inlineValue computes
 * as it scans: `TCP`, `v1`, `http`, `8080`, `IfNotPresent`, `ServiceAccount` come back in every
 * document, and one string kept for all of them is less for the garbage collector to copy than a
 * string each. A fixed-size table where a newer value takes an older one's slot.
 */
export class PlainValues {
  private readonly texts: (string | undefined)[];
  private readonly resolved: PlainValue[];
  /** The hash of the last value that missed in each slot: a value is kept when it misses a second time, so values seen once cost no stores. */
  private readonly misses: Int32Array;
  private readonly mask: number;

  /** `slots`: a power of two; a table of 4,096 costs 80 KB, too much to allocate for every small file. */
  constructor(slots = Size.VALUE_SLOTS) {
    this.texts = new Array<string | undefined>(slots).fill(undefined);
    this.resolved = new Array<PlainValue>(slots).fill(null);
    this.misses = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** A table for one file: a slot per 64 characters of text, from 64 to 4,096 slots. */
  static forText(length: number): PlainValues {
    let slots = 64;
    while (slots < Size.VALUE_SLOTS && slots * 64 < length) slots *= 2;
    return new PlainValues(slots);
  }

  value(raw: string, hash: number): PlainValue {
    const slot = (hash ^ (hash >>> 12)) & this.mask;
    if (this.texts[slot] === raw) return this.resolved[slot] as PlainValue;
    const value = resolvePlainScalar(raw);
    if (this.misses[slot] === hash) {
      this.texts[slot] = raw;
      this.resolved[slot] = value;
    }
    this.misses[slot] = hash;
    return value;
  }
}

/**
 * Values under 13 characters, which V8 copies when slicing: one table for every file, since none of
 * them holds on to a file's text. Longer values are slices of the file's text, so their table
 * belongs to one reading of one file (parseFile makes one and passes it to leanLoadIn): a table kept
 * across files would keep old files' texts alive.
 */
const shortValues = new PlainValues();

function plainValue(raw: string, hash: number, long: PlainValues | undefined): PlainValue {
  if (raw.length <= Size.SHORT_VALUE_MAX_LENGTH) return shortValues.value(raw, hash);
  return long !== undefined && raw.length <= Size.LONG_VALUE_MAX_LENGTH ? long.value(raw, hash) : resolvePlainScalar(raw);
}

class LeanParser {
  private pos = 0;
  /**
   * Whether a plain value read so far may be one YAML 1.1 and 1.2 read differently: the document's
   * `yaml-ambiguous-value` check is skipped when none is (nearly every document).
   */
  yaml11Scalars = false;
  /** Offset of the first character of the line `pos` is on, kept as the reader crosses line breaks. */
  private lineStart = 0;
  private readonly length: number;
  /**
   * Tabs of the document not yet read as the content of a literal block scalar. Anywhere else a tab
   * may be YAML's whitespace, where this reader expects spaces: a document must end with none left.
   */
  private tabsLeft: number;
  /** The column of the block collection around the flow collection being read: its lines must go deeper. */
  private flowParent = -1;

  /**
   * Reads `text` from `from` to `to`, a document as split.ts cuts it: either the document's own text
   * or its place in the whole file (the file's own string reads faster than a slice of it). A document
   * ends at the end of the text or just after a line break, so every scan stops inside it.
   */
  constructor(
    private readonly text: string,
    private readonly track: boolean,
    from = 0,
    to = text.length,
    private readonly long?: PlainValues,
    /** How many tabs the text holds from `from` to `to`. */
    tabs = 0,
  ) {
    this.pos = from;
    this.lineStart = from;
    this.length = to;
    this.tabsLeft = tabs;
  }

  // --- lines ------------------------------------------------------------------------------------------

  /**
   * Moves to the first content character of the next line that has content (or stays on the current
   * one when already there) and returns its column, or -1 at the end.
   */
  private nextContent(): number {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      while (text.charCodeAt(pos) === Char.SPACE) pos += 1;
      if (pos >= this.length) {
        this.pos = this.length;
        return -1;
      }
      const code = text.charCodeAt(pos);
      if (code === Char.LF) {
        pos += 1;
        this.lineStart = pos;
        continue;
      }
      if (code === Char.HASH) {
        const end = text.indexOf('\n', pos);
        pos = end === -1 || end >= this.length ? this.length : end + 1;
        this.lineStart = pos;
        continue;
      }
      this.pos = pos;
      return pos - this.lineStart;
    }
  }

  /**
   * After a value on a line, or a `key:` or `-` whose value starts below: only spaces and a comment
   * (after a space) may follow before the line break.
   */
  private endOfLine(): void {
    const text = this.text;
    let pos = this.pos;
    while (text.charCodeAt(pos) === Char.SPACE) pos += 1;
    if (pos >= this.length) {
      this.pos = pos;
      return;
    }
    const code = text.charCodeAt(pos);
    if (code === Char.HASH && text.charCodeAt(pos - 1) === Char.SPACE) {
      const end = text.indexOf('\n', pos);
      this.pos = end === -1 || end >= this.length ? this.length : end + 1;
      this.lineStart = this.pos;
      return;
    }
    if (code !== Char.LF) throw UNSUPPORTED;
    this.pos = pos + 1;
    this.lineStart = this.pos;
  }

  private isBreakOrEnd(pos: number): boolean {
    return pos >= this.length || this.text.charCodeAt(pos) === Char.LF;
  }

  private isBlankAfter(pos: number): boolean {
    const code = this.text.charCodeAt(pos);
    return pos >= this.length || code === Char.SPACE || code === Char.LF;
  }

  // --- nodes ------------------------------------------------------------------------------------------

  private scalar(value: unknown, start: number, end: number, plain: boolean, text: string, exact: boolean): unknown {
    return this.track ? ({ kind: 'scalar', start, end, plain, text, exact } satisfies LeanScalar) : value;
  }

  /** The column of the document's first content, past the `---` marker split.ts cut at (which may carry only a comment). */
  private documentStart(): number {
    const column = this.nextContent();
    if (column !== 0 || !this.text.startsWith('---', this.pos) || !this.isBlankAfter(this.pos + 3)) return column;
    this.pos += 3;
    this.endOfLine();
    return this.nextContent();
  }

  parseDocument(): unknown {
    const text = this.text;
    const column = this.documentStart();
    if (column === -1) return undefined;
    const code = text.charCodeAt(this.pos);
    if (column === 0 && (code === 0x25 || (code === 0x2e && text.startsWith('...', this.pos)))) throw UNSUPPORTED;
    const value = this.blockNode(column, -1);
    if (this.nextContent() !== -1 || this.tabsLeft !== 0) throw UNSUPPORTED;
    return value;
  }

  // --- locating one path without building the whole tree ---------------------------------------------

  /**
   * The node at a path and the key it was reached by, as a walk of the full position tree would
   * find them, reading only the lines on the way: entries off the path are skipped by indentation.
   * Only for documents `leanLoad` accepted, where indentation alone delimits every entry.
   */
  locate(path: readonly (string | number)[], uniqueKeys = false): LeanWalk {
    const column = this.documentStart();
    if (column === -1) throw UNSUPPORTED;
    let node = this.shallowNode(column, -1);
    let key: LeanNode | undefined;
    for (const [depth, segment] of path.entries()) {
      // Flow collections and scalars were read whole: the rest of the path is a walk in them.
      if (!(node instanceof BlockPlace)) return walkTree(node, key, path.slice(depth));
      const next = node.kind === 'map' ? this.findKey(node, String(segment), uniqueKeys) : typeof segment === 'number' ? this.findItem(node, segment) : undefined;
      if (next === undefined) return { node: node.node(), key, found: false };
      node = next.node;
      key = next.key ?? (node instanceof BlockPlace ? node.node() : node);
    }
    return { node: node instanceof BlockPlace ? node.node() : node, key, found: true };
  }

  /** A node starting at the current position at `column`: a block collection as a place to search, anything else read whole. */
  private shallowNode(column: number, parentColumn: number): BlockPlace | LeanNode {
    const code = this.text.charCodeAt(this.pos);
    if (code === Char.DASH && this.isBlankAfter(this.pos + 1)) return this.seqPlace(column);
    if (this.keyAhead()) return this.mapPlace(column);
    return this.wholeInlineValue(parentColumn);
  }

  /** inlineValue, with the deeper lines of a plain scalar that goes on below its first line (for locate, which reads no further). */
  private wholeInlineValue(parentColumn: number): LeanNode {
    const start = this.pos;
    const lineStart = this.lineStart;
    const value = this.inlineValue(parentColumn) as LeanNode;
    if (parentColumn < 0 || this.plainStart !== start) return value;
    const after = { pos: this.pos, lineStart: this.lineStart };
    if (this.nextContent() > parentColumn) return this.continuedPlain(start, lineStart, parentColumn) as LeanNode;
    this.pos = after.pos;
    this.lineStart = after.lineStart;
    return value;
  }

  private mapPlace(column: number): BlockPlace {
    const start = this.pos;
    const save = { pos: this.pos, lineStart: this.lineStart };
    this.mappingKey();
    const first: LeanScalar = { kind: 'scalar', start: this.keyStart, end: this.keyEnd, plain: this.keyPlain, text: this.keyText, exact: true };
    this.pos = save.pos;
    this.lineStart = save.lineStart;
    return new BlockPlace('map', column, start, save.lineStart, first);
  }

  private seqPlace(column: number): BlockPlace {
    const start = this.pos;
    const lineStart = this.lineStart;
    // The first item, read shallowly: a walk that ends at this sequence points at it when it is a scalar.
    this.pos += 1;
    const first = this.itemValue(column);
    this.pos = start;
    this.lineStart = lineStart;
    return new BlockPlace('seq', column, start, lineStart, first instanceof BlockPlace ? first.node() : first);
  }

  /** The value after `key:` (position after the colon), read shallowly. */
  private entryValue(column: number): BlockPlace | LeanNode {
    while (this.text.charCodeAt(this.pos) === Char.SPACE) this.pos += 1;
    const code = this.text.charCodeAt(this.pos);
    if (this.isBreakOrEnd(this.pos) || (code === Char.HASH && this.text.charCodeAt(this.pos - 1) === Char.SPACE)) {
      this.endOfLine();
      const start = this.pos;
      const next = this.nextContent();
      if (next > column) return this.shallowNode(next, column);
      if (next === column && this.text.charCodeAt(this.pos) === Char.DASH && this.isBlankAfter(this.pos + 1)) return this.seqPlace(column);
      return { kind: 'scalar', start, end: start, plain: true, text: '', exact: false };
    }
    return this.wholeInlineValue(column);
  }

  /** The item after `-` (position after the dash), read shallowly. */
  private itemValue(column: number): BlockPlace | LeanNode {
    while (this.text.charCodeAt(this.pos) === Char.SPACE) this.pos += 1;
    const code = this.text.charCodeAt(this.pos);
    if (this.isBreakOrEnd(this.pos) || (code === Char.HASH && this.text.charCodeAt(this.pos - 1) === Char.SPACE)) {
      this.endOfLine();
      const start = this.pos;
      const next = this.nextContent();
      if (next > column) return this.shallowNode(next, column);
      return { kind: 'scalar', start, end: start, plain: true, text: '', exact: false };
    }
    const itemColumn = this.pos - this.lineStart;
    if (code === Char.DASH && this.isBlankAfter(this.pos + 1)) return this.seqPlace(itemColumn);
    if (this.keyAhead()) return this.mapPlace(itemColumn);
    return this.wholeInlineValue(column);
  }

  /** Moves past the rest of the current line and every following line indented deeper than `column`. */
  private skipEntry(column: number, indentlessItems: boolean): void {
    const text = this.text;
    for (;;) {
      const end = text.indexOf('\n', this.pos);
      this.pos = end === -1 || end >= this.length ? this.length : end + 1;
      this.lineStart = this.pos;
      const next = this.nextContent();
      if (next === -1 || next < column) return;
      if (next === column && !(indentlessItems && text.charCodeAt(this.pos) === Char.DASH && this.isBlankAfter(this.pos + 1))) return;
    }
  }

  /**
   * The entry of `wanted` in a block mapping. With `uniqueKeys` (the lean reader loaded the document,
   * so no two keys had the same value) the first match is the answer; a wanted text that a number,
   * boolean or null key also matches (`1`, `true`) could still have a later twin, so those read on.
   */
  private findKey(place: BlockPlace, wanted: string, uniqueKeys = false): { node: BlockPlace | LeanNode; key: LeanScalar } | undefined {
    this.pos = place.start;
    this.lineStart = place.lineStart;
    const firstMatchWins = uniqueKeys && !NON_STRING_MATCH.test(wanted);
    let found: { node: BlockPlace | LeanNode; key: LeanScalar } | undefined;
    let resume = { pos: 0, lineStart: 0 };
    for (;;) {
      this.mappingKey();
      if (this.keyMatch === wanted) {
        // A second key with the same text would make the full walk take the last one: leave that to it.
        if (found !== undefined) throw UNSUPPORTED;
        const key: LeanScalar = { kind: 'scalar', start: this.keyStart, end: this.keyEnd, plain: this.keyPlain, text: this.keyText, exact: true };
        const keyLine = this.lineStart;
        const afterColon = this.pos;
        found = { node: this.entryValue(place.column), key };
        if (firstMatchWins) return found;
        resume = { pos: this.pos, lineStart: this.lineStart };
        // Back to this entry's line, to skip it and look for a duplicate below.
        this.pos = afterColon;
        this.lineStart = keyLine;
      }
      this.skipEntry(place.column, true);
      if (this.pos >= this.length || this.pos - this.lineStart !== place.column) break;
    }
    this.pos = resume.pos;
    this.lineStart = resume.lineStart;
    return found;
  }

  private findItem(place: BlockPlace, wanted: number): { node: BlockPlace | LeanNode; key: undefined } | undefined {
    this.pos = place.start;
    this.lineStart = place.lineStart;
    for (let index = 0; ; index += 1) {
      if (index === wanted) {
        this.pos += 1;
        return { node: this.itemValue(place.column), key: undefined };
      }
      this.skipEntry(place.column, false);
      if (this.pos >= this.length || this.pos - this.lineStart !== place.column) return undefined;
      if (!(this.text.charCodeAt(this.pos) === Char.DASH && this.isBlankAfter(this.pos + 1))) return undefined;
    }
  }

  /** A node that starts at the current position, the first content of its line, at `column`. */
  private blockNode(column: number, parentColumn: number): unknown {
    const code = this.text.charCodeAt(this.pos);
    if (code === Char.DASH && this.isBlankAfter(this.pos + 1)) return this.blockSequence(column);
    if (this.keyAhead()) return this.blockMapping(column);
    return this.inlineValue(parentColumn);
  }

  /** Whether the current line, from the current position, starts with a mapping key. */
  private keyAhead(): boolean {
    const text = this.text;
    let pos = this.pos;
    const code = text.charCodeAt(pos);
    if (code === Char.DQUOTE || code === Char.SQUOTE) {
      const close = this.closingQuote(pos, code);
      if (close === -1) return false;
      pos = close + 1;
      while (text.charCodeAt(pos) === Char.SPACE) pos += 1;
      return text.charCodeAt(pos) === Char.COLON && this.isBlankAfter(pos + 1);
    }
    if (code === Char.LBRACKET || code === Char.LBRACE) return false;
    for (; pos < this.length; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c === Char.LF) return false;
      if (c === Char.COLON && this.isBlankAfter(pos + 1)) return true;
      if (c === Char.HASH && text.charCodeAt(pos - 1) === Char.SPACE) return false;
    }
    return false;
  }

  /**
   * A quoted scalar at the current position: its value, and the position moved past the closing quote.
   * It may run over several lines only as a value in a block collection at `parentColumn` (keys and
   * flow collections keep to one line).
   */
  private quoted(parentColumn = -1): { value: string; start: number; end: number } {
    const start = this.pos;
    const quote = this.text.charCodeAt(start);
    const close = this.closingQuote(start, quote);
    if (close === -1) {
      if (parentColumn < 0) throw UNSUPPORTED;
      return this.multiLineQuoted(start, quote, parentColumn);
    }
    const value = quote === Char.DQUOTE ? this.doubleQuoted(start + 1, close) : this.text.slice(start + 1, close).replaceAll("''", "'");
    this.pos = close + 1;
    return { value, start, end: close + 1 };
  }

  /**
   * A quoted scalar over several lines, as YAML writers fold long strings (Go's yaml does at 80
   * columns): each line break with the spaces around it reads as one space, n empty lines as n line
   * breaks, and in double quotes an escaped line break as nothing. Every continuation line must be
   * indented deeper than the parent collection; the `yaml` package rejects less, and js-yaml only warns.
   */
  private multiLineQuoted(start: number, quote: number, parentColumn: number): { value: string; start: number; end: number } {
    const text = this.text;
    const length = this.length;
    const double = quote === Char.DQUOTE;
    let out = '';
    let pos = start + 1;
    // The current line's text not yet in `out`, and where it ends without trailing spaces.
    let segment = pos;
    let segmentEnd = pos;
    let lineStart = this.lineStart;
    const segmentText = (to: number): string => (double ? this.doubleQuoted(segment, to) : text.slice(segment, to));
    for (;;) {
      if (pos >= length) throw UNSUPPORTED;
      const c = text.charCodeAt(pos);
      if (c === quote) {
        if (!double && text.charCodeAt(pos + 1) === Char.SQUOTE) {
          out += `${text.slice(segment, pos)}'`;
          pos += 2;
          segment = segmentEnd = pos;
          continue;
        }
        out += segmentText(pos);
        this.pos = pos + 1;
        this.lineStart = lineStart;
        return { value: out, start, end: pos + 1 };
      }
      if (c === Char.LF || (double && c === Char.BACKSLASH && text.charCodeAt(pos + 1) === Char.LF)) {
        const escapedBreak = c === Char.BACKSLASH;
        out += segmentText(escapedBreak ? pos : segmentEnd);
        const next = this.crossBreaks(escapedBreak ? pos + 1 : pos, lineStart);
        pos = next.content;
        lineStart = next.lineStart;
        if (pos >= length || pos - lineStart <= parentColumn) throw UNSUPPORTED;
        if (!escapedBreak) out += folded(next.breaks);
        segment = segmentEnd = pos;
        continue;
      }
      // An escape is content, even an escaped space before the line break.
      pos += double && c === Char.BACKSLASH ? 2 : 1;
      if (c !== Char.SPACE) segmentEnd = pos;
    }
  }

  /** A plain scalar may not start with an indicator, nor with `-`, `?` or `:` before a space. */
  private checkPlainStart(code: number, start: number): void {
    const kind = code < 128 ? PLAIN_START[code] : 0;
    if (kind === 1 || (kind === 2 && this.isBlankAfter(start + 1))) throw UNSUPPORTED;
  }

  /** Offset of the quote closing a one-line quoted scalar that opens at `open`, or -1. */
  private closingQuote(open: number, quote: number): number {
    const text = this.text;
    for (let pos = open + 1; pos < this.length; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c === Char.LF) return -1;
      if (quote === Char.DQUOTE && c === Char.BACKSLASH) {
        // An escaped line break continues the scalar on the next line.
        if (text.charCodeAt(pos + 1) === Char.LF) return -1;
        pos += 1;
        continue;
      }
      if (c === quote) {
        if (quote === Char.SQUOTE && text.charCodeAt(pos + 1) === Char.SQUOTE) {
          pos += 1;
          continue;
        }
        return pos;
      }
    }
    return -1;
  }

  private blockMapping(column: number): unknown {
    const track = this.track;
    const map: LeanMap | Record<string, unknown> = track ? { kind: 'map', start: this.pos, keys: [], index: new Map(), values: [] } : {};
    // Keys read so far (value mode): on the shared key stack from `base` while the mapping is small
    // (nested mappings push above them and pop before this one goes on), a Set once it is large.
    const seen = this.seenKeys;
    const base = this.seenTop;
    let seenSet: Set<string> | undefined;
    for (;;) {
      this.mappingKey();
      // Nested mappings overwrite the key fields: keep this key's before reading its value.
      const keyValue = this.keyValue;
      const keyMatch = this.keyMatch;
      const key = track ? ({ kind: 'scalar', start: this.keyStart, end: this.keyEnd, plain: this.keyPlain, text: this.keyText, exact: true } satisfies LeanScalar) : undefined;
      // Past the `: ` now; what follows on the line decides the value's shape.
      while (this.text.charCodeAt(this.pos) === Char.SPACE) this.pos += 1;
      let value: unknown;
      // Where the value starts, to read it again should it be a plain scalar that goes on below.
      let valueStart = -1;
      let valueLineStart = -1;
      const code = this.text.charCodeAt(this.pos);
      if (this.isBreakOrEnd(this.pos) || (code === Char.HASH && this.text.charCodeAt(this.pos - 1) === Char.SPACE)) {
        this.endOfLine();
        const start = this.pos;
        const next = this.nextContent();
        if (next > column) {
          valueStart = this.pos;
          valueLineStart = this.lineStart;
          value = this.blockNode(next, column);
        } else if (next === column && this.text.charCodeAt(this.pos) === Char.DASH && this.isBlankAfter(this.pos + 1)) value = this.blockSequence(column);
        else value = this.scalar(null, start, start, true, '', false);
      } else {
        valueStart = this.pos;
        valueLineStart = this.lineStart;
        value = this.inlineValue(column);
      }
      if (track) {
        const lean = map as LeanMap;
        if (lean.index.has(keyMatch)) throw UNSUPPORTED;
        lean.index.set(keyMatch, lean.keys.length);
        lean.keys.push(key as LeanScalar);
        lean.values.push(value as LeanNode);
      } else {
        // Duplicate keys are found among this mapping's keys, not by a lookup in the object being
        // built: such lookups with ever-changing keys and shapes were the costliest line here.
        if (seenSet !== undefined) {
          if (seenSet.has(keyValue)) throw UNSUPPORTED;
          seenSet.add(keyValue);
        } else {
          const top = this.seenTop;
          for (let at = base; at < top; at += 1) if (seen[at] === keyValue) throw UNSUPPORTED;
          seen[top] = keyValue;
          this.seenTop = top + 1;
          if (top - base >= 16) {
            seenSet = new Set(seen.slice(base, top + 1));
            this.seenTop = base;
          }
        }
        setOwn(map as Record<string, unknown>, keyValue, value);
      }
      let next = this.nextContent();
      if (next > column) {
        // Deeper lines after a plain value continue it (rare, so the common value is read once, as one line).
        value = this.continuedPlain(valueStart, valueLineStart, column);
        if (track) (map as LeanMap).values[(map as LeanMap).values.length - 1] = value as LeanNode;
        else setOwn(map as Record<string, unknown>, keyValue, value);
        next = this.nextContent();
        if (next > column) throw UNSUPPORTED;
      }
      if (next === -1 || next < column) {
        this.seenTop = base;
        return map;
      }
    }
  }

  /** The key stack of blockMapping (value mode): one array per parser instead of one per mapping. */
  private readonly seenKeys: string[] = [];
  private seenTop = 0;

  // The key last read by mappingKey(), kept in fields: one object per key was a third of the garbage.
  private keyValue = '';
  private keyMatch = '';
  private keyStart = 0;
  private keyEnd = 0;
  private keyPlain = true;
  private keyText = '';

  /** Reads `key:` at the current position into the key fields and leaves the position after the colon. */
  private mappingKey(): void {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === Char.DQUOTE || code === Char.SQUOTE) {
      const { value, end } = this.quoted();
      let pos = end;
      while (text.charCodeAt(pos) === Char.SPACE) pos += 1;
      if (text.charCodeAt(pos) !== Char.COLON || !this.isBlankAfter(pos + 1)) throw UNSUPPORTED;
      this.pos = pos + 1;
      this.keyValue = value;
      this.keyMatch = value;
      this.keyStart = start;
      this.keyEnd = end;
      this.keyPlain = false;
      this.keyText = value;
      return;
    }
    // The hot loops below inline the small checks: before the JIT has optimized them (a good part
    // of a cold run), every call costs more than the work it does.
    if (code < 128 && PLAIN_START[code] !== 0) this.checkPlainStart(code, start);
    const length = this.length;
    let pos = start;
    // The key's end (trailing spaces dropped) and a hash of its text, in the same scan.
    let end = start;
    let hash = 0;
    let endHash = 0;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (pos >= length || c === Char.LF) throw UNSUPPORTED;
      if (c === Char.COLON) {
        const after = text.charCodeAt(pos + 1);
        if (pos + 1 >= length || after === Char.SPACE || after === Char.LF) break;
      } else if (c === Char.HASH && text.charCodeAt(pos - 1) === Char.SPACE) {
        throw UNSUPPORTED;
      }
      hash = (Math.imul(hash, 31) + c) | 0;
      pos += 1;
      if (c !== Char.SPACE) {
        end = pos;
        endHash = hash;
      }
    }
    if (end === start) throw UNSUPPORTED;
    this.pos = pos + 1;
    this.keyStart = start;
    this.keyEnd = end;
    this.keyPlain = true;
    const raw = text.slice(start, end);
    const slot = (endHash ^ (endHash >>> 12)) & (Size.KEY_SLOTS - 1);
    const cached = plainKeys[slot];
    const key = cached !== undefined && cached.raw === raw ? cached : plainKey(raw, slot, endHash);
    this.keyValue = key.value;
    this.keyMatch = key.match;
    this.keyText = key.raw;
  }

  private blockSequence(column: number): unknown {
    const track = this.track;
    const seq: LeanSeq | undefined = track ? { kind: 'seq', start: this.pos, items: [] } : undefined;
    // Value mode gathers the items on the shared item stack and copies them out at the end: an array
    // grown by push keeps room for 17 items, and nearly every list of a manifest has one or two.
    const base = this.itemTop;
    for (;;) {
      // At `-`: the item's content is on this line after it, or indented on the next lines.
      this.pos += 1;
      while (this.text.charCodeAt(this.pos) === Char.SPACE) this.pos += 1;
      const code = this.text.charCodeAt(this.pos);
      let item: unknown;
      let itemStart = -1;
      let itemLineStart = -1;
      if (this.isBreakOrEnd(this.pos) || (code === Char.HASH && this.text.charCodeAt(this.pos - 1) === Char.SPACE)) {
        this.endOfLine();
        const start = this.pos;
        const next = this.nextContent();
        if (next > column) {
          itemStart = this.pos;
          itemLineStart = this.lineStart;
          item = this.blockNode(next, column);
        } else item = this.scalar(null, start, start, true, '', false);
      } else {
        const itemColumn = this.pos - this.lineStart;
        itemStart = this.pos;
        itemLineStart = this.lineStart;
        if (code === Char.DASH && this.isBlankAfter(this.pos + 1)) item = this.blockSequence(itemColumn);
        else if (this.keyAhead()) item = this.blockMapping(itemColumn);
        else item = this.inlineValue(column);
      }
      let next = this.nextContent();
      if (next > column) {
        item = this.continuedPlain(itemStart, itemLineStart, column);
        next = this.nextContent();
        if (next > column) throw UNSUPPORTED;
      }
      if (seq !== undefined) seq.items.push(item as LeanNode);
      else this.pushItem(item);
      if (next === -1 || next < column || (next === column && !(this.text.charCodeAt(this.pos) === Char.DASH && this.isBlankAfter(this.pos + 1)))) {
        return seq ?? this.popItems(base);
      }
    }
  }

  /**
   * The value at `start` read again as a plain scalar that goes on over deeper lines, once the line
   * after it proved deeper than `parentColumn`; anything else that is followed by deeper lines is not
   * YAML the lean reader reads.
   */
  private continuedPlain(start: number, lineStart: number, parentColumn: number): unknown {
    if (start < 0 || this.plainStart !== start) throw UNSUPPORTED;
    this.pos = start;
    this.lineStart = lineStart;
    return this.multiLinePlain(parentColumn);
  }

  /** Where the last plain scalar read by inlineValue starts (see continuedPlain). */
  private plainStart = -1;

  /**
   * A plain scalar over several lines, as YAML writers fold long strings: the first line (already read
   * once by inlineValue), then every following line indented deeper than `parentColumn`, up to a
   * comment line. Lines join with a space, or with n line breaks across n empty lines.
   */
  private multiLinePlain(parentColumn: number): unknown {
    const text = this.text;
    const length = this.length;
    const start = this.pos;
    let out = '';
    let from = start;
    let end = start;
    let lineStart = this.lineStart;
    let breaks = 0;
    for (;;) {
      let pos = from;
      let lineEnd = from;
      for (; pos < length; pos += 1) {
        const c = text.charCodeAt(pos);
        if (c === Char.LF) break;
        if (c === Char.SPACE) continue;
        // A comment ends the scalar, and nothing deeper may follow it.
        if (c === Char.HASH && text.charCodeAt(pos - 1) === Char.SPACE) throw UNSUPPORTED;
        if (c === Char.COLON) {
          const after = text.charCodeAt(pos + 1);
          if (pos + 1 >= length || after === Char.SPACE || after === Char.LF) throw UNSUPPORTED;
        }
        lineEnd = pos + 1;
      }
      const content = text.slice(from, lineEnd);
      out = breaks === 0 ? content : out + folded(breaks) + content;
      end = lineEnd;
      if (pos >= length) break;
      const next = this.crossBreaks(pos, lineStart);
      if (next.content >= length || next.content - next.lineStart <= parentColumn || text.charCodeAt(next.content) === Char.HASH) break;
      from = next.content;
      lineStart = next.lineStart;
      breaks = next.breaks;
    }
    const value = resolvePlainScalar(out);
    // Folded lines have a space or a line break inside, which no number, boolean or null has.
    if (typeof value !== 'string') throw UNSUPPORTED;
    this.pos = end;
    this.lineStart = lineStart;
    this.endOfLine();
    return this.scalar(value, start, end, true, out, true);
  }

  /** From a line break at `pos`: the first content after it and any empty lines, its line's start, and how many breaks were crossed. */
  private crossBreaks(pos: number, lineStart: number): { content: number; lineStart: number; breaks: number } {
    const text = this.text;
    let content = pos;
    let breaks = 0;
    while (content < this.length && text.charCodeAt(content) === Char.LF) {
      breaks += 1;
      content += 1;
      lineStart = content;
      while (text.charCodeAt(content) === Char.SPACE) content += 1;
    }
    return { content, lineStart, breaks };
  }

  /** The item stack of value mode (see blockSequence); a nested sequence pushes above its parent's items and pops them. */
  private readonly itemStack: unknown[] = [];
  private itemTop = 0;

  private pushItem(item: unknown): void {
    this.itemStack[this.itemTop] = item;
    this.itemTop += 1;
  }

  /** The items pushed since `base`, as an array of their exact length, off the stack. */
  private popItems(base: number): unknown[] {
    const items = this.itemStack.slice(base, this.itemTop);
    this.itemTop = base;
    return items;
  }

  /** A value that starts on the current line: scalar, quoted, block scalar or flow collection. */
  private inlineValue(parentColumn: number): unknown {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === Char.DQUOTE || code === Char.SQUOTE) {
      const { value, end } = this.quoted(parentColumn);
      this.endOfLine();
      return this.scalar(value, start, end, false, value, true);
    }
    if (code === Char.LBRACKET || code === Char.LBRACE) {
      this.flowParent = parentColumn;
      const value = this.flowNode();
      this.endOfLine();
      return value;
    }
    if (code === Char.PIPE || code === Char.GT) return this.blockScalar(parentColumn);
    if (code < 128 && PLAIN_START[code] !== 0) this.checkPlainStart(code, start);
    // A plain scalar runs to the end of the line or to ` #`; `: ` inside it would be a nested mapping.
    const length = this.length;
    // Its end (trailing spaces dropped) and a hash of its text for plainValue, in the same scan.
    let pos = start;
    let end = start;
    let hash = 0;
    let endHash = 0;
    for (; pos < length; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c === Char.LF) break;
      hash = (Math.imul(hash, 31) + c) | 0;
      if (c === Char.SPACE) continue;
      if (c === Char.HASH && text.charCodeAt(pos - 1) === Char.SPACE) break;
      if (c === Char.COLON) {
        const after = text.charCodeAt(pos + 1);
        if (pos + 1 >= length || after === Char.SPACE || after === Char.LF) throw UNSUPPORTED;
      }
      end = pos + 1;
      endHash = hash;
    }
    const raw = text.slice(start, end);
    this.pos = end;
    this.plainStart = start;
    this.endOfLine();
    if (this.track) return this.scalar(undefined, start, end, true, raw, true);
    const value = plainValue(raw, endHash, this.long);
    if (typeof value !== 'string' && !this.yaml11Scalars && mayDisagreeWithYaml12(raw, value)) this.yaml11Scalars = true;
    return value;
  }

  /** The value of a double-quoted scalar between `from` and `to` (exclusive), escapes decoded. */
  private doubleQuoted(from: number, to: number): string {
    const text = this.text;
    // Look for a backslash inside the scalar only: indexOf would scan to the end of the file for
    // every quoted scalar, which made a 3 MB ConfigMap of quoted values take seconds (quadratic).
    let slash = from;
    while (slash < to && text.charCodeAt(slash) !== Char.BACKSLASH) slash += 1;
    if (slash === to) return text.slice(from, to);
    let out = '';
    let last = from;
    for (let pos = slash; pos < to; pos += 1) {
      if (text.charCodeAt(pos) !== Char.BACKSLASH) continue;
      out += text.slice(last, pos);
      const escape = text[pos + 1] ?? '';
      const simple = ESCAPES[escape];
      if (simple !== undefined) {
        out += simple;
        pos += 1;
      } else {
        const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
        const hex = text.slice(pos + 2, pos + 2 + digits);
        if (digits === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw UNSUPPORTED;
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) throw UNSUPPORTED;
        out += String.fromCodePoint(point);
        pos += 1 + digits;
      }
      last = pos + 1;
    }
    return out + text.slice(last, to);
  }

  /** `|` and `>` scalars: the header, then lines indented deeper than the parent. */
  private blockScalar(parentColumn: number): unknown {
    const text = this.text;
    const start = this.pos;
    const folded = text.charCodeAt(start) === Char.GT;
    let pos = start + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    const indicator = text.charCodeAt(pos);
    if (indicator === Char.DASH) chomp = 'strip';
    else if (indicator === 0x2b) chomp = 'keep';
    if (chomp !== 'clip') pos += 1;
    // An explicit indentation indicator, and anything but a comment after the header, is left to the general parsers.
    this.pos = pos;
    if (!this.isBlankAfter(pos)) throw UNSUPPORTED;
    this.endOfLine();
    // Content indentation is that of the first line; leading empty lines are not handled here.
    let lineStart = this.pos;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === Char.SPACE) indent += 1;
    if (this.isBreakOrEnd(lineStart + indent) || indent <= parentColumn) throw UNSUPPORTED;
    let started = false;
    let emptyAfter = 0;
    let out = '';
    while (lineStart < this.length) {
      let spaces = 0;
      while (spaces < indent && text.charCodeAt(lineStart + spaces) === Char.SPACE) spaces += 1;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd >= this.length) lineEnd = -1;
      const first = lineStart + spaces;
      if (first >= this.length || text.charCodeAt(first) === Char.LF) {
        // Only spaces, no more than the indentation: an empty line (kept or dropped by chomping).
        if (lineEnd === -1) break;
        emptyAfter += 1;
        lineStart = lineEnd + 1;
        continue;
      }
      if (spaces < indent) break; // a less indented line with content ends the scalar
      if (lineEnd === -1) throw UNSUPPORTED; // no final line break: left to the general parsers
      const content = text.slice(first, lineEnd);
      // A tab in a literal scalar's content is content (scripts and configuration files indent with them).
      if (this.tabsLeft !== 0) this.readTabs(content, folded);
      if (!started) out = content;
      else if (!folded) out += '\n'.repeat(emptyAfter + 1) + content;
      else out += emptyAfter === 0 ? ` ${content}` : '\n'.repeat(emptyAfter) + content;
      // Folding around more-indented lines has its own rules; those scalars go to the general parsers.
      if (folded && content.charCodeAt(0) === Char.SPACE) throw UNSUPPORTED;
      started = true;
      emptyAfter = 0;
      lineStart = lineEnd + 1;
    }
    if (chomp === 'clip') out += '\n';
    else if (chomp === 'keep') out += '\n'.repeat(emptyAfter + 1);
    // Leave the position at the start of the line that ended the scalar (or at the end).
    this.pos = Math.min(lineStart, this.length);
    this.lineStart = this.pos;
    return this.scalar(out, start, start, false, out, false);
  }

  /** Counts the tabs of a block scalar's content line as read; in a folded scalar they start more-indented lines, which are left to the general parsers. */
  private readTabs(content: string, folded: boolean): void {
    for (let at = content.indexOf('\t'); at !== -1; at = content.indexOf('\t', at + 1)) {
      if (folded) throw UNSUPPORTED;
      this.tabsLeft -= 1;
    }
  }

  // --- flow collections ---------------------------------------------------------------------------------

  /**
   * Moves past spaces inside a flow collection and, where `crossLines`, past line breaks, comments and
   * empty lines too (`command: ["sh",` and the arguments below), as long as every line goes deeper than
   * the block collection around it, as YAML requires. An implicit key and its `:` keep to one line.
   */
  private skipFlowSpaces(crossLines = true): void {
    const text = this.text;
    for (;;) {
      while (text.charCodeAt(this.pos) === Char.SPACE) this.pos += 1;
      if (this.pos >= this.length) throw UNSUPPORTED;
      const code = text.charCodeAt(this.pos);
      const comment = code === Char.HASH && text.charCodeAt(this.pos - 1) === Char.SPACE;
      if (code !== Char.LF && !comment) return;
      if (!crossLines) throw UNSUPPORTED;
      // endOfLine steps past the comment or line break; nextContent past empty and comment lines.
      this.endOfLine();
      const column = this.nextContent();
      if (column <= this.flowParent) throw UNSUPPORTED;
      // A document marker ends the document, even inside a flow collection at the top level.
      if (column === 0 && (text.startsWith('---', this.pos) || text.startsWith('...', this.pos))) throw UNSUPPORTED;
    }
  }

  private flowNode(): unknown {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === Char.LBRACKET) {
      this.pos += 1;
      const seq: LeanSeq | undefined = this.track ? { kind: 'seq', start, items: [] } : undefined;
      const base = this.itemTop;
      for (;;) {
        this.skipFlowSpaces();
        if (text.charCodeAt(this.pos) === Char.RBRACKET) break;
        const item = this.flowNode();
        if (seq !== undefined) seq.items.push(item as LeanNode);
        else this.pushItem(item);
        this.skipFlowSpaces();
        const next = text.charCodeAt(this.pos);
        if (next === Char.COMMA) this.pos += 1;
        else if (next !== Char.RBRACKET) throw UNSUPPORTED;
      }
      this.pos += 1;
      return seq ?? this.popItems(base);
    }
    if (code === Char.LBRACE) {
      this.pos += 1;
      const lean: LeanMap = { kind: 'map', start, keys: [], index: new Map(), values: [] };
      const record: Record<string, unknown> = {};
      for (;;) {
        this.skipFlowSpaces();
        if (text.charCodeAt(this.pos) === Char.RBRACE) break;
        const keyStart = this.pos;
        const key = this.flowScalar(true) as { value: unknown; raw: string; plain: boolean; end: number };
        this.skipFlowSpaces(false);
        if (text.charCodeAt(this.pos) !== Char.COLON) throw UNSUPPORTED;
        this.pos += 1;
        this.skipFlowSpaces(false);
        const next = text.charCodeAt(this.pos);
        const value = next === Char.COMMA || next === Char.RBRACE ? this.scalar(null, this.pos, this.pos, true, '', false) : this.flowNode();
        const keyValue = key.plain ? key.value : key.raw;
        const name = typeof keyValue === 'string' ? keyValue : String(keyValue);
        const match = typeof keyValue === 'string' ? keyValue : (JSON.stringify(keyValue) ?? String(keyValue));
        if (name === '<<' && key.plain) throw UNSUPPORTED;
        if (this.track) {
          if (lean.index.has(match)) throw UNSUPPORTED;
          lean.index.set(match, lean.keys.length);
          lean.keys.push({ kind: 'scalar', start: keyStart, end: key.end, plain: key.plain, text: key.raw, exact: true });
          lean.values.push(value as LeanNode);
        } else {
          if (Object.prototype.hasOwnProperty.call(record, name)) throw UNSUPPORTED;
          setOwn(record, name, value);
        }
        this.skipFlowSpaces();
        const after = text.charCodeAt(this.pos);
        if (after === Char.COMMA) this.pos += 1;
        else if (after !== Char.RBRACE) throw UNSUPPORTED;
      }
      this.pos += 1;
      return this.track ? lean : record;
    }
    const scalar = this.flowScalar(false) as { value: unknown; raw: string; plain: boolean; start: number; end: number };
    return this.scalar(scalar.value, scalar.start, scalar.end, scalar.plain, scalar.raw, true);
  }

  /** A scalar inside a flow collection; plain ones end at `,`, a closing bracket, or `:` before a space. */
  private flowScalar(isKey: boolean): { value: unknown; raw: string; plain: boolean; start: number; end: number } {
    const text = this.text;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === Char.DQUOTE || code === Char.SQUOTE) {
      const { value, end } = this.quoted();
      return { value, raw: value, plain: false, start, end };
    }
    this.checkPlainStart(code, start);
    let pos = start;
    let end = start;
    for (; pos < this.length; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c === Char.LF) throw UNSUPPORTED;
      if (c === Char.COMMA || c === Char.RBRACKET || c === Char.RBRACE) break;
      if (c === Char.LBRACKET || c === Char.LBRACE) throw UNSUPPORTED;
      if (c === Char.SPACE) continue;
      if (c === Char.HASH && text.charCodeAt(pos - 1) === Char.SPACE) throw UNSUPPORTED;
      if (c === Char.COLON) {
        const after = text.charCodeAt(pos + 1);
        if (after === Char.SPACE || after === Char.COMMA || after === Char.RBRACKET || after === Char.RBRACE || after === Char.LF) {
          if (!isKey) throw UNSUPPORTED;
          break;
        }
      }
      end = pos + 1;
    }
    const raw = text.slice(start, end);
    this.pos = end;
    const value = resolvePlainScalar(raw);
    if (typeof value !== 'string' && !this.yaml11Scalars && mayDisagreeWithYaml12(raw, value)) this.yaml11Scalars = true;
    return { value, raw, plain: true, start, end };
  }
}

/** What the line breaks between two lines of a folded flow scalar read as: one a space, n+1 of them n line feeds. */
function folded(breaks: number): string {
  return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
  N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};


/**
 * The value of one YAML document (a chunk from split.ts), or undefined when the document is outside
 * the subset this reader handles. `{ value: undefined }` is an empty document.
 */
/** What the lean reader read: the value, and whether a plain scalar in it may read differently in YAML 1.2. */
export interface LeanRead {
  value: unknown;
  yaml11Scalars: boolean;
}

export function leanLoad(text: string): LeanRead | undefined {
  if (outsideSubset(text)) return undefined;
  return leanLoadIn(text, 0, text.length, undefined, tabsIn(text));
}

/**
 * `leanLoad` of the document from `from` to `to` of a file's text (a chunk of splitDocuments), for a
 * file the caller found free of carriage returns (see `leanSubsetFile`). `tabs`: how many tabs the
 * text holds from `from` to `to`.
 */
export function leanLoadIn(text: string, from: number, to: number, long: PlainValues | undefined, tabs: number): LeanRead | undefined {
  try {
    const parser = new LeanParser(text, false, from, to, long, tabs);
    const value = parser.parseDocument();
    return { value, yaml11Scalars: parser.yaml11Scalars };
  } catch (error) {
    // Too deep for the stack is also left to the general parsers (and their guards).
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Where a path lookup ends or fails: the node, the key (or item) it was reached by, and whether it exists. */
export interface LeanWalk {
  node: LeanNode | undefined;
  key: LeanNode | undefined;
  found: boolean;
}

/**
 * A block mapping or sequence found while locating: where it starts, and its first key or item
 * (all a walk that ends at a collection needs); its entries are read only when a path goes into it.
 */
class BlockPlace {
  constructor(
    readonly kind: 'map' | 'seq',
    readonly column: number,
    readonly start: number,
    readonly lineStart: number,
    private readonly first: LeanNode | undefined,
  ) {}

  /** The collection as a position-tree node holding only its first key or item. */
  node(): LeanNode {
    if (this.kind === 'map') {
      const first = this.first as LeanScalar;
      return { kind: 'map', start: this.start, keys: [first], index: new Map(), values: [] };
    }
    return { kind: 'seq', start: this.start, items: this.first === undefined ? [] : [this.first] };
  }
}

/** The same walk over a position tree read whole (flow collections, or the rest of a path below one). */
export function walkTree(root: LeanNode | undefined, rootKey: LeanNode | undefined, path: readonly (string | number)[]): LeanWalk {
  let node = root;
  let key = rootKey;
  for (const segment of path) {
    let next: { node: LeanNode | undefined; key: LeanNode | undefined } | undefined;
    if (node?.kind === 'map') {
      const index = node.index.get(String(segment));
      if (index !== undefined) next = { node: node.values[index], key: node.keys[index] };
    } else if (node?.kind === 'seq' && typeof segment === 'number' && segment < node.items.length) {
      next = { node: node.items[segment], key: undefined };
    }
    if (!next) return { node, key, found: false };
    node = next.node;
    key = next.key ?? node;
  }
  return { node, key, found: true };
}

/**
 * The walk to one path in a document `leanLoad` accepted, reading only the lines on the way; or
 * undefined when the answer is left to the full trees.
 */
export function leanLocate(text: string, path: readonly (string | number)[], uniqueKeys = false): LeanWalk | undefined {
  try {
    return new LeanParser(text, true).locate(path, uniqueKeys);
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The position tree of a document the lean reader accepts, or undefined. */
export function leanTree(text: string): { root: LeanNode | undefined } | undefined {
  if (outsideSubset(text)) return undefined;
  try {
    return { root: new LeanParser(text, true, 0, text.length, undefined, tabsIn(text)).parseDocument() as LeanNode | undefined };
  } catch (error) {
    // Too deep for the stack is also left to the general parsers (and their guards).
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Carriage returns are line breaks to YAML where this reader only expects line feeds: the parse stage
 * gives it CRLF documents with LF line breaks (line-feeds.ts). Tabs it reads only inside literal
 * block scalars and counts them there (see `tabsLeft`). (Anchors, aliases and tags need no scan:
 * every place a node can start rejects `&`, `*` and `!`.)
 */
function outsideSubset(text: string): boolean {
  return text.includes('\r');
}

/** Whether none of a file's documents is outside the subset for its characters alone (one scan per file, not per document). */
export function leanSubsetFile(text: string): boolean {
  return !outsideSubset(text);
}

/** Offsets of a text's tabs, ascending. */
export function tabOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf('\t'); at !== -1; at = text.indexOf('\t', at + 1)) offsets.push(at);
  return offsets;
}

function tabsIn(text: string): number {
  return text.includes('\t') ? tabOffsets(text).length : 0;
}
