import type { Settings } from '../engine/settings.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { PodTemplate } from '../graph/pod-template.js';
import type { Resource } from '../graph/resource.js';
import type { YamlPath } from '../parse/source.js';
import { cachedPer } from '../graph/memo.js';

/*
 * Whether pods are, or may be, in the Istio mesh, decided the way Istio's injection webhook decides
 * (knowledge/istio.md §2.4): Namespace labels first (`istio-injection` beats `istio.io/rev`), then the
 * pod template's own labels. What the input does not settle (a namespace it does not declare, in a
 * repository that uses Istio) is 'maybe', so rules can choose how sure they need to be.
 */

export type MeshVerdict = 'yes' | 'no' | 'maybe';

/** How traffic of a meshed pod is captured: an injected sidecar, or ambient mode's node proxy. */
export type DataPlane = 'sidecar' | 'ambient';

export interface MeshMembership {
  verdict: MeshVerdict;
  /** Set when the verdict is 'yes'. */
  dataPlane?: DataPlane;
  /** Why, in words for messages: `namespace shop has istio-injection=enabled`. */
  reason: string;
  /** Where the deciding label is written, for related ranges. */
  evidence?: { resource: Resource; path: YamlPath; message: string };
}

export const INJECTION = 'istio-injection';
export const REVISION = 'istio.io/rev';
export const INJECT = 'sidecar.istio.io/inject';
export const DATAPLANE_MODE = 'istio.io/dataplane-mode';

/** Namespaces the injector never touches (Istio's `pkg/kube/inject` ignore list). */
export const NEVER_INJECTED: ReadonlySet<string> = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']);

/** API groups whose resources only make sense with Istio installed. */
function isIstioGroup(group: string): boolean {
  return group === 'sailoperator.io' || group.endsWith('.istio.io') || group === 'istio.io';
}

/** istiod's Deployment is named `istiod` or `istiod-<revision>` by every install method. */
export function isIstiod(resource: Resource): boolean {
  return resource.name === 'istiod' || resource.name.startsWith('istiod-');
}

function hasInjectionLabels(namespace: Resource): boolean {
  return namespace.labels[INJECTION] === 'enabled' || namespace.labels[REVISION] !== undefined;
}

/**
 * Whether the repository uses Istio: `istio.enabled` in the settings decides when it is true or false;
 * on `auto`, Istio resources, an istiod Deployment, the Istio namespace or a Namespace labelled for
 * injection in the input say yes.
 */
export function usesIstio(graph: ResourceGraph, settings: Settings): boolean {
  if (settings.istio.enabled !== 'auto') return settings.istio.enabled;
  // Asked once per Service and per pod template, and it scans every Deployment: without the cache
  // a rule over 80,000 Services and as many Deployments was quadratic (minutes). The graph is
  // read-only after it is built, so the answer holds for the run.
  return cachedPer(USES_ISTIO, graph, settings.istio.namespace, (namespace) => scanForIstio(graph, namespace));
}

const USES_ISTIO = new WeakMap<ResourceGraph, Map<string, boolean>>();

function scanForIstio(graph: ResourceGraph, istioNamespace: string): boolean {
  for (const group of graph.apiGroups()) if (isIstioGroup(group)) return true;
  if (graph.isNamespaceDeclared(istioNamespace)) return true;
  if (graph.ofKind('Deployment').some(isIstiod)) return true;
  return graph.ofKind('Namespace').some(hasInjectionLabels);
}

function labelEvidence(resource: Resource, metadataPath: YamlPath, key: string, message: string): MeshMembership['evidence'] {
  return { resource, path: [...metadataPath, 'metadata', 'labels', key], message };
}

