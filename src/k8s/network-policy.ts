import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import type { NetworkPolicyPeer, NetworkPolicyPort } from 'kubernetes-types/networking/v1.js';
import { isControllerLabel } from '../graph/controller-labels.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { PodTemplate } from '../graph/pod-template.js';
import type { Resource } from '../graph/resource.js';
import { normalSelector, selectorImplies, selectorVerdict, type LabelFacts, type Verdict } from '../graph/selector.js';
import { cachedPer } from '../graph/memo.js';
import { anyOverlap, ipBlockRanges, type AddressRange } from './cidr.js';
import { lookupNamedPort } from './service-ports.js';
import { withFields } from '../graph/with-fields.js';

/*
 * How Kubernetes NetworkPolicies decide whether a connection is allowed, for the rules that ask:
 * policies are additive (a pod is isolated in a direction as soon as one policy selecting it has that
 * policy type, and then a connection is allowed when any rule of any of those policies allows it).
 * Facts the input does not settle (labels of namespaces it does not declare, pods it does not hold,
 * what an ipBlock covers once addresses are translated) make an answer 'maybe', and rules report
 * only a definite 'no'.
 */

export type Direction = 'Ingress' | 'Egress';
export type PolicyResource = Resource<'NetworkPolicy'>;

const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

type RuleBody = { ports?: NetworkPolicyPort[]; to?: NetworkPolicyPeer[]; from?: NetworkPolicyPeer[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function records<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isRecord) as T[]) : [];
}

/** The policy types after API defaulting: Ingress always, Egress when the policy has egress rules. */
export function policyTypesOf(policy: PolicyResource): ReadonlySet<Direction> {
  return new Set((['Ingress', 'Egress'] as const).filter((direction) => isolates(policy, direction)));
}

/** Whether the policy isolates the pods it selects in this direction (asked for every pod of every policy, so it allocates nothing). */
export function isolates(policy: PolicyResource, direction: Direction): boolean {
  const spec = policy.body.spec;
  const declared = spec?.policyTypes;
  if (Array.isArray(declared) && declared.length > 0) return declared.includes(direction);
  if (direction === 'Ingress') return true;
  const egress = spec?.egress;
  return Array.isArray(egress) && egress.some(isRecord);
}

/** The rules of one direction; they count only when the policy isolates that direction. */
export function rulesOf(policy: PolicyResource, direction: Direction): readonly RuleBody[] {
  return records<RuleBody>(direction === 'Ingress' ? policy.body.spec?.ingress : policy.body.spec?.egress);
}

/** Path of the rules of a direction, for diagnostics; the policy types when there are none. */
export function rulesPath(policy: PolicyResource, direction: Direction): string[] {
  const key = direction === 'Ingress' ? 'ingress' : 'egress';
  if (rulesOf(policy, direction).length > 0) return ['spec', key];
  return Array.isArray(policy.body.spec?.policyTypes) ? ['spec', 'policyTypes'] : ['spec', 'podSelector'];
}

/** `podSelector` is required; a missing or null one is read as the empty selector, as the API server would reject it anyway. */
export function podSelectorOf(policy: PolicyResource): LabelSelector {
  const selector = policy.body.spec?.podSelector;
  return isRecord(selector) ? selector : {};
}

/** The policies selecting each pod, per graph and namespace, built on first use. */
const policiesByPod = new WeakMap<ResourceGraph, Map<string, Map<PodTemplate, PolicyResource[]>>>();

/**
 * Every NetworkPolicy of the pod's namespace that selects it. Worked out once per namespace: each
 * blocking rule asks it for every pod of every policy.
 */
export function policiesSelecting(graph: ResourceGraph, pod: PodTemplate): readonly PolicyResource[] {
  const byPod = cachedPer(policiesByPod, graph, pod.namespace, (namespace) => {
    const found = new Map<PodTemplate, PolicyResource[]>();
    for (const policy of graph.ofKind('NetworkPolicy', namespace)) {
      for (const selected of graph.podsSelectedBy(podSelectorOf(policy), namespace)) {
        const list = found.get(selected);
        if (list) list.push(policy);
        else found.set(selected, [policy]);
      }
    }
    return found;
  });
  return byPod.get(pod) ?? [];
}

/** The policies of a namespace that select every pod `policy` selects (itself included). */
export function policiesCovering(graph: ResourceGraph, policy: PolicyResource): readonly PolicyResource[] {
  const narrow = podSelectorOf(policy);
  return graph.ofKind('NetworkPolicy', policy.namespace).filter((other) => other === policy || selectorImplies(narrow, podSelectorOf(other)));
}

