import type { ServicePort } from 'kubernetes-types/core/v1.js';
import { defineRule } from '../../src/engine/rule.js';
import type { PodTemplate } from '../../src/graph/pod-template.js';
import type { Resource } from '../../src/graph/resource.js';
import { CLUSTER_ADDRESSES } from '../../src/k8s/cidr.js';
import {
  allows, blamed, isolates, namespaceFacts, podFacts, podPortNames, podSelectorOf, rulesPath, subjectsOf, type Connection, type Direction, type Peer, type PolicyResource,
} from '../../src/k8s/network-policy.js';
import { subjectRelated } from '../../src/k8s/network-policy-findings.js';
import { podMesh } from '../../src/k8s/mesh.js';
import { lookupNamedPort, servicePortsOf, targetPortName } from '../../src/k8s/service-ports.js';

/** Istio ambient mode tunnels pod-to-pod traffic through HBONE, so policies see this port, not the application's. */
const HBONE_PORT = 15008;

interface PeerPort {
  index: number;
  connection: Connection;
  label: string;
}

/** The pod port a Service port lands on: its number, or the container port its name stands for, as the endpoints controller resolves it. */
function targetNumber(port: ServicePort, pod: PodTemplate): number | undefined {
  const name = targetPortName(port);
  if (name !== undefined) return lookupNamedPort(pod, name, port.protocol ?? 'TCP').match?.port.containerPort;
  const target = port.targetPort ?? port.port;
  return typeof target === 'number' ? target : Number(target);
}

function peerPorts(service: Resource<'Service'>, pod: PodTemplate): PeerPort[] {
  const ports: PeerPort[] = [];
  for (const { port, index } of servicePortsOf(service)) {
    const number = targetNumber(port, pod);
    const protocol = port.protocol ?? 'TCP';
    if (number === undefined || !Number.isInteger(number) || (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP')) continue;
    ports.push({ index, connection: { port: number, protocol, names: podPortNames(pod) }, label: `${number}/${protocol}${port.name ? ` (${port.name})` : ''}` });
  }
  return ports;
}

function hasPeers(pod: PodTemplate): boolean {
  const replicas = pod.owner.is('StatefulSet') ? pod.owner.body.spec?.replicas : undefined;
  return typeof replicas === 'number' && replicas > 1;
}

export default defineRule({
  id: 'networkpolicy-blocks-statefulset-peers',
  category: 'network-policy',
  severity: 'error',
  description: "NetworkPolicies keep a StatefulSet's pods from reaching each other on the ports of its governing Service.",
  target: ['NetworkPolicy'],
  reads: ['NetworkPolicy', 'StatefulSet', 'Service', 'Namespace'],
  messages: {
    ingress: (policy: string, statefulSet: string, ports: string, service: string) =>
      `NetworkPolicy ${policy} restricts ingress to the pods of StatefulSet ${statefulSet}, and no NetworkPolicy selecting them lets the StatefulSet's own pods in on ${ports} of its governing Service ${service}: its members cannot reach each other, which replication, gossip and leader election need.`,
    egress: (policy: string, statefulSet: string, ports: string, service: string) =>
      `NetworkPolicy ${policy} restricts the egress of the pods of StatefulSet ${statefulSet}, and no NetworkPolicy selecting them lets them reach the StatefulSet's own pods on ${ports} of its governing Service ${service}: its members cannot reach each other, which replication, gossip and leader election need.`,
  },
  docs: {
    diagnosis:
      "A StatefulSet with more than one replica is selected by NetworkPolicies that isolate its pods (for ingress, or for egress), and no rule of those policies allows the StatefulSet's own pods on a port of its governing Service (`spec.serviceName`). All policies selecting the pods are read together. Peers log connection timeouts to `<pod>.<service>` addresses; quorum-based systems (ZooKeeper, etcd, Kafka KRaft, Cassandra, Elasticsearch) never form a cluster.",
    fix:
      'Add a rule that allows the StatefulSet\'s own pods, for example `from: [{podSelector: {matchLabels: <the pod template labels>}}]` with the governing Service\'s ports (and the same under `egress` with `to:` when egress is isolated). A `podSelector` alone in a peer selects pods of the policy\'s own namespace, which is where the peers are.',
    why:
      'Members of a StatefulSet talk to each other directly, pod to pod, through the per-pod DNS names the governing headless Service provides; those connections are ordinary pod traffic that NetworkPolicies filter like any other. Client-facing rules ("allow from the app namespace") are easily written without remembering that the peers themselves are clients too.',
    world:
      'Only StatefulSets in the input with `replicas` above 1 and their governing Service in the input are judged; the ports are the Service\'s target ports as the pod template declares them. An `ipBlock` covering private ranges, and labels the input does not settle, are trusted to allow the traffic. Pods that are (or may be) in Istio\'s ambient mode reach each other through the HBONE tunnel on port 15008, so a policy that allows 15008 is trusted for them.',
  },
  check(policy, { graph, settings, report, messages }) {
    const namespace = policy.namespace;
    // Most policies select no StatefulSet with peers: leave them before judging their pods.
    if (namespace === undefined || !graph.podsSelectedBy(podSelectorOf(policy), namespace).some(hasPeers)) return;
    for (const direction of ['Ingress', 'Egress'] as const satisfies readonly Direction[]) {
      if (!isolates(policy, direction)) continue;
      for (const subject of subjectsOf(graph, policy)) {
        const pod = subject.pod;
        if (!pod || !pod.owner.is('StatefulSet') || !blamed(subject.policies, direction).includes(policy)) continue;
        const statefulSet = pod.owner;
        const serviceName = statefulSet.body.spec?.serviceName;
        const replicas = statefulSet.body.spec?.replicas;
        if (typeof serviceName !== 'string' || typeof replicas !== 'number' || replicas < 2) continue;
        const service = graph.find('Service', pod.namespace, serviceName);
        if (!service) continue;
        const peer: Peer = { pod: { namespace: pod.namespace, namespaceLabels: namespaceFacts(graph, pod.namespace), labels: podFacts(pod) }, addresses: CLUSTER_ADDRESSES };
        const mesh = podMesh(graph, settings, pod);
        const tunnelled = mesh.verdict === 'maybe' || (mesh.verdict === 'yes' && mesh.dataPlane === 'ambient');
        const hbone: Connection = { port: HBONE_PORT, protocol: 'TCP', names: podPortNames(pod) };
        if (tunnelled && allows(subject.policies, direction, peer, hbone) !== 'no') continue;
        const blocked = peerPorts(service, pod).filter((port) => allows(subject.policies, direction, peer, port.connection) === 'no');
        if (blocked.length === 0) continue;
        const ports = blocked.map((port) => port.label).join(', ');
        const message = direction === 'Ingress' ? messages.ingress : messages.egress;
        const others: PolicyResource[] = blamed(subject.policies, direction);
        report(message(policy.name, statefulSet.name, `port${blocked.length > 1 ? 's' : ''} ${ports}`, service.name), {
          at: rulesPath(policy, direction),
          related: [
            ...blocked.map((port) => ({ resource: service, path: ['spec', 'ports', port.index], message: `port ${port.label} of Service ${service.name}, which governs StatefulSet ${statefulSet.name}` })),
            ...subjectRelated([subject], policy, others, `restricts ${direction === 'Ingress' ? 'ingress to' : 'egress of'} these pods`),
          ],
        });
      }
    }
  },
});
