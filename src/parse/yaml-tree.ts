import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Alias, type Document, type Node, type Pair } from 'yaml';
import { resolvePlainScalar } from './scalars.js';

/**
 * More nodes than this made by expanding aliases in one document means an alias bomb, not a manifest.
 * Kubernetes' own YAML reader gives up at 400,000 alias expansions; only nodes reached through an
 * alias count, so a large document without aliases is never refused.
 */
export const MAX_EXPANDED_NODES = 1_000_000;

/**
 * Why a document's tree cannot become a value: an alias bomb, an alias inside its own anchor, or
 * nesting deeper than the stack. Carries the offset (in the document's text) to report it at.
 */
export class DocumentValueError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Defines a key even when it is `__proto__`, so a manifest can never reach Object.prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

function scalarValue(node: Scalar): unknown {
  const tag = node.tag;
  if (node.type === Scalar.PLAIN && (tag === undefined || tag === '!' )) return resolvePlainScalar(node.source ?? String(node.value));
  if (tag === 'tag:yaml.org,2002:int' || tag === 'tag:yaml.org,2002:float' || tag === 'tag:yaml.org,2002:bool' || tag === 'tag:yaml.org,2002:null') {
    return resolvePlainScalar(String(node.value));
  }
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

/**
 * Turns a failsafe `yaml` document into plain values with Kubernetes' scalar semantics. Aliases are
 * expanded (Kubernetes sees the expanded JSON), within a node budget so a billion-laughs document
 * costs a bounded amount of time and memory; an alias inside its own anchor is reported, not followed
 * for ever.
 */
export function documentValue(doc: Document.Parsed): unknown {
  let budget = MAX_EXPANDED_NODES;
  // `Alias.resolve` searches the whole document each time; a bomb resolves the same aliases
  // millions of times, so each alias is resolved once.
  const targets = new Map<Alias, unknown>();
  // Anchored nodes being expanded right now: meeting one again means an alias inside its own anchor.
  const expanding = new Set<unknown>();
  // The alias at the top of the expansion that ran out of budget: where the bomb is set off.
  let outermost: Alias | undefined;
  const offsetOf = (node: unknown) => (node as { range?: [number, number, number] | null } | null)?.range?.[0] ?? 0;
  const convert = (node: unknown): unknown => {
    if (outermost !== undefined && --budget < 0) {
      throw new DocumentValueError(
        `Aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?); this document is not linted`,
        offsetOf(outermost),
      );
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      let target = targets.get(node);
      if (target === undefined) {
        target = node.resolve(doc);
        targets.set(node, target);
      }
      if (target === undefined) throw new DocumentValueError(`The alias *${node.source} names no anchor before it; this document is not linted`, offsetOf(node));
      if (expanding.has(target)) throw new DocumentValueError(`The alias *${node.source} is inside its own anchor, so it never ends; this document is not linted`, offsetOf(node));
      const top = outermost === undefined;
      if (top) outermost = node;
      expanding.add(target);
      const value = convert(target);
      expanding.delete(target);
      if (top) outermost = undefined;
      return value;
    }
    if (isScalar(node)) return scalarValue(node);
    if (isSeq(node)) return node.items.map(convert);
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const merges: unknown[] = [];
      for (const pair of node.items as Pair[]) {
        const key = isScalar(pair.key) ? scalarValue(pair.key) : convert(pair.key);
        if (key === '<<' && isScalar(pair.key) && pair.key.type === Scalar.PLAIN) {
          merges.push(convert(pair.value));
          continue;
        }
        setOwn(out, typeof key === 'string' ? key : JSON.stringify(key) ?? String(key), convert(pair.value));
      }
      for (const merge of merges) {
        for (const source of Array.isArray(merge) ? merge : [merge]) {
          if (source === null || typeof source !== 'object') continue;
          for (const [key, value] of Object.entries(source as Record<string, unknown>)) {
            if (--budget < 0) throw new DocumentValueError('Merge keys (<<) copy too many entries; this document is not linted', offsetOf(node));
            if (!Object.prototype.hasOwnProperty.call(out, key)) setOwn(out, key, value);
          }
        }
      }
      return out;
    }
    if (isPair(node)) return convert(node.value);
    return null;
  };
  try {
    return convert(doc.contents);
  } catch (error) {
    // Nesting deeper than the stack (the `yaml` parser usually reports it first, but not always).
    if (error instanceof RangeError) throw new DocumentValueError('The document nests too deeply to be read; this document is not linted', offsetOf(doc.contents));
    throw error;
  }
}

/** The key string of a pair as a path segment compares against it. */
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) {
    const value = key.type === Scalar.PLAIN ? resolvePlainScalar(key.source ?? String(key.value)) : key.value;
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  }
  return undefined;
}

export type { Node };
