import type { ParsedDocument } from '../parse/parse-file.js';
import type { SourceRange } from '../parse/source.js';
import { applyDefaults } from './defaults.js';
import { ResourceGraph, prepareResource, type GeneratedObject, type PreparedResource, type WorldAssumption } from './graph.js';
import { CLUSTER_SCOPED_KINDS, type KubeObject } from './kinds.js';
import { Resource } from './resource.js';

/** A document that cannot become a resource: it is reported, and the rest of the input goes on. */
export interface MalformedDocument {
  message: string;
  range: SourceRange;
}

export interface BuiltGraph {
  graph: ResourceGraph;
  malformed: MalformedDocument[];
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'an object' : `a ${typeof value} (${JSON.stringify(value)?.slice(0, 40)})`;
}

/** Kinds that CRDs in the input declare cluster-scoped, by `group/kind`. */
function clusterScopedCustomKinds(documents: readonly ParsedDocument[]): Set<string> {
  const kinds = new Set<string>();
  for (const document of documents) {
    const value = document.value as { kind?: unknown; spec?: { scope?: unknown; names?: { kind?: unknown } } } | null;
    if (value?.kind === 'CustomResourceDefinition' && value.spec?.scope === 'Cluster' && typeof value.spec.names?.kind === 'string') {
      kinds.add(value.spec.names.kind);
    }
  }
  return kinds;
}

/**
 * What a long-lived caller (the language server) keeps from one graph to the next: each document's
 * prepared resource. A document parsed once (the workspace keeps the parses of unchanged files) is
 * then turned into a resource once, and later graphs only index and link it: after an edit, that is
 * most of the work saved. A resource depends on its document alone, and on whether CRDs elsewhere in
 * the input make its kind cluster-scoped, which is checked on every reuse.
 */
export class GraphReuse {
  private readonly prepared = new WeakMap<ParsedDocument, PreparedResource>();

  get(document: ParsedDocument, clusterScoped: boolean): PreparedResource | undefined {
    const kept = this.prepared.get(document);
    // A namespaced resource always has a namespace ('default' when none is written); a cluster-scoped one never.
    return kept !== undefined && (kept.resource.namespace === undefined) === clusterScoped ? kept : undefined;
  }

  set(document: ParsedDocument, entry: PreparedResource): void {
    this.prepared.set(document, entry);
  }
}

/**
 * Resource ids, unique in the process: a graph built with GraphReuse holds resources made for earlier
 * graphs beside new ones. Without reuse, a process's first graph numbers its resources from 0.
 */
let nextResourceId = 0;

export interface BuildOptions {
  assume?: WorldAssumption;
  generated?: readonly GeneratedObject[];
  reuse?: GraphReuse;
}

/** Turns documents into typed resources with defaults applied, then indexes them into the graph. */
export function buildGraph(documents: readonly ParsedDocument[], options: BuildOptions = {}): BuiltGraph {
  const malformed: MalformedDocument[] = [];
  const prepared: PreparedResource[] = [];
  const customClusterKinds = clusterScopedCustomKinds(documents);
  const reuse = options.reuse;
  for (const document of documents) {
    const at = (...path: (string | number)[]) => document.locator.rangeOf([...document.basePath, ...path]);
    const value = document.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      malformed.push({ message: `The document is ${describe(value)}, not a Kubernetes object (a mapping with apiVersion, kind and metadata).`, range: at() });
      continue;
    }
    const object = value as Record<string, unknown>;
    const problems: string[] = [];
    const apiVersion = object['apiVersion'];
    const kind = object['kind'];
    const metadata = object['metadata'];
    if (typeof apiVersion !== 'string' || apiVersion === '') problems.push(apiVersion === undefined ? 'apiVersion is missing' : `apiVersion must be a string, not ${describe(apiVersion)}`);
    if (typeof kind !== 'string' || kind === '') problems.push(kind === undefined ? 'kind is missing' : `kind must be a string, not ${describe(kind)}`);
    let name: string | undefined;
    let namespace: unknown;
    if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
      problems.push(metadata === undefined ? 'metadata is missing' : `metadata must be a mapping, not ${describe(metadata)}`);
    } else {
      const meta = metadata as Record<string, unknown>;
      const rawName = meta['name'] ?? meta['generateName'];
      if (typeof rawName === 'string' && rawName !== '') name = rawName;
      else problems.push(rawName === undefined ? 'metadata.name is missing' : `metadata.name must be a string, not ${describe(rawName)}`);
      namespace = meta['namespace'];
      if (namespace !== undefined && namespace !== null && typeof namespace !== 'string') problems.push(`metadata.namespace must be a string, not ${describe(namespace)}`);
    }
    if (problems.length > 0 || typeof apiVersion !== 'string' || typeof kind !== 'string' || name === undefined) {
      const path = problems[0]?.startsWith('metadata') ? ['metadata'] : [];
      malformed.push({ message: `Not a valid Kubernetes object: ${problems.join('; ')}.`, range: at(...path) });
      continue;
    }
    const clusterScoped = CLUSTER_SCOPED_KINDS.has(kind) || customClusterKinds.has(kind);
    const kept = reuse?.get(document, clusterScoped);
    if (kept !== undefined) {
      prepared.push(kept);
      continue;
    }
    const resolvedNamespace = clusterScoped ? undefined : typeof namespace === 'string' && namespace !== '' ? namespace : 'default';
    applyDefaults(kind, object);
    const entry = prepareResource(
      new Resource(
        nextResourceId++,
        apiVersion,
        kind,
        name,
        resolvedNamespace,
        object as KubeObject,
        { file: document.file, documentIndex: document.index, ...(document.item === undefined ? {} : { itemIndex: document.item }) },
        document.locator,
        document.basePath,
      ),
    );
    reuse?.set(document, entry);
    prepared.push(entry);
  }
  return { graph: new ResourceGraph(prepared, options.assume, options.generated), malformed };
}
