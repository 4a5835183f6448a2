import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build.js';
import { matchesSelector } from '../src/graph/selector.js';
import { parseFile } from '../src/parse/parse-file.js';

function graphOf(text: string, assume: 'partial' | 'complete' = 'partial') {
  return buildGraph(parseFile('g.yaml', text).documents, { assume });
}

describe('label selector matcher', () => {
  const labels = { app: 'web', tier: 'front' };
  it.each([
    [{}, true],
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'api' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'back'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] }, false],
    [{ matchExpressions: [{ key: 'canary', operator: 'NotIn', values: ['true'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [{ matchExpressions: [{ key: 'app', operator: 'Bogus' }] }, false],
    [{ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] }, false],
  ])('%j → %s', (selector, expected) => {
    expect(matchesSelector(labels, selector)).toBe(expected);
  });
});

const SAMPLE = `
apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  serviceName: db-headless
  replicas: 2
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      serviceAccountName: db
      containers:
        - name: db
          image: db:1
          ports: [{ containerPort: 5432 }]
          envFrom: [{ configMapRef: { name: db-config } }]
---
apiVersion: v1
kind: Service
metadata: { name: db-headless, namespace: shop }
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ port: 5432 }]
---
apiVersion: v1
kind: Service
metadata: { name: db-0, namespace: shop }
spec:
  selector: { statefulset.kubernetes.io/pod-name: db-1 }
  ports: [{ port: 5432 }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: db-config, namespace: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader }
`;

describe('graph', () => {
  const { graph, malformed } = graphOf(SAMPLE);

  it('indexes by kind, namespace and name, with cluster-scoped kinds outside namespaces', () => {
    expect(malformed).toEqual([]);
    expect(graph.ofKind('Service', 'shop').map((s) => s.name)).toEqual(['db-headless', 'db-0']);
    expect(graph.find('ClusterRole', undefined, 'reader')?.namespace).toBeUndefined();
    expect(graph.find('ConfigMap', 'shop', 'db-config')?.name).toBe('db-config');
  });

  it('defaults the namespace and the Service port fields once', () => {
    const { graph: other } = graphOf('apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  ports: [{ port: 80 }]\n');
    const service = other.find('Service', 'default', 's');
    expect(service?.body.spec?.ports?.[0]).toEqual({ port: 80, targetPort: 80, protocol: 'TCP' });
    expect(graph.find('StatefulSet', 'shop', 'db')?.body.spec?.template.spec?.containers[0]?.ports?.[0]?.protocol).toBe('TCP');
  });

  it('synthesises pods and answers selector queries through the label index', () => {
    expect(graph.pods('shop').map((pod) => pod.owner.name)).toEqual(['db']);
    expect(graph.podsSelectedBy({ app: 'db' }, 'shop')).toHaveLength(1);
    expect(graph.podsSelectedBy({ app: 'web' }, 'shop')).toHaveLength(0);
    expect(graph.podsSelectedBy({ matchLabels: {} }, 'shop')).toHaveLength(1);
  });

  it('knows the labels controllers add to pods', () => {
    expect(graph.podsSelectedBy({ 'statefulset.kubernetes.io/pod-name': 'db-1' }, 'shop')).toHaveLength(1);
    expect(graph.podsSelectedBy({ 'statefulset.kubernetes.io/pod-name': 'db-2' }, 'shop')).toHaveLength(0);
  });

  it('records references in both directions with their ranges, resolved or not', () => {
    const statefulSet = graph.find('StatefulSet', 'shop', 'db');
    if (!statefulSet) throw new Error('missing');
    const references = graph.referencesFrom(statefulSet);
    expect(references.map((ref) => `${ref.to.kind}/${ref.to.name}:${ref.resolved ? 'yes' : 'no'}`).sort()).toEqual([
      'ConfigMap/db-config:yes',
      'Service/db-headless:yes',
      'ServiceAccount/db:no',
    ]);
    const service = graph.find('Service', 'shop', 'db-headless');
    if (!service) throw new Error('missing');
    expect(graph.referencesTo(service)[0]?.range.start).toEqual({ line: 10, column: 16 });
  });

  it('applies the open/closed-world policy', () => {
    expect(graph.exists({ kind: 'ServiceAccount', namespace: 'shop', name: 'default' })).toBe('yes');
    expect(graph.exists({ kind: 'Service', namespace: 'kube-system', name: 'kube-dns' })).toBe('yes');
    expect(graph.exists({ kind: 'Service', namespace: 'shop', name: 'nope' })).toBe('no');
    expect(graph.exists({ kind: 'Service', namespace: 'elsewhere', name: 'nope' })).toBe('unknown');
    expect(graphOf(SAMPLE, 'complete').graph.exists({ kind: 'Service', namespace: 'elsewhere', name: 'nope' })).toBe('no');
  });

  it('treats pods as unknown where an operator may create them', () => {
    const { graph: withOperator } = graphOf(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: a, namespace: mon }\nspec:\n  selector: { matchLabels: { app: a } }\n  template:\n    metadata: { labels: { app: a } }\n    spec: { containers: [{ name: a, image: a }] }\n---\napiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: { name: k8s, namespace: mon }\n',
    );
    expect(withOperator.isAuthoritative('mon', 'Pod')).toBe(false);
  });

  it('takes kinds named after Object.prototype members as ordinary kinds', () => {
    const { graph: odd } = graphOf('apiVersion: v1\nkind: constructor\nmetadata: { name: a }\n---\napiVersion: v1\nkind: toString\nmetadata: { name: b }\n');
    expect(odd.resources.map((resource) => resource.kind)).toEqual(['constructor', 'toString']);
    expect(odd.pods()).toEqual([]);
  });

  it('reports documents that are not objects and goes on', () => {
    const { graph: partial, malformed: bad } = graphOf('- a\n---\nkind: ConfigMap\nmetadata: { name: x }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok }\n');
    expect(bad.map((entry) => entry.message)).toEqual([
      expect.stringContaining('is a list'),
      expect.stringContaining('apiVersion is missing'),
    ]);
    expect(partial.resources.map((resource) => resource.name)).toEqual(['ok']);
  });
});