/** What the input tells about a namespace's labels. */
export function namespaceFacts(graph: ResourceGraph, namespace: string): LabelFacts {
  const declared = graph.find('Namespace', undefined, namespace);
  const labels = withFields(declared?.labels ?? {}, { [NAMESPACE_NAME_LABEL]: namespace });
  // The API server sets the name label on every namespace; other labels of an undeclared one are unknown.
  const known = declared !== undefined || graph.assume === 'complete';
  return { labels, mayHave: (key) => !known && key !== NAMESPACE_NAME_LABEL };
}

/** Labels of a pod in the input: its template's, plus the ones controllers add, which are unknown. */
export function podFacts(pod: PodTemplate): LabelFacts {
  return { labels: pod.labels, mayHave: isControllerLabel };
}

/** Labels of pods the input does not hold but a selector picks: what the selector demands, nothing else known. */
export function selectedPodFacts(selector: LabelSelector): LabelFacts {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(normalSelector(selector).matchLabels ?? {})) labels[key] = String(value);
  return { labels, mayHave: () => true };
}

/** The other side of a connection, as much as is known about it. */
export interface Peer {
  /** The pod, when the peer is one; undefined for a host outside the pod network (the API server). */
  pod?: { namespace: string; namespaceLabels: LabelFacts; labels: LabelFacts };
  /** Where the peer's address may lie, to judge ipBlock peers. */
  addresses: readonly AddressRange[];
}

/** Whether the destination pod's port called `name` is `port` over `protocol`. */
export type PortNames = (name: string, port: number, protocol: string) => Verdict;

/** A connection's destination port, and how the destination pod names its ports. */
export interface Connection {
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  names: PortNames;
}

/** Named ports of a pod in the input: what its containers declare (undefined pod: unknown). */
export function podPortNames(pod: PodTemplate | undefined): PortNames {
  if (!pod) return () => 'maybe';
  return (name, port, protocol) => (lookupNamedPort(pod, name, protocol).match?.port.containerPort === port ? 'yes' : 'no');
}

/** Named ports of a component the input does not hold, by its well-known names; other names are unknown. */
export function wellKnownPortNames(known: Readonly<Record<string, { port: number; protocol: string }>>): PortNames {
  return (name, port, protocol) => {
    const entry = Object.prototype.hasOwnProperty.call(known, name) ? known[name] : undefined;
    if (!entry) return 'maybe';
    return entry.port === port && entry.protocol === protocol ? 'yes' : 'no';
  };
}

function allOf(...verdicts: Verdict[]): Verdict {
  if (verdicts.includes('no')) return 'no';
  return verdicts.includes('maybe') ? 'maybe' : 'yes';
}

function peerVerdict(peer: NetworkPolicyPeer, policyNamespace: string, other: Peer): Verdict {
  if (isRecord(peer.ipBlock)) {
    const ranges = ipBlockRanges(peer.ipBlock);
    // Whether an ipBlock matches pod traffic after Service address translation depends on the network plugin.
    return ranges === undefined || anyOverlap(ranges, other.addresses) ? 'maybe' : 'no';
  }
  const podSelector = isRecord(peer.podSelector) ? peer.podSelector : undefined;
  const namespaceSelector = isRecord(peer.namespaceSelector) ? peer.namespaceSelector : undefined;
  if (!podSelector && !namespaceSelector) return 'maybe'; // an empty peer is rejected by the API server
  if (!other.pod) return 'no';
  const inNamespace = namespaceSelector ? selectorVerdict(other.pod.namespaceLabels, namespaceSelector) : other.pod.namespace === policyNamespace ? 'yes' : 'no';
  return allOf(inNamespace, podSelector ? selectorVerdict(other.pod.labels, podSelector) : 'yes');
}

function portVerdict(port: NetworkPolicyPort, connection: Connection): Verdict {
  if ((port.protocol ?? 'TCP') !== connection.protocol) return 'no';
  if (port.port === undefined || port.port === null) return 'yes';
  if (typeof port.port === 'string') {
    if (/^\d+$/.test(port.port)) return Number(port.port) === connection.port ? 'yes' : 'no';
    return connection.names(port.port, connection.port, connection.protocol);
  }
  const last = typeof port.endPort === 'number' ? port.endPort : port.port;
  return port.port <= connection.port && connection.port <= last ? 'yes' : 'no';
}

