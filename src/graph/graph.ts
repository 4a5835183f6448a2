import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { KIND_GROUPS, POD_TEMPLATE_PATHS, type KindName } from './kinds.js';
import { podTemplateOf, type PodTemplate } from './pod-template.js';
import { extractReferences, type Reference, type ReferenceDraft, type ReferencedKey, type ReferenceUse } from './references.js';
import type { SourceRange, YamlPath } from '../parse/source.js';
import type { ObjectRef, Resource } from './resource.js';
import { labelsForSelector, isControllerLabel } from './controller-labels.js';
import { isEmptySelector, matchesSelector, normalSelector, selectorFromMap } from './selector.js';
import { mayCreatePods } from './pod-creators.js';
import { ProducedObjects, type Producer } from './produced.js';
import { cached, cachedPer } from './memo.js';

/** Whether the input is the whole cluster (closed world) or a part of it (open world). */
export type WorldAssumption = 'partial' | 'complete';

/** Namespaces every cluster has; references into them are never judged missing. */
export const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/** Namespaces whose contents the cluster's own components manage: the input is never their authority. */
const CLUSTER_MANAGED_NAMESPACES: ReadonlySet<string> = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

/** An object a generator outside the manifests creates (a kustomize configMapGenerator entry). */
export interface GeneratedObject {
  kind: string;
  name: string;
  /** Who generates it, for messages: `configMapGenerator in overlays/prod/kustomization.yaml`. */
  how: string;
}

/** Objects Kubernetes creates itself, keyed `Kind/namespace/name` (`*` = every namespace). */
const CLUSTER_PROVIDED = new Set([
  'ServiceAccount/*/default',
  'ConfigMap/*/kube-root-ca.crt',
  // istiod publishes its root certificate into every namespace; injected sidecars mount it.
  'ConfigMap/*/istio-ca-root-cert',
  'Service/default/kubernetes',
  'Service/kube-system/kube-dns',
  'Namespace//default',
  'Namespace//kube-system',
  'Namespace//kube-public',
  'Namespace//kube-node-lease',
  // The API server's bootstrap RBAC policy (user-facing roles; `system:` ones are matched by prefix).
  'ClusterRole//cluster-admin',
  'ClusterRole//admin',
  'ClusterRole//edit',
  'ClusterRole//view',
  'Role/kube-system/extension-apiserver-authentication-reader',
]);

/** Bootstrap RBAC objects are all named `system:…`, and users must not create names there. */
const SYSTEM_RBAC_KINDS: ReadonlySet<string> = new Set(['ClusterRole', 'Role']);

/** The names in CLUSTER_PROVIDED: most references name none of them, and this answers without building keys. */
const CLUSTER_PROVIDED_NAMES: ReadonlySet<string> = new Set([...CLUSTER_PROVIDED].map((key) => key.slice(key.lastIndexOf('/') + 1)));

export function isClusterProvided(ref: ObjectRef): boolean {
  if (SYSTEM_RBAC_KINDS.has(ref.kind) && ref.name.startsWith('system:')) return true;
  if (!CLUSTER_PROVIDED_NAMES.has(ref.name)) return false;
  return CLUSTER_PROVIDED.has(`${ref.kind}/${ref.namespace ?? ''}/${ref.name}`) || CLUSTER_PROVIDED.has(`${ref.kind}/*/${ref.name}`);
}

/** ofKind's cache key for "every namespace", which no namespace name can equal. */
const ALL_NAMESPACES = Symbol('all namespaces');

/** The family a kind's existence is judged by: any pod owner makes a namespace's pods known. */
function familyOf(kind: string): string {
  return POD_TEMPLATE_PATHS[kind] !== undefined ? 'Pod' : kind;
}

/**
 * A multi-level index: lists of values under a path of string keys, in nested Maps. Composite keys
 * built by concatenation cost a new string, its flattening and its hash per lookup; with 50k
 * resources that was the graph's largest cost.
 */
class NestedIndex<T> {
  private readonly root = new Map<string, unknown>();

