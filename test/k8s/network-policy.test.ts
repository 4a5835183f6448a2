import { describe, expect, it } from 'vitest';
import type { ResourceGraph } from '../../src/graph/graph.js';
import { CLUSTER_ADDRESSES, ANY_ADDRESS } from '../../src/k8s/cidr.js';
import {
  allows, blamed, namespaceFacts, podFacts, podPortNames, policiesCovering, policiesSelecting, policyTypesOf, subjectsOf,
  wellKnownPortNames, type Connection, type Peer, type PolicyResource,
} from '../../src/k8s/network-policy.js';
import { graphOf } from '../support/graph-of.js';

function policy(graph: ResourceGraph, namespace: string, name: string): PolicyResource {
  const found = graph.find('NetworkPolicy', namespace, name);
  if (!found) throw new Error(`no policy ${namespace}/${name}`);
  return found;
}

function podOf(graph: ResourceGraph, kind: 'Deployment' | 'StatefulSet' | 'Pod', namespace: string, name: string) {
  const owner = graph.find(kind, namespace, name);
  const pod = owner && graph.podTemplateOf(owner);
  if (!pod) throw new Error(`no pod template ${kind} ${namespace}/${name}`);
  return pod;
}

const tcp = (port: number, names = podPortNames(undefined)): Connection => ({ port, protocol: 'TCP', names });
const udp = (port: number, names = podPortNames(undefined)): Connection => ({ port, protocol: 'UDP', names });

/** A pod of namespace `namespace` the input does not hold, with unknown labels. */
function unseenPod(graph: ResourceGraph, namespace: string, labels: Record<string, string> = {}): Peer {
  return { pod: { namespace, namespaceLabels: namespaceFacts(graph, namespace), labels: { labels, mayHave: () => true } }, addresses: CLUSTER_ADDRESSES };
}

const SHOP = `
apiVersion: v1
kind: Namespace
metadata: { name: shop, labels: { team: payments } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web, tier: front } }
    spec:
      containers: [{ name: web, image: web:1, ports: [{ name: http, containerPort: 8080 }] }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: db, namespace: shop }
spec:
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: db, image: db:1, ports: [{ name: pg, containerPort: 5432 }] }]
`;

describe('policy types', () => {
  const graph = graphOf(`${SHOP}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ingress-only, namespace: shop }
spec: { podSelector: {} }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: implied-egress, namespace: shop }
spec:
  podSelector: {}
  egress: [{ ports: [{ port: 443 }] }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: egress-only, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Egress]
`);

  it('defaults to Ingress, plus Egress when there are egress rules', () => {
    expect([...policyTypesOf(policy(graph, 'shop', 'ingress-only'))]).toEqual(['Ingress']);
    expect([...policyTypesOf(policy(graph, 'shop', 'implied-egress'))].sort()).toEqual(['Egress', 'Ingress']);
    expect([...policyTypesOf(policy(graph, 'shop', 'egress-only'))]).toEqual(['Egress']);
  });
});

