import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import type { ResourceGraph } from '../../src/graph/graph.js';
import { CLUSTER_ADDRESSES, NODE_LOCAL_DNS } from '../../src/k8s/cidr.js';
import { nameSubjects, subjectRelated } from '../../src/k8s/network-policy-findings.js';
import {
  allows, blamed, bySamePolicies, isolates, namespaceFacts, rulesOf, rulesPath, subjectsOf, wellKnownPortNames, type Peer, type Subject,
} from '../../src/k8s/network-policy.js';

interface Options {
  dnsNamespace: string;
  dnsPort: number;
}

/** The cluster DNS pods as a peer: their namespace is known, their labels are not (distributions differ). */
function clusterDns(graph: ResourceGraph, namespace: string): Peer {
  return {
    pod: { namespace, namespaceLabels: namespaceFacts(graph, namespace), labels: { labels: {}, mayHave: () => true } },
    addresses: [...CLUSTER_ADDRESSES, ...NODE_LOCAL_DNS],
  };
}

type Finding = 'blocked' | 'tcpOnly' | 'udpOnly';

/** Pods with `dnsPolicy: Default` or `None` ask the node's or their own name servers, which the input does not name. */
function usesClusterDns(subject: Subject): boolean {
  const policy = subject.pod?.spec.dnsPolicy;
  return policy !== 'Default' && policy !== 'None';
}

export default defineRule({
  id: 'networkpolicy-blocks-dns',
  category: 'network-policy',
  severity: 'error',
  description: 'NetworkPolicies restrict the egress of pods without leaving a path to cluster DNS on port 53 (UDP and TCP).',
  target: ['NetworkPolicy'],
  reads: ['NetworkPolicy', 'Namespace', ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    blocked: (policy: string, pods: string, dns: string) =>
      `NetworkPolicy ${policy} restricts the egress of ${pods}, and no NetworkPolicy selecting them allows ${dns}: every name lookup will time out.`,
    tcpOnly: (policy: string, pods: string, dns: string) =>
      `NetworkPolicy ${policy} restricts the egress of ${pods} and lets them reach ${dns} over TCP only (a port without \`protocol\` means TCP); lookups start over UDP and will time out.`,
    udpOnly: (policy: string, pods: string, dns: string) =>
      `NetworkPolicy ${policy} restricts the egress of ${pods} and lets them reach ${dns} over UDP only; answers too large for UDP (a headless Service with many pods) are retried over TCP and will fail.`,
  },
  options: {
    defaults: { dnsNamespace: 'kube-system', dnsPort: 53 },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dnsNamespace: { type: 'string', description: 'Namespace of the cluster DNS pods (openshift-dns on OpenShift).' },
        dnsPort: { type: 'integer', minimum: 1, maximum: 65535, description: 'Port the DNS pods listen on (5353 on OpenShift).' },
      },
    },
  },
  docs: {
    diagnosis:
      'A pod is selected by at least one NetworkPolicy with `Egress` in its policy types, those policies allow some egress, but none of their egress rules allows port 53 to the cluster DNS pods (in `kube-system`) over UDP and over TCP. All NetworkPolicies that select the pod are read together, as Kubernetes adds them up. From the pod, `nslookup kubernetes.default` times out; with Istio, the sidecar never becomes ready because it cannot resolve istiod.',
    fix:
      'Add an egress rule that allows DNS, for example `to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]` with `ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]`. A port without `protocol` is TCP only. A `podSelector` alone in a peer selects pods of the policy\'s own namespace, never kube-system.',
    why:
      'Once a policy isolates a pod for egress, only connections that some rule allows leave it, and DNS is no exception. Applications reach each other by Service names, so without DNS they fail with "unknown host" or time out. Resolvers query over UDP first and retry over TCP when the answer is truncated, which happens for a headless Service with many pods or long SRV answers, so both protocols are needed; UDP alone is reported as a warning.',
    world:
      'Pods fully cut off from egress (no egress rule at all) are not reported: they talk to nothing, so DNS does not matter. Only a definite block is reported: labels of namespaces the input does not declare (other than `kubernetes.io/metadata.name`) and of the DNS pods are unknown, so a rule selecting `name: kube-system` is trusted; an `ipBlock` covering private ranges or `169.254.20.10` (NodeLocal DNSCache) is trusted, because whether it matches DNS traffic depends on the network plugin. Policies selecting no pod of the input are judged together with the policies of their namespace whose selectors cover the same pods, unless the input is the authority for that namespace\'s pods. Pods with `dnsPolicy: Default` or `None` do not use cluster DNS and are not judged. Set `dnsNamespace` and `dnsPort` for distributions whose DNS runs elsewhere (OpenShift: `openshift-dns`, port 5353).',
  },
  check(policy, { graph, report, messages, options }) {
    if (!isolates(policy, 'Egress') || rulesOf(policy, 'Egress').length === 0) return;
    const { dnsNamespace, dnsPort }: Options = options;
    const dns = clusterDns(graph, dnsNamespace);
    const names = wellKnownPortNames({ dns: { port: dnsPort, protocol: 'UDP' }, 'dns-tcp': { port: dnsPort, protocol: 'TCP' } });
    const found = new Map<Finding, Subject[]>();
    const judge = bySamePolicies((subject): Finding | undefined => {
      if (!blamed(subject.policies, 'Egress').includes(policy)) return undefined;
      const udp = allows(subject.policies, 'Egress', dns, { port: dnsPort, protocol: 'UDP', names });
      const tcp = allows(subject.policies, 'Egress', dns, { port: dnsPort, protocol: 'TCP', names });
      return udp === 'no' ? (tcp === 'no' ? 'blocked' : 'tcpOnly') : tcp === 'no' ? 'udpOnly' : undefined;
    });
    for (const subject of subjectsOf(graph, policy)) {
      const finding = usesClusterDns(subject) ? judge(subject) : undefined;
      if (finding) found.set(finding, [...(found.get(finding) ?? []), subject]);
    }
    const target = `port ${dnsPort} of the cluster DNS pods in namespace ${dnsNamespace}`;
    for (const [finding, subjects] of found) {
      const others = [...new Set(subjects.flatMap((subject) => blamed(subject.policies, 'Egress')))];
      report(messages[finding](policy.name, nameSubjects(subjects, policy), target), {
        at: rulesPath(policy, 'Egress'),
        related: subjectRelated(subjects, policy, others, 'restricts their egress without allowing DNS'),
        ...(finding === 'udpOnly' ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