  add(keys: readonly string[], value: T): void {
    let map = this.root;
    for (let i = 0; i < keys.length - 1; i += 1) {
      const key = keys[i] as string;
      let next = map.get(key) as Map<string, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        map.set(key, next);
      }
      map = next;
    }
    const last = keys[keys.length - 1] as string;
    const list = map.get(last) as T[] | undefined;
    if (list) list.push(value);
    else map.set(last, [value]);
  }

  /** The list under one, two or three keys (unrolled: rules look things up millions of times). */
  get(first: string, second?: string, third?: string): readonly T[] | undefined {
    let node = this.root.get(first);
    if (second !== undefined) node = (node as Map<string, unknown> | undefined)?.get(second);
    if (third !== undefined) node = (node as Map<string, unknown> | undefined)?.get(third);
    return node as T[] | undefined;
  }

  /** The keys under a prefix of keys. */
  keysUnder(...keys: string[]): Iterable<string> {
    let node: unknown = this.root;
    for (const key of keys) {
      node = (node as Map<string, unknown>).get(key);
      if (node === undefined) return [];
    }
    return (node as Map<string, unknown>).keys();
  }
}

/**
 * A reference as the graph links it. A class, so that `range` is one getter on the prototype rather
 * than a closure per reference (thousands per run, rebuilt on every language-server edit).
 */
class LinkedReference implements Reference {
  readonly from: Resource;
  readonly path: YamlPath;
  readonly to: ObjectRef;
  declare resolved?: Resource;
  readonly optional: boolean;
  readonly keys: readonly ReferencedKey[];
  declare use?: ReferenceUse;
  readonly clusterProvided: boolean;

  constructor(draft: ReferenceDraft, clusterProvided: boolean) {
    this.from = draft.from;
    this.path = draft.path;
    this.to = draft.to;
    this.optional = draft.optional;
    this.keys = draft.keys;
    if (draft.use) this.use = draft.use;
    this.clusterProvided = clusterProvided;
  }

  get range(): SourceRange {
    return this.from.rangeOf(...this.path);
  }
}

/**
 * A resource with what the graph reads from it alone: its pod template and the references it writes.
 * Nothing here depends on the other resources, so a language server keeps it for an unchanged
 * document and the next graph only indexes and links it (see GraphReuse in build.ts).
 */
export interface PreparedResource {
  readonly resource: Resource;
  readonly pod: PodTemplate | undefined;
  readonly drafts: readonly ReferenceDraft[];
}

export function prepareResource(resource: Resource): PreparedResource {
  const pod = podTemplateOf(resource);
  return { resource, pod, drafts: extractReferences(resource, pod) };
}

/**
 * Every resource of one run, indexed once and read-only afterwards: by kind, by kind/namespace/name,
 * pods by namespace and label, references in both directions.
 */
export class ResourceGraph {
  private readonly byKind = new Map<string, Resource[]>();
  /** kind → namespace → resources. */
  private readonly byKindNamespace = new NestedIndex<Resource>();
  /** kind → namespace ('' when cluster-scoped) → name → resources. */
  private readonly byKey = new NestedIndex<Resource>();
  /** kind → name → resources, whatever the namespace. */
  private readonly byKindName = new NestedIndex<Resource>();
  private readonly podsByNamespace = new Map<string, PodTemplate[]>();
  /** namespace → label key → label value → pod templates. */
  private readonly podsByLabel = new NestedIndex<PodTemplate>();
  private readonly podByOwner = new Map<Resource, PodTemplate>();
  private readonly outgoing = new Map<Resource, Reference[]>();
  private readonly incoming = new Map<Resource, Reference[]>();
  /** Kind family → namespaces holding objects of it (nested, so no key string is built per resource). */
  private readonly populated = new Map<string, Set<string>>();
  private readonly declaredNamespaces = new Set<string>();
  private readonly groups = new Set<string>();
  private readonly produced = new ProducedObjects();
  /** Namespaces holding custom resources whose operators may create pods we cannot see. */
  private readonly operatorPods = new Set<string>();
  private namespaceNames: ReadonlySet<string> | undefined;
  private allPods: readonly PodTemplate[] | undefined;
  private readonly selectedPods = new WeakMap<object, Map<string, readonly PodTemplate[]>>();
  /** ofKind's answers, by kind, then namespace (ALL_NAMESPACES for all of them). */
  private readonly kindLists = new Map<string, Map<string | typeof ALL_NAMESPACES, readonly Resource[]>>();

  readonly resources: readonly Resource[];

  constructor(
    prepared: readonly PreparedResource[],
    readonly assume: WorldAssumption = 'partial',
    generated: readonly GeneratedObject[] = [],
  ) {
    this.resources = prepared.map((entry) => entry.resource);
    for (const object of generated) this.produced.addGenerated(object.kind, object.name, object.how);
    for (const entry of prepared) this.index(entry);
    for (const entry of prepared) this.link(entry);
  }

