import type { ServicePort } from 'kubernetes-types/core/v1.js';
import type { PodTemplate } from '../graph/pod-template.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { Resource } from '../graph/resource.js';
import { servingPorts, type DeclaredPort } from './containers.js';

/** A Service port with where it is written (graph defaults already gave it `protocol` and `targetPort`). */
export interface ServicePortAt {
  port: ServicePort;
  index: number;
}

/** The pods a Service selects in its namespace; none without a selector (its endpoints are managed by hand). */
export function podsOfService(graph: ResourceGraph, service: Resource<'Service'>): readonly PodTemplate[] {
  const selector = service.body.spec?.selector;
  return selector && service.namespace !== undefined && Object.keys(selector).length > 0 ? graph.podsSelectedBy(selector, service.namespace) : [];
}

export function servicePortsOf(service: Resource<'Service'>): ServicePortAt[] {
  const ports: unknown = service.body.spec?.ports;
  if (!Array.isArray(ports)) return [];
  return ports.flatMap((port: unknown, index) => (port !== null && typeof port === 'object' && !Array.isArray(port) ? [{ port: shapedPort(port as Record<string, unknown>), index }] : []));
}

/**
 * A port whose name or protocol is not a string (`protocol: 6`, `name: {}`) is reported by the schema
 * rules; the other rules see it without them, rather than throwing on `.toLowerCase()`.
 */
function shapedPort(port: Record<string, unknown>): ServicePort {
  const badName = port['name'] !== undefined && typeof port['name'] !== 'string';
  const badProtocol = port['protocol'] !== undefined && typeof port['protocol'] !== 'string';
  if (!badName && !badProtocol) return port as unknown as ServicePort;
  const copy: Record<string, unknown> = { ...port };
  if (badName) delete copy['name'];
  if (badProtocol) copy['protocol'] = 'TCP';
  return copy as unknown as ServicePort;
}

/** What the API server accepts as a port name (IANA_SVC_NAME): lowercase, a letter somewhere, at most 15 characters. */
const PORT_NAME = /^(?=.*[a-z])[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;

/**
 * A named targetPort. Quoted numbers and placeholders (`PORT`) are not names the API server accepts;
 * schema rules report them.
 */
export function targetPortName(port: ServicePort): string | undefined {
  const target = port.targetPort;
  return typeof target === 'string' && PORT_NAME.test(target) && !target.includes('--') ? target : undefined;
}

export interface NamedPortLookup {
  /** The container port the endpoints controller picks: same name and protocol, first in container order. */
  match?: DeclaredPort;
  /** A container port with that name but another protocol, which the controller does not pick. */
  otherProtocol?: DeclaredPort;
}

/** How a pod template resolves a named targetPort, as the endpoints controller's FindPort does. */
export function lookupNamedPort(pod: PodTemplate, name: string, protocol: string): NamedPortLookup {
  const lookup: NamedPortLookup = {};
  for (const declared of servingPorts(pod)) {
    if (declared.port.name !== name) continue;
    if ((declared.port.protocol ?? 'TCP') === protocol) return { match: declared };
    lookup.otherProtocol ??= declared;
  }
  return lookup;
}
