import { isAlias, isCollection, isMap, isScalar, isSeq, parseDocument, type Document, type Pair } from 'yaml';
import type { LineIndex, SourceRange, YamlPath } from './source.js';
import { keyText } from './yaml-tree.js';

/** What the source says at a path: the scalar's raw text and whether it was written without quotes. */
export interface ScalarSource {
  text: string;
  plain: boolean;
  range: SourceRange;
}

/**
 * Finds where a path is written in one document. The `yaml` tree it needs is built on first use, so
 * documents without diagnostics never pay for positions.
 */
export class DocumentLocator {
  private tree: Document.Parsed | undefined;

  constructor(
    readonly file: string,
    private readonly lines: LineIndex,
    private readonly chunkText: string,
    private readonly chunkOffset: number,
    tree?: Document.Parsed,
  ) {
    this.tree = tree;
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
    const { key, found } = this.walk(path);
    if (found && isScalar(key) && key.range) return this.toRange(key.range[0], key.range[1]);
    return this.rangeOf(path);
  }

  /** The scalar written at a path, or undefined when the path is missing or not a scalar. */
  scalarAt(path: YamlPath): ScalarSource | undefined {
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