describe('pod templates of malformed specs', () => {
  it('give lists of mappings, keep indexes, and leave the written object as it is', () => {
    const { graph } = graphOf(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: a, namespace: ns }\nspec:\n  template:\n    spec:\n      volumes: [{ name: v }, { name: w }]\n      tolerations: oops\n      imagePullSecrets: [{ name: s }, 7]\n      containers:\n      - 42\n      - name: app\n        env: not-a-list\n        ports: [1, { containerPort: 80 }]\n        args: [run, 3]\n        resources: [a]\n',
    );
    const owner = graph.resources[0];
    const pod = owner && graph.podTemplateOf(owner);
    expect(pod?.spec.tolerations).toEqual([]);
    expect(pod?.spec.imagePullSecrets).toEqual([{ name: 's' }, {}]);
    // A well-formed list is the written list itself.
    const written = (owner?.body as unknown as { spec: { template: { spec: { volumes: unknown; containers: unknown[] } } } }).spec.template.spec;
    expect(pod?.spec.volumes).toBe(written.volumes);
    expect(pod?.spec.containers).toHaveLength(2);
    expect(pod?.spec.containers[0]).toEqual({});
    const app = pod?.spec.containers[1];
    expect(app?.env).toEqual([]);
    expect(app?.ports).toEqual([{}, { containerPort: 80, protocol: 'TCP' }]);
    expect(app?.args).toEqual(['run', '3']);
    expect(app?.resources).toBeUndefined();
    expect(written.containers[0]).toBe(42);
    expect((written.containers[1] as { env: unknown }).env).toBe('not-a-list');
  });
});
