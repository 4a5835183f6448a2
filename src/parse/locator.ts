import { isAlias, isCollection, isMap, isScalar, isSeq, parseDocument, type Document, type Pair } from 'yaml';
import { leanLocate, leanTree, walkTree, type LeanNode, type LeanScalar } from './lean.js';
import { LineFeedText } from './line-feeds.js';
import type { LineIndex, SourceRange, YamlPath } from './source.js';
import { keyText } from './yaml-tree.js';

/** Paths located by reading lines before a document's whole position tree is built instead. */
const LOCATES_BEFORE_TREE = 8;

/** What the lean tree says about a path: an answer, or `undefined` when only the `yaml` tree knows. */
type LeanAnswer<T> = { value: T } | undefined;

/** What the source says at a path: the scalar's raw text and whether it was written without quotes. */
export interface ScalarSource {
  text: string;
  plain: boolean;
  range: SourceRange;
}

/**
 * Finds where a path is written in one document. Nothing is built until a diagnostic asks, so
 * documents without diagnostics never pay for positions. Then the lean reader's position tree answers
 * first (a few microseconds for a manifest, and cheap even before the JIT has warmed up); the `yaml`
 * tree, ten times dearer, is built only for documents outside the lean subset and for the few answers
 * the lean tree does not reproduce exactly (block and empty scalars).
 */
export class DocumentLocator {
  private tree: Document.Parsed | undefined;
  /** The lean position tree; `null` once the document proved to be outside the lean subset. */
  private lean: { root: LeanNode | undefined } | null | undefined;
  /** Paths located without a tree so far. */
  private located = 0;
  /**
   * Ranges found so far, by path: findings point at the same places again and again (a policy or a
   * Service named in hundreds of related locations), and each lookup reads lines or walks a tree.
   */
  private ranges: Map<string, SourceRange> | undefined;

  constructor(
    readonly file: string,
    private readonly lines: LineIndex,
    private readonly chunkText: string,
    private readonly chunkOffset: number,
    tree?: Document.Parsed,
    /** Set when the lean reader read this document: positions are then found by reading only the lines on a path. */
    private readonly leanSubset = false,
    /** False when the reader knows no plain scalar of the document reads differently in YAML 1.2. */
    readonly yaml11Scalars = true,
  ) {
    this.tree = tree;
    // A document that came through the tolerant path already has its exact tree.
    if (tree !== undefined) this.lean = null;
  }

  private leanRoot(): { root: LeanNode | undefined } | null {
    if (this.lean === undefined) this.lean = leanTree(this.leanText) ?? null;
    return this.lean;
  }

  private leanWalk(path: YamlPath): { node: LeanNode | undefined; key: LeanNode | undefined; found: boolean } | undefined {
    // Reading the lines on one path costs a fraction of a whole tree, which thousands of findings
    // across a large input would each build (and keep).
    // A document asked about many times (a large CRD with many findings) gets its tree after all, so
    // that cost stays linear in its size.
    if (this.leanSubset && this.lean === undefined && (this.located += 1) <= LOCATES_BEFORE_TREE) {
      // The lean reader loaded this document, which it does only when no two keys of a mapping are equal.
      const located = leanLocate(this.leanText, path, true);
      if (located !== undefined) return located;
    }
    const tree = this.leanRoot();
    if (tree === null || tree.root === undefined) return undefined;
    return walkTree(tree.root, undefined, path);
  }

  /**
   * The lean reader's text when the document has CRLF line breaks (it reads LFs only; its offsets are
   * mapped back), made on first use; null when the document has none.
   */
  private crlf: LineFeedText | null | undefined;

  private get lineFeeds(): LineFeedText | undefined {
    if (this.crlf === undefined) this.crlf = (this.chunkText.includes('\r') ? LineFeedText.of(this.chunkText) : undefined) ?? null;
    return this.crlf ?? undefined;
  }

  /** What the lean reader reads: the document as written, or with its CRLFs as LFs. */
  private get leanText(): string {
    return this.lineFeeds?.text ?? this.chunkText;
  }

  private leanRange(scalar: LeanScalar): LeanAnswer<SourceRange> {
    return scalar.exact ? { value: this.leanToRange(scalar.start, scalar.end) } : undefined;
  }

  /** A range of lean offsets, which are those of `leanText`. */
  private leanToRange(start: number, end: number): SourceRange {
    const lineFeeds = this.lineFeeds;
    return lineFeeds === undefined ? this.toRange(start, end) : this.toRange(lineFeeds.written(start), lineFeeds.writtenEnd(Math.max(end, start)));
  }