/** Membership decided by the Namespace alone; undefined when the pod's own labels decide. */
function byNamespaceLabels(namespace: Resource): MeshMembership | undefined {
  const injection = namespace.labels[INJECTION];
  const name = namespace.name;
  if (injection === 'enabled') {
    return { verdict: 'yes', dataPlane: 'sidecar', reason: `namespace ${name} has ${INJECTION}=enabled`, evidence: labelEvidence(namespace, [], INJECTION, `namespace ${name} turns on sidecar injection`) };
  }
  if (injection !== undefined) {
    // The revision webhooks require the legacy label to be absent, so any other value keeps pods out.
    return { verdict: 'no', reason: `namespace ${name} has ${INJECTION}=${injection}` };
  }
  const revision = namespace.labels[REVISION];
  if (revision !== undefined) {
    return { verdict: 'yes', dataPlane: 'sidecar', reason: `namespace ${name} has ${REVISION}=${revision}`, evidence: labelEvidence(namespace, [], REVISION, `namespace ${name} injects revision ${revision}`) };
  }
  if (namespace.labels[DATAPLANE_MODE] === 'ambient') {
    return { verdict: 'yes', dataPlane: 'ambient', reason: `namespace ${name} has ${DATAPLANE_MODE}=ambient`, evidence: labelEvidence(namespace, [], DATAPLANE_MODE, `namespace ${name} is in ambient mode`) };
  }
  return undefined;
}

/** Whether a namespace's pods are in the mesh by default (a pod template may still opt in or out). */
export function namespaceMesh(graph: ResourceGraph, settings: Settings, namespace: string): MeshMembership {
  if (settings.istio.enabled === false) return { verdict: 'no', reason: 'Istio is turned off in the settings' };
  if (NEVER_INJECTED.has(namespace)) return { verdict: 'no', reason: `Istio never injects pods in ${namespace}` };
  const declared = graph.find('Namespace', undefined, namespace);
  if (declared) return byNamespaceLabels(declared) ?? { verdict: 'no', reason: `namespace ${namespace} has no injection label` };
  if (usesIstio(graph, settings)) return { verdict: 'maybe', reason: `namespace ${namespace} is not in the input, and the repository uses Istio` };
  return { verdict: 'no', reason: 'the repository does not use Istio' };
}

function podOptIn(pod: PodTemplate): MeshMembership | undefined {
  const owner = pod.owner;
  if (pod.labels[INJECT] === 'true') {
    return { verdict: 'yes', dataPlane: 'sidecar', reason: `the pods of ${owner.kind} ${owner.name} have ${INJECT}=true`, evidence: labelEvidence(owner, pod.path, INJECT, `the pod template opts in to injection`) };
  }
  const revision = pod.labels[REVISION];
  if (revision !== undefined) {
    return { verdict: 'yes', dataPlane: 'sidecar', reason: `the pods of ${owner.kind} ${owner.name} have ${REVISION}=${revision}`, evidence: labelEvidence(owner, pod.path, REVISION, `the pod template opts in to revision ${revision}`) };
  }
  return undefined;
}

function hasProxyContainer(pod: PodTemplate): boolean {
  const containers = Array.isArray(pod.spec.containers) ? pod.spec.containers : [];
  const initContainers = Array.isArray(pod.spec.initContainers) ? pod.spec.initContainers : [];
  return [...containers, ...initContainers].some((container) => container?.name === 'istio-proxy');
}

/** Whether the pods of a template get an Istio sidecar (or are captured by ambient mode). */
export function podMesh(graph: ResourceGraph, settings: Settings, pod: PodTemplate): MeshMembership {
  const owner = `${pod.owner.kind} ${pod.owner.name}`;
  if (settings.istio.enabled === false) return { verdict: 'no', reason: 'Istio is turned off in the settings' };
  // Manifests rendered by `istioctl kube-inject` carry the sidecar already.
  if (hasProxyContainer(pod)) return { verdict: 'yes', dataPlane: 'sidecar', reason: `the pods of ${owner} have an istio-proxy container` };
  if (pod.spec.hostNetwork === true) return { verdict: 'no', reason: `the pods of ${owner} use the host network, which Istio never injects` };
  if (NEVER_INJECTED.has(pod.namespace)) return { verdict: 'no', reason: `Istio never injects pods in ${pod.namespace}` };
  // The injector reads the deprecated annotation too when the label is absent.
  const optOut = pod.labels[INJECT] ?? pod.annotations[INJECT];
  if (optOut === 'false') return { verdict: 'no', reason: `the pods of ${owner} have ${INJECT}=false` };
  const namespace = namespaceMesh(graph, settings, pod.namespace);
  if (namespace.verdict === 'yes' && namespace.dataPlane === 'sidecar') return namespace;
  // A pod cannot opt in where the namespace says `istio-injection: disabled`.
  if (graph.find('Namespace', undefined, pod.namespace)?.labels[INJECTION] !== undefined) return namespace;
  return podOptIn(pod) ?? namespace;
}
