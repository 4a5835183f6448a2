import { defineRule, type RelatedInput } from '../../src/engine/rule.js';
import { isHeadless } from '../../src/k8s/dns-resolution.js';
import { podMesh } from '../../src/k8s/mesh.js';
import { servicePortsOf } from '../../src/k8s/service-ports.js';

export default defineRule({
  id: 'headless-service-no-ports',
  category: 'istio',
  severity: 'error',
  description: 'A headless Service without ports selects pods that have an Istio sidecar, which can only handle declared ports.',
  target: ['Service'],
  reads: ['Namespace', 'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  messages: {
    noPorts: (service: string, owner: string, reason: string) =>
      `Headless Service ${service} declares no ports, but it selects the pods of ${owner}, which are in the Istio mesh (${reason}); the sidecars treat traffic to them as unknown passthrough: no mTLS, routing or telemetry, and the Istio DNS proxy does not serve the name.`,
  },
  docs: {
    diagnosis: 'A Service with `clusterIP: None` and no `spec.ports` (or an empty list) selects pods that get an Istio sidecar: their Namespace has `istio-injection=enabled` or `istio.io/rev`, or the pod template opts in with `sidecar.istio.io/inject: "true"` or `istio.io/rev`. `istioctl proxy-config listeners <client-pod>` shows no listener for the pod IPs.',
    fix: 'List every port the pods serve under `spec.ports`, each with a protocol prefix in its name (`tcp-`, `http-`, `grpc-`) or an `appProtocol`, and `port` equal to the container port.',
    why: 'Without Istio a headless Service needs no ports: its name resolves to the pod IPs and clients connect to any port. Istio builds a sidecar\'s outbound listeners from the Service\'s declared ports (on `port`, for each pod IP); traffic to a port the Service does not declare matches no Service and is passed through as plain TCP, so mTLS, authorization policies and routing do not apply, and with STRICT mTLS the server side rejects it. The Istio DNS proxy also serves a headless Service only when it has at least one port (knowledge/istio.md §2.1 and §2.6). Pods in ambient mode are not reported: this is a sidecar fact, and whether ztunnel needs declared ports is not established here.',
    world: 'Reported only when the input shows the pods are meshed (labels on a Namespace in the input or on the pod template); pods of a namespace the input does not declare may be meshed and are not reported.',
  },
  check(service, { graph, settings, report, messages }) {
    const selector = service.body.spec?.selector;
    if (!isHeadless(service) || service.namespace === undefined || !selector || Object.keys(selector).length === 0) return;
    if (servicePortsOf(service).length > 0) return;
    for (const pod of graph.podsSelectedBy(selector, service.namespace)) {
      const mesh = podMesh(graph, settings, pod);
      if (mesh.verdict !== 'yes' || mesh.dataPlane !== 'sidecar') continue;
      const owner = `${pod.owner.kind} ${pod.owner.name}`;
      const related: RelatedInput[] = [{ resource: pod.owner, path: [...pod.path, 'metadata', 'labels'], message: `pod labels of ${owner}, selected by the Service` }];
      if (mesh.evidence) related.push({ resource: mesh.evidence.resource, path: [...mesh.evidence.path], message: mesh.evidence.message });
      report(messages.noPorts(service.name, owner, mesh.reason), { at: ['spec', 'clusterIP'], related });
      return;
    }
  },
});
