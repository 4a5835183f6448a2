import type { Settings } from '../engine/settings.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { Resource } from '../graph/resource.js';
import { DATAPLANE_MODE, INJECTION, REVISION } from './mesh.js';

/** Istio kinds that configure workloads or traffic of the namespace they live in. */
const NAMESPACED_ISTIO_KINDS = [
  'VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'PeerAuthentication', 'AuthorizationPolicy',
  'RequestAuthentication', 'EnvoyFilter', 'Telemetry', 'WorkloadEntry', 'WorkloadGroup', 'WasmPlugin', 'ProxyConfig',
] as const;

/** An Istio resource in the namespace, if any. */
export function istioResourceIn(graph: ResourceGraph, namespace: string): Resource | undefined {
  for (const kind of NAMESPACED_ISTIO_KINDS) {
    const found = graph.ofAnyKind(kind, { namespace }).find((resource) => resource.group.endsWith('istio.io'));
    if (found) return found;
  }
  return undefined;
}

function joinsMesh(namespace: Resource): boolean {
  const injection = namespace.labels[INJECTION];
  return injection === 'enabled' || (injection === undefined && (namespace.labels[REVISION] !== undefined || namespace.labels[DATAPLANE_MODE] === 'ambient'));
}

/** A Namespace of the input that is put in the mesh by its labels, if any. */
export function meshedNamespace(graph: ResourceGraph): Resource | undefined {
  return graph.ofKind('Namespace').find(joinsMesh);
}

/** Whether any declaration of the namespace puts it in the mesh (kustomize bases and overlays often declare one twice). */
export function anyDeclarationJoinsMesh(graph: ResourceGraph, namespace: string): boolean {
  return graph.findAll('Namespace', undefined, namespace).some(joinsMesh);
}

/**
 * Why the input suggests that a namespace's workloads are meant to run in the mesh, beyond "the
 * repository uses Istio" (which a single sample in a repository of many says): the settings say Istio
 * is on, the namespace holds Istio configuration, or the input labels other namespaces for the mesh.
 * Undefined when nothing does.
 */
export function meshIntent(graph: ResourceGraph, settings: Settings, namespace: string): string | undefined {
  if (settings.istio.enabled === true) return '`istio.enabled` is true in the settings';
  const local = istioResourceIn(graph, namespace);
  if (local) return `${local.kind} ${local.name} configures Istio in namespace ${namespace}`;
  const meshed = meshedNamespace(graph);
  if (meshed && meshed.name !== namespace) return `Namespace ${meshed.name} is labelled for the mesh`;
  return undefined;
}
