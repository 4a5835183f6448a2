import { defineRule } from '../../src/engine/rule.js';
import type { Settings } from '../../src/engine/settings.js';
import type { ResourceGraph } from '../../src/graph/graph.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { selectorVerdict } from '../../src/graph/selector.js';
import { ANY_ADDRESS, CLUSTER_ADDRESSES } from '../../src/k8s/cidr.js';
import { ISTIOD_PORT_NAMES, WEBHOOK_PORT, XDS_PORT, isIstiodPod, istiodLabelFacts, istiodOf } from '../../src/k8s/istiod.js';
import { namespaceMesh, podMesh } from '../../src/k8s/mesh.js';
import { nameSubjects, subjectRelated } from '../../src/k8s/network-policy-findings.js';
import {
  allows, blamed, bySamePolicies, isolates, namespaceFacts, podFacts, podPortNames, podSelectorOf, rulesPath, subjectsOf, type Peer, type PolicyResource, type PortNames, type Subject,
} from '../../src/k8s/network-policy.js';

const tcp = (port: number, names: PortNames) => ({ port, protocol: 'TCP' as const, names });

/** Whether the pods of a subject run an Istio sidecar, which must reach istiod (ambient pods do not). */
function runsSidecar(graph: ResourceGraph, settings: Settings, subject: Subject, namespace: string): boolean {
  const mesh = subject.pod ? podMesh(graph, settings, subject.pod) : namespaceMesh(graph, settings, namespace);
  return mesh.verdict === 'yes' && mesh.dataPlane === 'sidecar';
}

/** Sidecars that dial istiod: the meshed pods of the input, or one unseen pod per namespace labelled for injection. */
function sidecarPeers(graph: ResourceGraph, settings: Settings): { peer: Peer; name: string }[] {
  const peers = new Map<string, { peer: Peer; name: string }>();
  for (const pod of graph.pods()) {
    if (isIstiodPod(pod) || podMesh(graph, settings, pod).dataPlane !== 'sidecar') continue;
    const key = `${pod.namespace}\u0000${JSON.stringify(pod.labels)}`;
    if (!peers.has(key)) {
      peers.set(key, { peer: { pod: { namespace: pod.namespace, namespaceLabels: namespaceFacts(graph, pod.namespace), labels: podFacts(pod) }, addresses: CLUSTER_ADDRESSES }, name: `${pod.owner.kind} ${pod.namespace}/${pod.owner.name}` });
    }
  }
  if (peers.size > 0) return [...peers.values()];
  return graph
    .ofKind('Namespace')
    .filter((namespace) => namespaceMesh(graph, settings, namespace.name).dataPlane === 'sidecar')
    .map((namespace) => ({
      peer: { pod: { namespace: namespace.name, namespaceLabels: namespaceFacts(graph, namespace.name), labels: { labels: {}, mayHave: () => true } }, addresses: CLUSTER_ADDRESSES },
      name: `the pods of namespace ${namespace.name}`,
    }));
}

/** The istiod pods a policy selects, each with all policies selecting it; unseen istiod when the input lacks it. */
function istiodSubjects(graph: ResourceGraph, settings: Settings, policy: PolicyResource): Subject[] {
  const istiod = istiodOf(graph, settings);
  if (istiod.pods.length > 0) {
    if (!istiod.pods.some((pod) => pod.namespace === policy.namespace)) return [];
    return subjectsOf(graph, policy).filter((subject) => subject.pod !== undefined && isIstiodPod(subject.pod));
  }
  const namespace = settings.istio.namespace;
  const facts = istiodLabelFacts();
  if (policy.namespace !== namespace || selectorVerdict(facts, podSelectorOf(policy)) !== 'yes') return [];
  // Policies that may select istiod may also allow what is needed: they count, so as not to report a path they open.
  const policies = graph.ofKind('NetworkPolicy', namespace).filter((other) => selectorVerdict(facts, podSelectorOf(other)) !== 'no');
  return [{ policies, labels: facts }];
}

const ISTIOD = 'istiod';

/** A pod of a namespace that is not named, with labels nobody knows: a rule that allows it allows every pod. */
const ANY_POD: Peer = { pod: { namespace: '', namespaceLabels: { labels: {}, mayHave: () => true }, labels: { labels: {}, mayHave: () => true } }, addresses: CLUSTER_ADDRESSES };

