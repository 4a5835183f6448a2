import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import type { GeneratedObject, WorldAssumption } from '../../src/graph/graph.js';
import { parseFile } from '../../src/parse/parse-file.js';

function graphOf(yaml: string, assume: WorldAssumption = 'partial', generated: GeneratedObject[] = []) {
  return buildGraph(parseFile('refs.yaml', yaml).documents, { assume, generated }).graph;
}

const STATEFULSET = `
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: data }
spec:
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      serviceAccount: db-legacy
      containers:
        - name: postgres
          image: postgres:16
          env:
            - name: PGPASSWORD
              valueFrom: { secretKeyRef: { name: db-auth, key: password } }
            - name: MODE
              valueFrom: { configMapKeyRef: { name: db-settings, key: mode, optional: true } }
      volumes:
        - name: data
          persistentVolumeClaim: { claimName: data }
        - name: archive
          persistentVolumeClaim: { claimName: wal-archive }
        - name: conf
          configMap:
            name: db-settings
            items: [{ key: postgresql.conf, path: postgresql.conf }, { key: pg_hba.conf, path: pg_hba.conf }]
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`;

describe('pod references', () => {
  const graph = graphOf(STATEFULSET);
  const [db] = graph.ofKind('StatefulSet');
  const references = db ? graph.referencesFrom(db) : [];
  const byTarget = (kind: string, name: string) => references.filter((reference) => reference.to.kind === kind && reference.to.name === name);

  it('records the keys read, with where each key is written', () => {
    expect(byTarget('Secret', 'db-auth')[0]?.keys).toEqual([{ key: 'password', path: ['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'valueFrom', 'secretKeyRef', 'key'] }]);
    const volume = byTarget('ConfigMap', 'db-settings').find((reference) => reference.path.includes('volumes'));
    expect(volume?.keys.map((key) => key.key)).toEqual(['postgresql.conf', 'pg_hba.conf']);
    expect(volume?.use).toEqual({ volume: 'conf' });
  });

  it('records the container and variable that use the target, and optional references', () => {
    const env = byTarget('ConfigMap', 'db-settings').find((reference) => reference.path.includes('env'));
    expect(env?.use).toEqual({ container: 'postgres', env: 'MODE' });
    expect(env?.optional).toBe(true);
  });

  it('reads the deprecated serviceAccount when serviceAccountName is unset', () => {
    expect(byTarget('ServiceAccount', 'db-legacy')[0]?.path).toEqual(['spec', 'template', 'spec', 'serviceAccount']);
  });

  it('skips volumes that a StatefulSet claim template replaces', () => {
    expect(byTarget('PersistentVolumeClaim', 'data')).toEqual([]);
    expect(byTarget('PersistentVolumeClaim', 'wal-archive')).toHaveLength(1);
  });
});

describe('objects that something in the input will create', () => {
  const graph = graphOf(`
apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: { name: web, namespace: shop }
spec: { secretName: web-tls, issuerRef: { name: le, kind: ClusterIssuer } }
---
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata: { name: stripe, namespace: shop }
spec: { secretStoreRef: { name: vault, kind: ClusterSecretStore } }
---
apiVersion: database.example.com/v1
kind: PostgresCluster
metadata: { name: orders, namespace: shop }
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: { name: checkout, namespace: shop }
spec: { hosts: [checkout] }
`, 'complete', [{ kind: 'ConfigMap', name: 'app-env', how: 'configMapGenerator in kustomization.yaml' }]);

  it('knows the Secrets well-known controllers write', () => {
    expect(graph.exists({ kind: 'Secret', namespace: 'shop', name: 'web-tls' })).toBe('yes');
    expect(graph.exists({ kind: 'Secret', namespace: 'shop', name: 'stripe' })).toBe('yes');
    expect(graph.producerOf({ kind: 'Secret', namespace: 'shop', name: 'web-tls' })?.resource?.kind).toBe('Certificate');
  });

  it('leaves objects named after an operator-managed resource unknown', () => {
    expect(graph.exists({ kind: 'Secret', namespace: 'shop', name: 'orders-app' })).toBe('unknown');
    expect(graph.exists({ kind: 'Service', namespace: 'shop', name: 'orders-rw' })).toBe('unknown');
    // Mesh configuration creates nothing, so its names are no excuse.
    expect(graph.exists({ kind: 'Secret', namespace: 'shop', name: 'checkout-db' })).toBe('no');
    expect(graph.exists({ kind: 'Secret', namespace: 'other', name: 'orders-app' })).toBe('no');
  });

  it('treats generator output as existing in an unknown namespace', () => {
    expect(graph.exists({ kind: 'ConfigMap', namespace: 'shop', name: 'app-env' })).toBe('unknown');
    expect(graph.exists({ kind: 'Secret', namespace: 'shop', name: 'app-env' })).toBe('no');
  });
});

describe('objects the cluster provides', () => {
  const graph = graphOf('apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: app, namespace: kube-system }\n', 'partial');

  it('knows the bootstrap RBAC roles', () => {
    for (const name of ['cluster-admin', 'view', 'system:auth-delegator']) expect(graph.exists({ kind: 'ClusterRole', name })).toBe('yes');
    expect(graph.exists({ kind: 'Role', namespace: 'kube-system', name: 'extension-apiserver-authentication-reader' })).toBe('yes');
    expect(graph.exists({ kind: 'ConfigMap', namespace: 'payments', name: 'istio-ca-root-cert' })).toBe('yes');
  });

  it('is never the authority on kube-system, whatever the input holds there', () => {
    expect(graph.exists({ kind: 'ServiceAccount', namespace: 'kube-system', name: 'horizontal-pod-autoscaler' })).toBe('unknown');
    expect(graphOf('apiVersion: v1\nkind: Namespace\nmetadata: { name: x }\n', 'complete').exists({ kind: 'ServiceAccount', namespace: 'kube-system', name: 'y' })).toBe('no');
  });

  it('finds an object of the same name in other namespaces', () => {
    expect(graph.findInAnyNamespace('ServiceAccount', 'app').map((resource) => resource.namespace)).toEqual(['kube-system']);
    expect(graph.findInAnyNamespace('ServiceAccount', 'nope')).toEqual([]);
  });
});