  /** `rangeOf` from the lean tree, by the same rules as from the `yaml` tree. */
  private leanRangeOf(path: YamlPath): LeanAnswer<SourceRange> {
    const walked = this.leanWalk(path);
    if (walked === undefined) return undefined;
    const { node, key, found } = walked;
    if (found && node?.kind === 'scalar') return this.leanRange(node);
    if (key?.kind === 'scalar') return this.leanRange(key);
    if (node !== undefined && node.kind !== 'scalar') {
      const first = node.kind === 'map' ? node.keys[0] : node.items[0];
      if (first?.kind === 'scalar') return this.leanRange(first);
      return { value: this.leanToRange(node.start, node.start + 1) };
    }
    return undefined;
  }

  private document(): Document.Parsed {
    this.tree ??= parseDocument(this.chunkText, { schema: 'failsafe', uniqueKeys: false, strict: false });
    return this.tree;
  }

  private toRange(start: number, end: number): SourceRange {
    return {
      file: this.file,
      start: this.lines.position(this.chunkOffset + start),
      end: this.lines.position(this.chunkOffset + Math.max(end, start)),
    };
  }

  /** The first line of the document's content, used for document-level suppressions. */
  get startLine(): number {
    return this.lines.lineOf(this.chunkOffset);
  }

  get endLine(): number {
    return this.lines.lineOf(this.chunkOffset + this.chunkText.length);
  }

  get text(): string {
    return this.chunkText;
  }

  private walk(path: YamlPath): { node: unknown; key: unknown; found: boolean } {
    const doc = this.document();
    let node: unknown = doc.contents;
    let key: unknown;
    for (const segment of path) {
      while (isAlias(node)) node = node.resolve(doc);
      let next: { node: unknown; key: unknown } | undefined;
      if (isMap(node)) {
        const wanted = String(segment);
        const pair = (node.items as Pair[]).findLast((item: Pair) => keyText(item.key) === wanted);
        if (pair) next = { node: pair.value, key: pair.key };
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        next = { node: node.items[segment], key: undefined };
      }
      if (!next) return { node, key, found: false };
      node = next.node;
      key = next.key ?? node;
    }
    return { node, key, found: true };
  }

  /**
   * The range of a path: a scalar gives the scalar, a collection gives its key (one token, not a
   * block), and a missing path gives the key of its deepest existing ancestor.
   */
  rangeOf(path: YamlPath): SourceRange {
    // JSON keeps `0` (an index) and `"0"` (a key) apart, and any key text unambiguous.
    const key = JSON.stringify(path);
    // Made on first use: most documents never have a finding.
    this.ranges ??= new Map();
    let range = this.ranges.get(key);
    if (range === undefined) {
      range = this.findRange(path);
      this.ranges.set(key, range);
    }
    return range;
  }

  private findRange(path: YamlPath): SourceRange {
    const lean = this.leanRangeOf(path);
    if (lean !== undefined) return lean.value;
    const { node, key, found } = this.walk(path);
    if (found && isScalar(node) && node.range) return this.toRange(node.range[0], node.range[1]);
    if (isScalar(key) && key.range) return this.toRange(key.range[0], key.range[1]);
    if (isCollection(node) && node.range) {
      const first = node.items[0] as unknown;
      const firstKey = isMap(node) ? (first as Pair | undefined)?.key : first;
      if (isScalar(firstKey) && firstKey.range) return this.toRange(firstKey.range[0], firstKey.range[1]);
      return this.toRange(node.range[0], node.range[0] + 1);
    }
    const contents = this.document().contents;
    if (contents?.range) return this.toRange(contents.range[0], contents.range[0]);
    return this.toRange(0, 0);
  }

  /** The range of the key that holds a path (for unknown fields and duplicates), else `rangeOf`. */
  keyRangeOf(path: YamlPath): SourceRange {
    const walked = this.leanWalk(path);
    if (walked !== undefined) {
      if (walked.found && walked.key?.kind === 'scalar') {
        const range = this.leanRange(walked.key);
        if (range !== undefined) return range.value;
      } else {
        return this.rangeOf(path);
      }
    }
    const { key, found } = this.walk(path);
    if (found && isScalar(key) && key.range) return this.toRange(key.range[0], key.range[1]);
    return this.rangeOf(path);
  }

  /** The scalar written at a path, or undefined when the path is missing or not a scalar. */
  scalarAt(path: YamlPath): ScalarSource | undefined {
    const walked = this.leanWalk(path);
    if (walked !== undefined) {
      const { node, found } = walked;
      // Lean and `yaml` trees have the same shape, so "missing" or "not a scalar" is final here.
      if (!found || node?.kind !== 'scalar') return undefined;
      if (node.exact) return { text: node.text, plain: node.plain, range: this.leanToRange(node.start, node.end) };
    }
    const { node, found } = this.walk(path);
    if (!found || !isScalar(node) || !node.range) return undefined;
    return {
      text: node.source ?? String(node.value),
      plain: node.type === 'PLAIN',
      range: this.toRange(node.range[0], node.range[1]),
    };
  }

  /** Range of an offset span relative to the document, for parser diagnostics. */
  spanRange(start: number, end: number): SourceRange {
    return this.toRange(start, end);
  }
}
