import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { EslintResult } from '../../src/report/eslint-results.js';
import { runCli } from '../support/cli.js';

/*
 * Realistic mesh set-ups, written apart from the rule fixtures, linted through the CLI. Each scenario
 * lists every finding of the Istio and NetworkPolicy rules, by rule id and resource: each must
 * appear, and nothing else from these rules.
 */

const RULES = new Set([
  'istio-namespace-not-injected', 'istio-injection-label-conflict', 'istio-injection-label-misplaced', 'istio-port-protocol-unnamed',
  'networkpolicy-blocks-dns', 'networkpolicy-blocks-istiod', 'networkpolicy-blocks-statefulset-peers', 'networkpolicy-selects-nothing',
]);

interface Finding {
  rule: string;
  resource: string;
  severity: 1 | 2;
}

async function findings(yaml: string): Promise<Finding[]> {
  const run = await runCli(['-', '--format', 'json', '--stdin-filename', 'scenario.yaml'], { cwd: tmpdir(), stdin: yaml });
  expect(run.stderr).not.toMatch(/internal error/);
  const results = JSON.parse(run.stdout) as EslintResult[];
  return results
    .flatMap((result) => result.messages)
    .filter((message) => message.ruleId !== null && RULES.has(message.ruleId))
    .map((message) => ({ rule: message.ruleId ?? '', resource: `${message.resource?.kind ?? ''} ${message.resource?.name ?? ''}`, severity: message.severity }))
    .sort((a, b) => `${a.rule} ${a.resource}`.localeCompare(`${b.rule} ${b.resource}`));
}

const ISTIOD = `
apiVersion: v1
kind: Namespace
metadata: { name: istio-system }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: istiod, namespace: istio-system }
spec:
  selector: { matchLabels: { app: istiod } }
  template:
    metadata: { labels: { app: istiod, istio: pilot } }
    spec:
      containers:
        - name: discovery
          image: docker.io/istio/pilot:1.23.2
          ports: [{ name: tls-xds, containerPort: 15012 }, { name: https-webhooks, containerPort: 15017 }]
`;

