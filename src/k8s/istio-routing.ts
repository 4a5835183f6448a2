import type { ResourceGraph } from '../graph/graph.js';
import type { Resource } from '../graph/resource.js';

/** Istio kinds whose hosts name the Services they route to or configure. */
const ROUTING_KINDS = ['VirtualService', 'DestinationRule'] as const;

/** Every `host` value under a spec, plus `spec.hosts`: route destinations, mirrors, a DestinationRule's host. */
function hostsIn(value: unknown, into: string[]): string[] {
  if (Array.isArray(value)) for (const entry of value) hostsIn(entry, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'host' && typeof entry === 'string') into.push(entry);
      else if (key === 'hosts' && Array.isArray(entry)) into.push(...entry.filter((host): host is string => typeof host === 'string'));
      else hostsIn(entry, into);
    }
  }
  return into;
}

/**
 * Whether a host, as Istio reads it in a resource of `namespace`, names the Service: a short name is a
 * Service of that namespace; anything with a dot is taken literally, so only `<svc>.<ns>.svc[.<domain>]`.
 */
function namesService(host: string, namespace: string, service: Resource<'Service'>, clusterDomain: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (!lower.includes('.')) return namespace === service.namespace && lower === service.name;
  const own = `${service.name}.${service.namespace ?? ''}.svc`;
  return lower === own || lower === `${own}.${clusterDomain}`;
}

/** An Istio VirtualService or DestinationRule of the input that routes to or configures the Service. */
export function istioRoutingFor(graph: ResourceGraph, service: Resource<'Service'>, clusterDomain: string): Resource | undefined {
  for (const kind of ROUTING_KINDS) {
    for (const resource of graph.ofAnyKind(kind)) {
      if (!resource.group.endsWith('istio.io') || resource.namespace === undefined) continue;
      const namespace = resource.namespace;
      if (hostsIn((resource.body as { spec?: unknown }).spec, []).some((host) => namesService(host, namespace, service, clusterDomain))) return resource;
    }
  }
  return undefined;
}
