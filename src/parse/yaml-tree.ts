import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node, type Pair } from 'yaml';
import { resolvePlainScalar } from './scalars.js';

/** More nodes than this from one document means an alias bomb, not a manifest. */
export const MAX_EXPANDED_NODES = 2_000_000;

export class AliasExpansionError extends Error {
  constructor() {
    super(`aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?); the document is not linted`);
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

/** Turns a failsafe `yaml` document into plain values with Kubernetes' scalar semantics. */
export function documentValue(doc: Document.Parsed): unknown {
  let budget = MAX_EXPANDED_NODES;
  const convert = (node: unknown): unknown => {
    if (--budget < 0) throw new AliasExpansionError();
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return convert(node.resolve(doc));
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
            if (!Object.prototype.hasOwnProperty.call(out, key)) setOwn(out, key, value);
          }
        }
      }
      return out;
    }
    if (isPair(node)) return convert(node.value);
    return null;
  };
  return convert(doc.contents);
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