describe('Istio scenarios through the CLI', () => {
  it('a locked-down mesh that got every path right reports nothing', async () => {
    const yaml = `${ISTIOD}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: istiod-ingress, namespace: istio-system }
spec:
  podSelector: { matchLabels: { app: istiod } }
  ingress:
    - ports: [{ port: 15017 }]
    - from: [{ namespaceSelector: { matchLabels: { istio-injection: enabled } } }]
      ports: [{ port: 15012 }]
---
apiVersion: v1
kind: Namespace
metadata: { name: bookstore, labels: { istio-injection: enabled } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: catalog, namespace: bookstore }
spec:
  selector: { matchLabels: { app: catalog } }
  template:
    metadata: { labels: { app: catalog } }
    spec:
      containers: [{ name: catalog, image: registry.example.com/bookstore/catalog:4.0.0, ports: [{ name: http, containerPort: 8080 }] }]
---
apiVersion: v1
kind: Service
metadata: { name: catalog, namespace: bookstore }
spec:
  selector: { app: catalog }
  ports: [{ name: http-api, port: 80, targetPort: http }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: bookstore }
spec: { podSelector: {}, policyTypes: [Ingress, Egress] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: mesh-basics, namespace: bookstore }
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{ namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }, podSelector: { matchLabels: { k8s-app: kube-dns } } }]
      ports: [{ port: 53, protocol: UDP }, { port: 53, protocol: TCP }]
    - to: [{ namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: istio-system } }, podSelector: { matchLabels: { app: istiod } } }]
      ports: [{ port: 15012 }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: catalog-ingress, namespace: bookstore }
spec:
  podSelector: { matchLabels: { app: catalog } }
  ingress: [{ ports: [{ port: http }] }]
`;
    expect(await findings(yaml)).toEqual([]);
  });

  it('a canary upgrade with leftovers from the old install', async () => {
    const yaml = `${ISTIOD}
---
apiVersion: v1
kind: Namespace
metadata:
  name: billing
  labels: { istio-injection: enabled, istio.io/rev: 1-23 }
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: invoicer
  namespace: billing
  labels: { sidecar.istio.io/inject: "true" }
spec:
  selector: { matchLabels: { app: invoicer } }
  template:
    metadata: { labels: { app: invoicer } }
    spec:
      containers: [{ name: invoicer, image: registry.example.com/billing/invoicer:2.2.0 }]
---
apiVersion: v1
kind: Service
metadata: { name: invoicer, namespace: billing }
spec:
  selector: { app: invoicer }
  ports: [{ name: http, port: 8080 }, { name: postgres-proxy, port: 6432 }]
---
apiVersion: v1
kind: Namespace
metadata: { name: reporting }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: exporter, namespace: reporting }
spec:
  selector: { matchLabels: { app: exporter } }
  template:
    metadata: { labels: { app: exporter } }
    spec:
      containers: [{ name: exporter, image: registry.example.com/reporting/exporter:1.0.3 }]
`;
    expect(await findings(yaml)).toEqual([
      { rule: 'istio-injection-label-conflict', resource: 'Namespace billing', severity: 1 },
      { rule: 'istio-injection-label-misplaced', resource: 'Deployment invoicer', severity: 1 },
      { rule: 'istio-namespace-not-injected', resource: 'Namespace reporting', severity: 1 },
      { rule: 'istio-port-protocol-unnamed', resource: 'Service invoicer', severity: 1 },
    ]);
  });

  it("a platform team's zero-trust policies cut DNS, istiod and a quorum's peers", async () => {
    const yaml = `${ISTIOD}
---
# istio-system only admits the mesh on xDS: the API server cannot call the injection webhook.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: control-plane, namespace: istio-system }
spec:
  podSelector: {}
  ingress:
    - from: [{ namespaceSelector: {} }]
      ports: [{ port: 15012 }]
---
apiVersion: v1
kind: Namespace
metadata: { name: ledger, labels: { istio.io/rev: default } }
---
apiVersion: v1
kind: Service
metadata: { name: etcd, namespace: ledger }
spec:
  clusterIP: None
  selector: { app: etcd }
  ports: [{ name: tcp-client, port: 2379 }, { name: tcp-peer, port: 2380 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: etcd, namespace: ledger }
spec:
  serviceName: etcd
  replicas: 3
  selector: { matchLabels: { app: etcd } }
  template:
    metadata: { labels: { app: etcd } }
    spec:
      containers: [{ name: etcd, image: registry.k8s.io/etcd:3.5.15-0, ports: [{ containerPort: 2379 }, { containerPort: 2380 }] }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: ledger-api, namespace: ledger }
spec:
  selector: { matchLabels: { app: ledger-api } }
  template:
    metadata: { labels: { app: ledger-api } }
    spec:
      containers: [{ name: api, image: registry.example.com/ledger/api:5.1.0 }]
---
# Egress only to the control plane and to etcd's client port: no DNS at all.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ledger-egress, namespace: ledger }
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{ namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: istio-system } } }]
      ports: [{ port: 15012 }]
    - to: [{ podSelector: { matchLabels: { app: etcd } } }]
      ports: [{ port: 2379 }]
---
# etcd admits its clients, not its own members on the peer port.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: etcd-ingress, namespace: ledger }
spec:
  podSelector: { matchLabels: { app: etcd } }
  ingress:
    - from: [{ podSelector: { matchLabels: { app: ledger-api } } }]
      ports: [{ port: 2379 }]
---
# Written for a worker that was renamed since.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ledger-worker, namespace: ledger }
spec:
  podSelector: { matchLabels: { app: ledger-worker } }
  policyTypes: [Egress]
  egress: [{}]
`;
    expect(await findings(yaml)).toEqual([
      { rule: 'networkpolicy-blocks-dns', resource: 'NetworkPolicy ledger-egress', severity: 2 },
      { rule: 'networkpolicy-blocks-istiod', resource: 'NetworkPolicy control-plane', severity: 2 },
      { rule: 'networkpolicy-blocks-statefulset-peers', resource: 'NetworkPolicy etcd-ingress', severity: 2 },
      { rule: 'networkpolicy-blocks-statefulset-peers', resource: 'NetworkPolicy ledger-egress', severity: 2 },
      { rule: 'networkpolicy-selects-nothing', resource: 'NetworkPolicy ledger-worker', severity: 1 },
    ]);
  });

  it('DNS over UDP only is a warning, and ambient pods may use HBONE', async () => {
    const yaml = `${ISTIOD}
---
apiVersion: v1
kind: Namespace
metadata: { name: search, labels: { istio.io/dataplane-mode: ambient } }
---
apiVersion: v1
kind: Service
metadata: { name: opensearch, namespace: search }
spec:
  clusterIP: None
  selector: { app: opensearch }
  ports: [{ name: http, port: 9200 }, { name: tcp-transport, port: 9300 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: opensearch, namespace: search }
spec:
  serviceName: opensearch
  replicas: 3
  selector: { matchLabels: { app: opensearch } }
  template:
    metadata: { labels: { app: opensearch } }
    spec:
      containers: [{ name: opensearch, image: registry.example.com/opensearch:2.15.0 }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: opensearch, namespace: search }
spec:
  podSelector: { matchLabels: { app: opensearch } }
  policyTypes: [Ingress, Egress]
  ingress:
    - ports: [{ port: 15008 }]
  egress:
    - ports: [{ port: 15008 }]
    - to: [{ namespaceSelector: {} }]
      ports: [{ port: 53, protocol: UDP }]
`;
    expect(await findings(yaml)).toEqual([{ rule: 'networkpolicy-blocks-dns', resource: 'NetworkPolicy opensearch', severity: 1 }]);
  });
});