export default defineRule({
  id: 'networkpolicy-blocks-istiod',
  category: 'network-policy',
  severity: 'error',
  description: 'NetworkPolicies cut Istio sidecars off from istiod (TCP 15012), or istiod off from its sidecars or from the API server (TCP 15017).',
  target: ['NetworkPolicy'],
  reads: ['NetworkPolicy', 'Namespace', ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    sidecarEgress: (policy: string, pods: string, istiod: string) =>
      `NetworkPolicy ${policy} restricts the egress of ${pods}, which run an Istio sidecar, and no NetworkPolicy selecting them allows TCP ${XDS_PORT} to ${istiod}: the sidecars get no configuration or certificates, so the pods never become ready.`,
    meshIngress: (policy: string, pods: string) =>
      `NetworkPolicy ${policy} restricts ingress to ${ISTIOD}, and no NetworkPolicy selecting it lets the sidecars of ${pods} in on TCP ${XDS_PORT}: they get no configuration or certificates, so those pods never become ready.`,
    webhookIngress: (policy: string) =>
      `NetworkPolicy ${policy} restricts ingress to ${ISTIOD}, and no NetworkPolicy selecting it allows TCP ${WEBHOOK_PORT} from the API server (only a rule without \`from\` or an ipBlock can match it): the sidecar injection and config validation webhooks time out.`,
  },
  docs: {
    diagnosis:
      'Either a pod with an Istio sidecar (its namespace or pod template opts in to injection) is selected by NetworkPolicies that isolate its egress and allow no TCP 15012 to the istiod pods; or the istiod pods are selected by NetworkPolicies that isolate their ingress and allow no TCP 15012 from the meshed pods, or no TCP 15017 from the API server. The sidecar logs `connection refused` or `deadline exceeded` to `istiod.istio-system.svc:15012` and stays unready (1/2); `kubectl apply` of Istio resources or pod creation fails with `failed calling webhook ... context deadline exceeded`.',
    fix:
      'For meshed pods, add an egress rule `to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: istio-system}}, podSelector: {matchLabels: {app: istiod}}}]` with `ports: [{port: 15012, protocol: TCP}]` (and DNS, see networkpolicy-blocks-dns). For istiod, allow ingress on 15012 from the meshed namespaces and on 15017 with no `from` (the API server is not a pod; Istio\'s own chart policy does exactly this).',
    why:
      'The sidecar fetches its listeners, routes and workload certificate from istiod over TCP 15012; until it has them it is not ready, and with `holdApplicationUntilProxyStarts` the application does not even start. The API server calls istiod\'s webhooks (Service port 443, pod port 15017) to inject sidecars and validate Istio resources; it connects from control-plane addresses that pod and namespace selectors never match.',
    world:
      'Sidecar pods are those the mesh helper is sure of (namespace labels, pod labels, an `istio-proxy` container); ambient-mode pods do not talk to istiod and are not judged. istiod is found by its `app: istiod` label; when it is not in the input, its pods are assumed in the configured Istio namespace (`istio.namespace`) with `app: istiod` and `istio: pilot`. Whether the webhooks fail closed depends on their `failurePolicy`, so the consequence is stated as a timeout. An ipBlock covering private ranges, and labels the input does not settle, are trusted to allow the traffic.',
  },
  check(policy, { graph, settings, report, messages }) {
    const namespace = policy.namespace;
    if (namespace === undefined || settings.istio.enabled === false) return;
    if (isolates(policy, 'Egress')) {
      const istiod = istiodOf(graph, settings);
      const cutOff = bySamePolicies(
        (subject) => blamed(subject.policies, 'Egress').includes(policy) && istiod.peers.every(({ peer, names }) => allows(subject.policies, 'Egress', peer, tcp(XDS_PORT, names)) === 'no'),
      );
      const cut = subjectsOf(graph, policy).filter(
        (subject) => (!subject.pod || !isIstiodPod(subject.pod)) && runsSidecar(graph, settings, subject, namespace) && cutOff(subject),
      );
      if (cut.length > 0) {
        const others = [...new Set(cut.flatMap((subject) => blamed(subject.policies, 'Egress')))];
        report(messages.sidecarEgress(policy.name, nameSubjects(cut, policy), istiod.description), {
          at: rulesPath(policy, 'Egress'),
          related: subjectRelated(cut, policy, others, 'restricts their egress without allowing istiod'),
        });
      }
    }
    if (!isolates(policy, 'Ingress')) return;
    for (const subject of istiodSubjects(graph, settings, policy)) {
      if (!blamed(subject.policies, 'Ingress').includes(policy)) continue;
      const names = subject.pod ? podPortNames(subject.pod) : ISTIOD_PORT_NAMES;
      const others = blamed(subject.policies, 'Ingress');
      const related = subjectRelated([subject], policy, others, 'restricts ingress to istiod');
      const everyPod = allows(subject.policies, 'Ingress', ANY_POD, tcp(XDS_PORT, names)) === 'yes';
      const blocked = everyPod ? [] : sidecarPeers(graph, settings).filter(({ peer }) => allows(subject.policies, 'Ingress', peer, tcp(XDS_PORT, names)) === 'no');
      if (blocked.length > 0) {
        const listed = blocked.slice(0, 3).map((entry) => entry.name).join(', ') + (blocked.length > 3 ? ` and ${blocked.length - 3} more` : '');
        report(messages.meshIngress(policy.name, listed), { at: rulesPath(policy, 'Ingress'), related });
      }
      if (allows(subject.policies, 'Ingress', { addresses: ANY_ADDRESS }, tcp(WEBHOOK_PORT, names)) === 'no') {
        report(messages.webhookIngress(policy.name), { at: rulesPath(policy, 'Ingress'), related });
      }
    }
  },
});