/** The best verdict over a list; an empty or missing list (no ports, no peers) allows everything. */
function anyEntry<T>(list: unknown, verdict: (entry: T) => Verdict): Verdict {
  if (!Array.isArray(list)) return 'yes';
  let result: Verdict | undefined;
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const answer = verdict(entry as T);
    if (answer === 'yes') return 'yes';
    if (answer === 'maybe' || result === undefined) result = answer;
  }
  return result ?? 'yes';
}

function ruleVerdict(rule: RuleBody, direction: Direction, policyNamespace: string, other: Peer, connection: Connection): Verdict {
  const portAllowed = anyEntry<NetworkPolicyPort>(rule.ports, (port) => portVerdict(port, connection));
  if (portAllowed === 'no') return 'no';
  return allOf(portAllowed, anyEntry<NetworkPolicyPeer>(direction === 'Ingress' ? rule.from : rule.to, (peer) => peerVerdict(peer, policyNamespace, other)));
}

/**
 * Whether the policies selecting a pod allow one connection in a direction: 'yes' when none of them
 * isolates it, else whether any rule of the isolating ones allows the peer on that port.
 */
export function allows(policies: readonly PolicyResource[], direction: Direction, other: Peer, connection: Connection): Verdict {
  let isolated = false;
  let result: Verdict = 'no';
  for (const policy of policies) {
    if (!isolates(policy, direction)) continue;
    isolated = true;
    for (const rule of rulesOf(policy, direction)) {
      const verdict = ruleVerdict(rule, direction, policy.namespace ?? '', other, connection);
      if (verdict === 'yes') return 'yes';
      if (verdict === 'maybe') result = 'maybe';
    }
  }
  return isolated ? result : 'yes';
}

/** The policies to point at when connections are cut: those with rules of that direction, where the missing one belongs; else the ones that deny everything. */
export function blamed(policies: readonly PolicyResource[], direction: Direction): PolicyResource[] {
  const isolating = policies.filter((policy) => isolates(policy, direction));
  const withRules = isolating.filter((policy) => rulesOf(policy, direction).length > 0);
  return withRules.length > 0 ? withRules : isolating;
}

/**
 * Pods a policy's verdicts are about: each selected pod in the input with every policy selecting
 * it; or, when the policy selects no pod of the input and the input is not the authority on the
 * namespace's pods, one unseen pod judged with the policies whose selectors cover it.
 */
export interface Subject {
  pod?: PodTemplate;
  policies: readonly PolicyResource[];
  labels: LabelFacts;
}

function usesHostNetwork(pod: PodTemplate): boolean {
  return pod.spec.hostNetwork === true;
}

/**
 * Whether a namespace may hold pods the input does not: the input is not the authority on its pods,
 * or it holds none there at all (a declared Namespace alone says little: policies and Namespaces often
 * ship apart from their workloads, or the workloads get their namespace from a kustomize overlay).
 */
export function mayHoldUnseenPods(graph: ResourceGraph, namespace: string): boolean {
  if (!graph.isAuthoritative(namespace, 'Pod')) return true;
  return graph.assume !== 'complete' && graph.pods(namespace).length === 0;
}

export function subjectsOf(graph: ResourceGraph, policy: PolicyResource): Subject[] {
  const namespace = policy.namespace;
  if (namespace === undefined) return [];
  const selector = podSelectorOf(policy);
  const pods = graph.podsSelectedBy(selector, namespace);
  // Pods on the host network are not subject to NetworkPolicies.
  if (pods.length > 0) return pods.filter((pod) => !usesHostNetwork(pod)).map((pod) => ({ pod, policies: policiesSelecting(graph, pod), labels: podFacts(pod) }));
  if (!mayHoldUnseenPods(graph, namespace)) return [];
  return [{ policies: policiesCovering(graph, policy), labels: selectedPodFacts(selector) }];
}

/**
 * Memoizes a verdict by the set of policies selecting a subject, for one check: pods selected by the
 * same policies get the same answer about a peer whose ports do not depend on them (egress to DNS or
 * istiod), and a namespace-wide policy selects many such pods.
 */
export function bySamePolicies<T>(compute: (subject: Subject) => T): (subject: Subject) => T {
  const answers = new Map<string, T>();
  return (subject) => {
    const key = subject.policies.map((policy) => policy.id).join(',');
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(subject);
      answers.set(key, answer);
    }
    return answer as T;
  };
}

/** How messages name a subject: `the pods of Deployment web`, or the pods a selector picks. */
export function describeSubject(subject: Subject, policy: PolicyResource): string {
  return subject.pod ? `the pods of ${subject.pod.owner.kind} ${subject.pod.owner.name}` : `the pods it selects in namespace ${policy.namespace ?? ''}`;
}
