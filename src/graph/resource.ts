import type { DocumentLocator, ScalarSource } from '../parse/locator.js';
import { setOwn } from '../parse/yaml-tree.js';
import type { PathSegment, SourceRange, YamlPath } from '../parse/source.js';
import type { KindBodies, KindName, KubeObject } from './kinds.js';

/** Names an object the way kubectl does; namespace is absent for cluster-scoped kinds. */
export interface ObjectRef {
  kind: string;
  name: string;
  namespace?: string;
  apiVersion?: string;
}

export interface ResourceSource {
  file: string;
  /** Zero-based YAML document index in the file. */
  documentIndex: number;
  /** Index in a List's `items`, when the resource came out of one. */
  itemIndex?: number;
}

export type BodyOf<K extends string> = K extends KindName ? KindBodies[K] : KubeObject;

/** One Kubernetes object from the input, typed by kind, with the way back to its source text. */
export class Resource<K extends string = string> {
  readonly group: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;

  constructor(
    readonly id: number,
    readonly apiVersion: string,
    readonly kind: K,
    readonly name: string,
    readonly namespace: string | undefined,
    readonly body: BodyOf<K>,
    readonly source: ResourceSource,
    private readonly locator: DocumentLocator,
    private readonly basePath: YamlPath,
  ) {
    const slash = apiVersion.indexOf('/');
    this.group = slash === -1 ? '' : apiVersion.slice(0, slash);
    const metadata = (body as { metadata?: { labels?: unknown; annotations?: unknown } }).metadata;
    this.labels = stringMap(metadata?.labels);
    this.annotations = stringMap(metadata?.annotations);
  }

  get ref(): ObjectRef {
    return this.namespace === undefined
      ? { apiVersion: this.apiVersion, kind: this.kind, name: this.name }
      : { apiVersion: this.apiVersion, kind: this.kind, namespace: this.namespace, name: this.name };
  }

  /** `StatefulSet kafka/kafka` — how messages name a resource. */
  get displayName(): string {
    return this.namespace === undefined ? `${this.kind} ${this.name}` : `${this.kind} ${this.namespace}/${this.name}`;
  }

  /** Where a path is written; a missing path gives its deepest existing ancestor's key. */
  rangeOf(...path: PathSegment[]): SourceRange {
    return this.locator.rangeOf([...this.basePath, ...path]);
  }

  /** Where the key holding a path is written (for unknown or duplicate fields). */
  keyRangeOf(...path: PathSegment[]): SourceRange {
    return this.locator.keyRangeOf([...this.basePath, ...path]);
  }

  /**
   * Whether the resource's document may hold a plain scalar that YAML 1.1 (Kubernetes) and 1.2 read
   * differently; false only when the reader saw none, so a check for them can skip the resource.
   */
  get mayHoldYaml11Scalars(): boolean {
    return this.locator.yaml11Scalars;
  }

  /** The scalar as written, to tell `yes` from `"yes"` or `0644` from `420`. */
  scalarAt(...path: PathSegment[]): ScalarSource | undefined {
    return this.locator.scalarAt([...this.basePath, ...path]);
  }

  /** The document's lines, for comment directives. */
  get documentLines(): { start: number; end: number; text: string } {
    return { start: this.locator.startLine, end: this.locator.endLine, text: this.locator.text };
  }

  is<N extends KindName>(kind: N): this is Resource<N> {
    return (this.kind as string) === kind;
  }
}

/** Whether every own value of a mapping is a string: then it can serve as a string map as it is. */
function allStrings(record: Record<string, unknown>): boolean {
  for (const key in record) if (typeof record[key] !== 'string') return false;
  return true;
}

/** A label or annotation map as Kubernetes reads it: values as strings, nulls dropped, anything else empty. */
export function stringMap(value: unknown): Readonly<Record<string, string>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return EMPTY;
  // Labels and annotations are nearly always all strings; sharing the parsed object (read-only by
  // type) saves two copies per resource, which showed in memory at 50k resources.
  if (allStrings(value as Record<string, unknown>)) return value as Readonly<Record<string, string>>;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    // setOwn: a key named `__proto__` is data like any other, not a prototype to assign.
    if (entry !== null && entry !== undefined) setOwn(out, key, String(entry));
  }
  return out;
}

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});