  private push<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  private index({ resource, pod }: PreparedResource): void {
    this.push(this.byKind, resource.kind, resource);
    this.groups.add(resource.group);
    this.byKey.add([resource.kind, resource.namespace ?? '', resource.name], resource);
    this.byKindName.add([resource.kind, resource.name], resource);
    if (resource.namespace !== undefined) {
      this.byKindNamespace.add([resource.kind, resource.namespace], resource);
      const family = familyOf(resource.kind);
      let namespaces = this.populated.get(family);
      if (namespaces === undefined) this.populated.set(family, (namespaces = new Set()));
      namespaces.add(resource.namespace);
    }
    if (resource.kind === 'Namespace' && resource.group === '') this.declaredNamespaces.add(resource.name);
    this.produced.add(resource);
    if (resource.namespace !== undefined && mayCreatePods(resource)) this.operatorPods.add(resource.namespace);
    if (pod) {
      this.podByOwner.set(resource, pod);
      this.push(this.podsByNamespace, pod.namespace, pod);
      for (const key in pod.labels) this.podsByLabel.add([pod.namespace, key, pod.labels[key] as string], pod);
    }
  }

  private link({ resource, drafts }: PreparedResource): void {
    const references: Reference[] = [];
    for (const draft of drafts) {
      const resolved = this.findAny(draft.to.kind, draft.to.namespace, draft.to.name);
      const reference = new LinkedReference(draft, isClusterProvided(draft.to));
      if (resolved) {
        reference.resolved = resolved;
        const list = this.incoming.get(resolved);
        if (list) list.push(reference);
        else this.incoming.set(resolved, [reference]);
      }
      references.push(reference);
    }
    if (references.length > 0) this.outgoing.set(resource, references);
  }

  /** Resources of a known kind, from its current or past API groups, optionally in one namespace. */
  ofKind<K extends KindName>(kind: K, namespace?: string): readonly Resource<K>[] {
    // Asked by every rule targeting the kind and by rules per resource: filtered once per kind and namespace.
    const byNamespace = cached(this.kindLists, kind, () => new Map<string | typeof ALL_NAMESPACES, readonly Resource[]>());
    const found = cached(byNamespace, namespace ?? ALL_NAMESPACES, () => {
      const list = namespace === undefined ? this.byKind.get(kind) : this.byKindNamespace.get(kind, namespace);
      const groups = KIND_GROUPS[kind];
      return list === undefined ? [] : list.filter((resource) => groups.includes(resource.group));
    });
    return found as unknown as Resource<K>[];
  }

  /** Resources of any kind (custom resources included) whatever their group, optionally by group. */
  ofAnyKind(kind: string, options: { namespace?: string; group?: string } = {}): readonly Resource[] {
    const list = (options.namespace === undefined ? this.byKind.get(kind) : this.byKindNamespace.get(kind, options.namespace)) ?? [];
    return options.group === undefined ? list : list.filter((resource) => resource.group === options.group);
  }

  /** The object of a known kind with this namespace and name. */
  find<K extends KindName>(kind: K, namespace: string | undefined, name: string): Resource<K> | undefined {
    const groups = KIND_GROUPS[kind];
    return this.byKey.get(kind, namespace ?? '', name)?.find((resource) => groups.includes(resource.group)) as Resource<K> | undefined;
  }

  /** Every object with this kind, namespace and name (more than one means a duplicate in the input). */
  findAll(kind: string, namespace: string | undefined, name: string): readonly Resource[] {
    return this.byKey.get(kind, namespace ?? '', name) ?? [];
  }

  /** Objects of a kind with this name in every namespace (to tell "missing" from "in the wrong namespace"). */
  findInAnyNamespace(kind: string, name: string): readonly Resource[] {
    return this.byKindName.get(kind, name) ?? [];
  }

  private findAny(kind: string, namespace: string | undefined, name: string): Resource | undefined {
    return this.byKey.get(kind, namespace ?? '', name)?.[0];
  }

  /** Pods synthesised from every pod-template owner in a namespace (or everywhere). */
  pods(namespace?: string): readonly PodTemplate[] {
    if (namespace !== undefined) return this.podsByNamespace.get(namespace) ?? [];
    // One array for the run: callers ask per resource, and it never changes after construction.
    this.allPods ??= [...this.podByOwner.values()];
    return this.allPods;
  }

  podTemplateOf(resource: Resource): PodTemplate | undefined {
    return this.podByOwner.get(resource);
  }

