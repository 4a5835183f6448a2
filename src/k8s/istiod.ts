import type { Settings } from '../engine/settings.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { PodTemplate } from '../graph/pod-template.js';
import type { LabelFacts } from '../graph/selector.js';
import { CLUSTER_ADDRESSES } from './cidr.js';
import { namespaceFacts, podFacts, podPortNames, wellKnownPortNames, type PortNames, type Peer } from './network-policy.js';
import { cachedPer } from '../graph/memo.js';

/** What sidecars dial: xDS and certificates over TLS (knowledge/istio.md §2.5). */
export const XDS_PORT = 15012;
/** What the API server dials: the injection and validation webhooks (Service port 443 lands here). */
export const WEBHOOK_PORT = 15017;

/** The labels every Istio install method gives istiod's pods; others (revision, chart labels) vary. */
const ISTIOD_LABELS: Readonly<Record<string, string>> = { app: 'istiod', istio: 'pilot' };

/** Container port names of istiod in Istio's charts. */
export const ISTIOD_PORT_NAMES = wellKnownPortNames({
  'http-debug': { port: 8080, protocol: 'TCP' },
  'grpc-xds': { port: 15010, protocol: 'TCP' },
  'tls-xds': { port: XDS_PORT, protocol: 'TCP' },
  'https-webhooks': { port: WEBHOOK_PORT, protocol: 'TCP' },
  'http-monitoring': { port: 15014, protocol: 'TCP' },
});

export function isIstiodPod(pod: PodTemplate): boolean {
  return pod.labels['app'] === 'istiod';
}

/** istiod as the input shows it: its pods when they are in the input, else what every install has. */
export interface Istiod {
  /** The pods of the input, empty when istiod is not in it. */
  pods: readonly PodTemplate[];
  /** Where istiod can be reached, for judging egress rules. */
  peers: readonly { peer: Peer; names: PortNames }[];
  /** How messages name it. */
  description: string;
}

/** istiod per graph and Istio namespace: rules ask once per NetworkPolicy, and finding it scans every pod. */
const istiodCache = new WeakMap<ResourceGraph, Map<string, Istiod>>();

export function istiodOf(graph: ResourceGraph, settings: Settings): Istiod {
  return cachedPer(istiodCache, graph, settings.istio.namespace, () => findIstiod(graph, settings));
}

function findIstiod(graph: ResourceGraph, settings: Settings): Istiod {
  // istiod normally runs in the configured Istio namespace; an install elsewhere is still found by its labels.
  const inIstioNamespace = graph.podsSelectedBy({ app: 'istiod' }, settings.istio.namespace);
  const pods = inIstioNamespace.length > 0 ? inIstioNamespace : graph.pods().filter(isIstiodPod);
  if (pods.length > 0) {
    return {
      pods,
      peers: pods.map((pod) => ({ peer: { pod: { namespace: pod.namespace, namespaceLabels: namespaceFacts(graph, pod.namespace), labels: podFacts(pod) }, addresses: CLUSTER_ADDRESSES }, names: podPortNames(pod) })),
      description: [...new Set(pods.map((pod) => `${pod.owner.kind} ${pod.namespace}/${pod.owner.name}`))].join(', '),
    };
  }
  const namespace = settings.istio.namespace;
  return {
    pods: [],
    peers: [{ peer: { pod: { namespace, namespaceLabels: namespaceFacts(graph, namespace), labels: istiodLabelFacts() }, addresses: CLUSTER_ADDRESSES }, names: ISTIOD_PORT_NAMES }],
    description: `the istiod pods in namespace ${namespace}`,
  };
}

/** Labels of istiod pods the input does not hold. */
export function istiodLabelFacts(): LabelFacts {
  return { labels: ISTIOD_LABELS, mayHave: (key) => !Object.prototype.hasOwnProperty.call(ISTIOD_LABELS, key) };
}
