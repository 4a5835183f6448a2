import type { ResourceGraph } from '../graph/graph.js';
import type { Resource } from '../graph/resource.js';
import { cachedPer } from '../graph/memo.js';

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
 * The Service a host names, as Istio reads it in a resource of `namespace`: a short name is a Service
 * of that namespace; anything with a dot is taken literally, so only `<svc>.<ns>.svc[.<domain>]`.
 * Returned as `namespace/name`.
 */
function serviceKey(host: string, namespace: string, clusterDomain: string): string | undefined {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (!lower.includes('.')) return `${namespace}/${lower}`;
  const labels = lower.split('.');
  const rest = labels.slice(3).join('.');
  if (labels.length < 3 || labels[2] !== 'svc' || (rest !== '' && rest !== clusterDomain)) return undefined;
  return `${labels[1] ?? ''}/${labels[0] ?? ''}`;
}

/** Services named by Istio routing, per graph and cluster domain: every Service of a namespace asks. */
const routedCache = new WeakMap<ResourceGraph, Map<string, ReadonlyMap<string, Resource>>>();

function routedServices(graph: ResourceGraph, clusterDomain: string): ReadonlyMap<string, Resource> {
  return cachedPer(routedCache, graph, clusterDomain, () => {
    const found = new Map<string, Resource>();
    for (const kind of ROUTING_KINDS) {
      for (const resource of graph.ofAnyKind(kind)) {
        if (!resource.group.endsWith('istio.io') || resource.namespace === undefined) continue;
        for (const host of hostsIn((resource.body as { spec?: unknown }).spec, [])) {
          const key = serviceKey(host, resource.namespace, clusterDomain);
          if (key !== undefined && !found.has(key)) found.set(key, resource);
        }
      }
    }
    return found;
  });
}

/** An Istio VirtualService or DestinationRule of the input that routes to or configures the Service. */
export function istioRoutingFor(graph: ResourceGraph, service: Resource<'Service'>, clusterDomain: string): Resource | undefined {
  return routedServices(graph, clusterDomain).get(`${service.namespace ?? ''}/${service.name}`);
}