  /**
   * Pods in a namespace whose labels a selector matches. Accepts a LabelSelector or a Service-style
   * map; an empty LabelSelector selects every pod of the namespace.
   */
  podsSelectedBy(selector: LabelSelector | Readonly<Record<string, string>>, namespace: string): readonly PodTemplate[] {
    // Several rules ask for the pods of the same Service, policy or workload selector: answered once
    // per selector object and namespace (the graph does not change after construction).
    const written: unknown = selector;
    if (typeof written !== 'object' || written === null) return this.selectPods(selector, namespace);
    return cachedPer(this.selectedPods, written, namespace, () => this.selectPods(selector, namespace));
  }

  private selectPods(selector: LabelSelector | Readonly<Record<string, string>>, namespace: string): readonly PodTemplate[] {
    // Written in a manifest, so possibly anything: normalSelector makes a malformed one select nothing.
    const written: unknown = selector;
    const labelSelector: LabelSelector =
      typeof written !== 'object' || written === null || Array.isArray(written) || 'matchLabels' in written || 'matchExpressions' in written ? normalSelector(written) : selectorFromMap(selector as Record<string, string>);
    if (isEmptySelector(labelSelector)) return this.pods(namespace);
    const wanted: Record<string, string> = {};
    for (const [key, value] of Object.entries(labelSelector.matchLabels ?? {})) wanted[key] = String(value);
    // Look candidates up by a label the template itself carries; controller labels are not indexed.
    const first = Object.entries(wanted).find(([key]) => !isControllerLabel(key));
    const candidates = first ? (this.podsByLabel.get(namespace, first[0], first[1]) ?? []) : this.pods(namespace);
    return candidates.filter((pod) => matchesSelector(labelsForSelector(pod, wanted), labelSelector));
  }

  /** References written in a resource, resolved or not. */
  referencesFrom(resource: Resource): readonly Reference[] {
    return this.outgoing.get(resource) ?? [];
  }

  /** References from other resources that resolve to this one. */
  referencesTo(resource: Resource): readonly Reference[] {
    return this.incoming.get(resource) ?? [];
  }

  /** Namespaces that appear in the input, declared or used. */
  namespaces(): ReadonlySet<string> {
    // Built once: rules ask per resource, and the graph does not change after construction.
    if (this.namespaceNames === undefined) {
      const names = new Set(this.declaredNamespaces);
      for (const kind of this.byKind.keys()) for (const namespace of this.byKindNamespace.keysUnder(kind)) names.add(namespace);
      this.namespaceNames = names;
    }
    return this.namespaceNames;
  }

  /** API groups of the resources in the input ('' is the core group), to tell which products it uses. */
  apiGroups(): ReadonlySet<string> {
    return this.groups;
  }

  isNamespaceDeclared(namespace: string): boolean {
    return this.declaredNamespaces.has(namespace);
  }

  /**
   * Whether the input is the authority on objects of `kind` in `namespace`, so that a missing one is
   * really missing: the user said the input is complete, the namespace is declared in the input, or
   * the input holds other objects of the same family there (for pods: any pod owner). Pods are never
   * known in a namespace where a custom resource may have an operator create more of them, unless the
   * user said the input is complete. Nor is anything in kube-system, kube-public or kube-node-lease,
   * which the cluster's own components fill.
   */
  isAuthoritative(namespace: string | undefined, kind: string): boolean {
    if (this.assume === 'complete') return true;
    if (namespace === undefined) return this.byKind.has(kind);
    if (CLUSTER_MANAGED_NAMESPACES.has(namespace)) return false;
    if (familyOf(kind) === 'Pod' && this.operatorPods.has(namespace)) return false;
    return this.declaredNamespaces.has(namespace) || this.populated.get(familyOf(kind))?.has(namespace) === true;
  }

  /**
   * What will create an object besides its own manifest: a controller acting on an object in the
   * input (a cert-manager Certificate's Secret), a kustomize generator, or, going by its name, the
   * operator of a custom resource.
   */
  producerOf(ref: ObjectRef): Producer | undefined {
    return this.produced.producerOf(ref);
  }

  /**
   * Whether an object exists: 'yes' when in the input, created by Kubernetes itself or by a known
   * controller from an object in the input; 'no' when the input is the authority and lacks it;
   * 'unknown' otherwise (open world, or an operator's naming convention suggests it will exist).
   */
  exists(ref: ObjectRef): 'yes' | 'no' | 'unknown' {
    if (this.findAny(ref.kind, ref.namespace, ref.name) || isClusterProvided(ref)) return 'yes';
    const producer = this.producerOf(ref);
    if (producer) return producer.certain ? 'yes' : 'unknown';
    return this.isAuthoritative(ref.namespace, ref.kind) ? 'no' : 'unknown';
  }
}