describe('allows', () => {
  const graph = graphOf(`${SHOP}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-all, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web-egress, namespace: shop }
spec:
  podSelector: { matchLabels: { app: web } }
  policyTypes: [Egress]
  egress:
    - to: [{ podSelector: { matchLabels: { app: db } } }]
      ports: [{ port: pg }]
    - to:
        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }
          podSelector: { matchLabels: { k8s-app: kube-dns } }
      ports: [{ port: 53, protocol: UDP }]
    - to: [{ namespaceSelector: { matchLabels: { name: monitoring } } }]
      ports: [{ port: 9000, endPort: 9100 }]
    - to: [{ ipBlock: { cidr: 0.0.0.0/0, except: [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10] } }]
      ports: [{ port: 443 }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db-ingress, namespace: shop }
spec:
  podSelector: { matchLabels: { app: db } }
  ingress:
    - from: [{ podSelector: { matchLabels: { app: web } } }]
      ports: [{ port: pg }]
`);
  const web = podOf(graph, 'Deployment', 'shop', 'web');
  const db = podOf(graph, 'Deployment', 'shop', 'db');
  const webPolicies = policiesSelecting(graph, web);
  const dbPeer: Peer = { pod: { namespace: 'shop', namespaceLabels: namespaceFacts(graph, 'shop'), labels: podFacts(db) }, addresses: CLUSTER_ADDRESSES };
  const webPeer: Peer = { pod: { namespace: 'shop', namespaceLabels: namespaceFacts(graph, 'shop'), labels: podFacts(web) }, addresses: CLUSTER_ADDRESSES };
  const dns = unseenPod(graph, 'kube-system', { 'k8s-app': 'kube-dns' });

  it('finds every policy that selects a pod', () => {
    expect(webPolicies.map((p) => p.name).sort()).toEqual(['deny-all', 'web-egress']);
    expect(policiesSelecting(graph, db).map((p) => p.name).sort()).toEqual(['db-ingress', 'deny-all']);
  });

  it('adds the rules of all policies: deny-all plus an allow is not a block', () => {
    expect(allows(webPolicies, 'Egress', dbPeer, tcp(5432, podPortNames(db)))).toBe('yes');
    expect(allows(policiesSelecting(graph, db), 'Ingress', webPeer, tcp(5432, podPortNames(db)))).toBe('yes');
  });

  it('resolves named ports on the destination pod', () => {
    expect(allows(webPolicies, 'Egress', dbPeer, tcp(5433, podPortNames(db)))).toBe('no');
    expect(allows(webPolicies, 'Egress', dbPeer, udp(5432, podPortNames(db)))).toBe('no');
  });

  it('matches the namespace name label of any namespace, and tells protocols apart', () => {
    expect(allows(webPolicies, 'Egress', dns, udp(53))).toBe('yes');
    expect(allows(webPolicies, 'Egress', dns, tcp(53))).toBe('no');
  });

  it('answers maybe for labels of namespaces the input does not declare', () => {
    expect(allows(webPolicies, 'Egress', unseenPod(graph, 'monitoring'), tcp(9090))).toBe('maybe');
    expect(allows(webPolicies, 'Egress', unseenPod(graph, 'monitoring'), tcp(8080))).toBe('no');
  });

  it('honours endPort', () => {
    const monitoring: Peer = { pod: { namespace: 'monitoring', namespaceLabels: { labels: { name: 'monitoring' }, mayHave: () => false }, labels: { labels: {}, mayHave: () => true } }, addresses: CLUSTER_ADDRESSES };
    expect(allows(webPolicies, 'Egress', monitoring, tcp(9100))).toBe('yes');
    expect(allows(webPolicies, 'Egress', monitoring, tcp(9101))).toBe('no');
  });

  it('lets an ipBlock reach a pod only maybe, and not when it excludes the cluster ranges', () => {
    const external: Peer = { addresses: ANY_ADDRESS };
    expect(allows(webPolicies, 'Egress', external, tcp(443))).toBe('maybe');
    expect(allows(webPolicies, 'Egress', unseenPod(graph, 'other'), tcp(443))).toBe('no');
  });

  it('allows everything in a direction no policy isolates', () => {
    expect(allows(policiesSelecting(graph, db), 'Egress', unseenPod(graph, 'anywhere'), udp(53))).toBe('no');
    expect(allows([policy(graph, 'shop', 'db-ingress')], 'Egress', unseenPod(graph, 'anywhere'), udp(53))).toBe('yes');
  });

  it('blames the policies with rules of the direction, else the deny-all ones', () => {
    expect(blamed(webPolicies, 'Egress').map((p) => p.name)).toEqual(['web-egress']);
    expect(blamed(policiesSelecting(graph, db), 'Egress').map((p) => p.name)).toEqual(['deny-all']);
  });

  it('knows the well-known names of components outside the input', () => {
    const names = wellKnownPortNames({ dns: { port: 53, protocol: 'UDP' } });
    expect(names('dns', 53, 'UDP')).toBe('yes');
    expect(names('dns', 53, 'TCP')).toBe('no');
    expect(names('metrics', 9153, 'TCP')).toBe('maybe');
  });
});

describe('subjects', () => {
  it('judges pods in the input one by one, skipping host-network pods', () => {
    const graph = graphOf(`${SHOP}
---
apiVersion: v1
kind: Pod
metadata: { name: node-agent, namespace: shop, labels: { app: web } }
spec:
  hostNetwork: true
  containers: [{ name: agent, image: agent:1 }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web, namespace: shop }
spec: { podSelector: { matchLabels: { app: web } } }
`);
    const subjects = subjectsOf(graph, policy(graph, 'shop', 'web'));
    expect(subjects.map((subject) => subject.pod?.owner.name)).toEqual(['web']);
  });

  it('judges unseen pods with the policies covering them when the namespace is open', () => {
    const graph = graphOf(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api, namespace: edge }
spec: { podSelector: { matchLabels: { app: api, tier: back } }, policyTypes: [Egress] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: all, namespace: edge }
spec: { podSelector: {}, policyTypes: [Egress], egress: [{ ports: [{ port: 53, protocol: UDP }] }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: other, namespace: edge }
spec: { podSelector: { matchLabels: { app: worker } }, egress: [{}] }
`);
    const api = policy(graph, 'edge', 'api');
    expect(policiesCovering(graph, api).map((p) => p.name).sort()).toEqual(['all', 'api']);
    const [subject] = subjectsOf(graph, api);
    expect(subject?.pod).toBeUndefined();
    expect(subject?.labels.labels).toEqual({ app: 'api', tier: 'back' });
  });

  it('has no subject for a policy that selects nothing in a namespace the input is authority on', () => {
    const graph = graphOf(`${SHOP}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: cache, namespace: shop }
spec: { podSelector: { matchLabels: { app: cache } } }
`);
    expect(subjectsOf(graph, policy(graph, 'shop', 'cache'))).toEqual([]);
  });
});
