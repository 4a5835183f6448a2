import { defineRule } from '../../src/engine/rule.js';
import type { Settings } from '../../src/engine/settings.js';
import type { ResourceGraph } from '../../src/graph/graph.js';
import type { Resource } from '../../src/graph/resource.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { istioPortProtocol } from '../../src/k8s/istio-protocol.js';
import { podsOfService, servicePortsOf } from '../../src/k8s/service-ports.js';
import { namespaceMesh, podMesh, usesIstio, type MeshMembership } from '../../src/k8s/mesh.js';
import { istioRoutingFor } from '../../src/k8s/istio-routing.js';

/** Istio's own control-plane Services, which its installer names its own way (as `istioctl analyze` skips them). */
function isIstioControlPlane(labels: Readonly<Record<string, string>>): boolean {
  return labels['istio'] !== undefined || labels['release'] === 'istio';
}

interface MeshReason {
  why: string;
  evidence?: MeshMembership['evidence'];
}

/**
 * Why the Service's ports matter to Istio: its namespace is labelled for the mesh, or its pods opt in;
 * or, in a namespace the input does not declare, the settings turn Istio on or an Istio routing
 * resource names the Service ("the repository uses Istio" alone is said by one sample among many).
 */
function meshReason(graph: ResourceGraph, settings: Settings, service: Resource<'Service'>): MeshReason | undefined {
  const namespace = service.namespace ?? '';
  const mesh = namespaceMesh(graph, settings, namespace);
  if (mesh.verdict === 'yes') return mesh.evidence ? { why: mesh.reason, evidence: mesh.evidence } : { why: mesh.reason };
  if (!usesIstio(graph, settings)) return undefined;
  if (mesh.verdict === 'maybe') {
    if (settings.istio.enabled === true) return { why: `namespace ${namespace} is not in the input and \`istio.enabled\` is true` };
    const routing = istioRoutingFor(graph, service, settings.clusterDomain);
    if (routing) {
      return {
        why: `${routing.kind} ${routing.name} routes to it and namespace ${namespace} may be in the mesh`,
        evidence: { resource: routing, path: ['spec'], message: `${routing.kind} ${routing.name} names Service ${service.name}` },
      };
    }
  }
  const pods = podsOfService(graph, service);
  const meshed = pods.map((pod) => podMesh(graph, settings, pod)).find((pod) => pod.verdict === 'yes');
  if (!meshed) return undefined;
  return meshed.evidence ? { why: meshed.reason, evidence: meshed.evidence } : { why: meshed.reason };
}

export default defineRule({
  id: 'istio-port-protocol-unnamed',
  category: 'istio',
  severity: 'warning',
  description: 'A Service port that is or may be in the Istio mesh declares no protocol by name prefix or appProtocol.',
  target: ['Service'],
  reads: ['Namespace', ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    unnamed: (service: string, port: string, why: string) =>
      `Service ${service} port ${port} has no name and no appProtocol, and ${why}: Istio falls back to protocol sniffing, which hangs server-first protocols (databases, SMTP, …) and may miss HTTP routing. Name it <protocol>[-suffix] (http-, grpc-, tcp-, tls-, …) or set appProtocol.`,
    noPrefix: (service: string, port: string, name: string, why: string) =>
      `Service ${service} port ${port} is named "${name}", which starts with no protocol Istio knows, has no appProtocol, and ${why}: Istio falls back to protocol sniffing, which hangs server-first protocols (databases, SMTP, …) and may miss HTTP routing. Name it <protocol>[-suffix] (http-, grpc-, tcp-, tls-, …) or set appProtocol.`,
  },
  docs: {
    diagnosis:
      "A TCP port of a Service in a namespace that is in the mesh (its Namespace in the input has `istio-injection: enabled`, `istio.io/rev` or ambient mode, or the Service selects pods that opt in), or may be (the namespace is not in the input, and the repository uses Istio or `istio.enabled: true` is set), has neither a name starting with a protocol Istio knows (`http`, `http2`, `https`, `grpc`, `grpc-web`, `tcp`, `tls`, `udp`, `mongo`, `mysql`, `redis`, then nothing or `-suffix`) nor an `appProtocol`. `istioctl analyze` reports IST0118; `istioctl proxy-config listeners` shows the port with protocol detection.",
    fix:
      'Name the port `<protocol>` or `<protocol>-<suffix>` (`http-api`, `grpc`, `tcp-postgres`), or set `appProtocol` (`http`, `grpc`, `tcp`, `kubernetes.io/h2c`, …). Use `tcp` for protocols where the server speaks first (MySQL on another port, PostgreSQL after SSL negotiation, SMTP, NATS, most database replication). The port name is free to change; clients use the number.',
    why:
      "Istio decides how to proxy a port from `appProtocol` or the port name. Without either it sniffs the first bytes the client sends, waiting for them (with no timeout by default). Server-first protocols then hang until the client gives up, and a sniffed port can lose HTTP features (retries, header routing, per-request metrics). Ports 25, 53, 3306 and 27017 are treated as TCP and UDP ports are not proxied, so they are not reported.",
    world:
      'System namespaces, the Istio namespace, Istio\'s own Services (labelled `istio` or `release: istio`), ExternalName Services and namespaces the input declares without injection (whose selected pods do not opt in) are skipped. For a namespace missing from the input, whose labels are unknown, "the repository uses Istio" is not enough (one Istio sample in a repository of many says it): the Service is reported when `istio.enabled: true` is set, when its pods opt in to injection, or when an Istio VirtualService or DestinationRule of the input names it.',
  },
  check(service, { graph, settings, report, messages }) {
    const namespace = service.namespace;
    const spec = service.body.spec;
    if (namespace === undefined || spec?.type === 'ExternalName' || namespace === settings.istio.namespace || isIstioControlPlane(service.labels)) return;
    const reason = meshReason(graph, settings, service);
    if (!reason) return;
    const { why, evidence } = reason;
    // servicePortsOf skips entries that are not mappings and shapes bad names and protocols.
    servicePortsOf(service).forEach(({ port, index }) => {
      if (istioPortProtocol(port).kind !== 'sniffed') return;
      const label = `${port.port}`;
      const related = evidence ? [{ resource: evidence.resource, path: evidence.path, message: evidence.message }] : [];
      if (typeof port.name === 'string' && port.name !== '') {
        report(messages.noPrefix(service.name, label, port.name, why), { at: ['spec', 'ports', index, 'name'], related });
      } else {
        report(messages.unnamed(service.name, label, why), { at: ['spec', 'ports', index], related });
      }
    });
  },
});
