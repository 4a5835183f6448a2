import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/settings.js';
import type { ResourceGraph } from '../../src/graph/graph.js';
import { namespaceMesh, podMesh, usesIstio } from '../../src/k8s/mesh.js';
import { graphOf } from '../support/graph-of.js';

function settings(enabled: Settings['istio']['enabled']): Settings {
  return { ...DEFAULT_SETTINGS, istio: { ...DEFAULT_SETTINGS.istio, enabled } };
}

const AUTO = settings('auto');

function namespace(name: string, labels: Record<string, string> = {}): string {
  const lines = Object.entries(labels).map(([key, value]) => `\n    ${key}: "${value}"`).join('');
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}${lines === '' ? '' : `\n  labels:${lines}`}\n`;
}

function deployment(name: string, ns: string, labels: Record<string, string> = {}, extra = ''): string {
  const lines = Object.entries({ app: name, ...labels }).map(([key, value]) => `\n        ${key}: "${value}"`).join('');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:${lines}
    spec:${extra}
      containers:
        - name: app
          image: registry.example.com/${name}:1.0
`;
}

function podOf(graph: ResourceGraph, name: string) {
  const pod = graph.pods().find((candidate) => candidate.owner.name === name);
  if (!pod) throw new Error(`no pod template ${name}`);
  return pod;
}

describe('usesIstio', () => {
  it('is decided by the settings when they say true or false', () => {
    const graph = graphOf(namespace('istio-system'));
    expect(usesIstio(graph, settings(false))).toBe(false);
    expect(usesIstio(graphOf(deployment('web', 'shop')), settings(true))).toBe(true);
  });

  it('sees Istio resources, istiod, the Istio namespace or an injected namespace', () => {
    expect(usesIstio(graphOf('apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: web\n  namespace: shop\n'), AUTO)).toBe(true);
    expect(usesIstio(graphOf(deployment('istiod-canary', 'mesh-control')), AUTO)).toBe(true);
    expect(usesIstio(graphOf(namespace('istio-system')), AUTO)).toBe(true);
    expect(usesIstio(graphOf(namespace('shop', { 'istio.io/rev': 'stable' })), AUTO)).toBe(true);
  });

  it('is false for a repository without any of them', () => {
    expect(usesIstio(graphOf(`${namespace('shop')}---\n${deployment('web', 'shop')}`), AUTO)).toBe(false);
    // A Gateway API Gateway is not an Istio resource.
    expect(usesIstio(graphOf('apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: web\n  namespace: shop\n'), AUTO)).toBe(false);
  });
});

describe('namespaceMesh', () => {
  it('follows the namespace labels, the legacy label first', () => {
    const graph = graphOf([
      namespace('enabled-ns', { 'istio-injection': 'enabled' }),
      namespace('disabled-ns', { 'istio-injection': 'disabled' }),
      namespace('rev', { 'istio.io/rev': 'canary' }),
      namespace('both', { 'istio-injection': 'disabled', 'istio.io/rev': 'canary' }),
      namespace('ambient', { 'istio.io/dataplane-mode': 'ambient' }),
      namespace('plain'),
    ].join('---\n'));
    expect(namespaceMesh(graph, AUTO, 'enabled-ns')).toMatchObject({ verdict: 'yes', dataPlane: 'sidecar' });
    expect(namespaceMesh(graph, AUTO, 'disabled-ns').verdict).toBe('no');
    expect(namespaceMesh(graph, AUTO, 'rev')).toMatchObject({ verdict: 'yes', dataPlane: 'sidecar', reason: 'namespace rev has istio.io/rev=canary' });
    expect(namespaceMesh(graph, AUTO, 'both').verdict).toBe('no');
    expect(namespaceMesh(graph, AUTO, 'ambient')).toMatchObject({ verdict: 'yes', dataPlane: 'ambient' });
    expect(namespaceMesh(graph, AUTO, 'plain').verdict).toBe('no');
  });

  it('points at the label that decides', () => {
    const graph = graphOf(namespace('enabled-ns', { 'istio-injection': 'enabled' }));
    const evidence = namespaceMesh(graph, AUTO, 'enabled-ns').evidence;
    expect(evidence?.path).toEqual(['metadata', 'labels', 'istio-injection']);
    expect(evidence?.resource.rangeOf(...(evidence?.path ?? [])).start.line).toBe(6);
  });

  it('says maybe for a namespace outside the input only when the repository uses Istio', () => {
    expect(namespaceMesh(graphOf(namespace('istio-system')), AUTO, 'shop').verdict).toBe('maybe');
    expect(namespaceMesh(graphOf(namespace('other')), AUTO, 'shop').verdict).toBe('no');
    expect(namespaceMesh(graphOf(namespace('other')), settings(true), 'shop').verdict).toBe('maybe');
  });

  it('never puts system namespaces in the mesh, and nothing when Istio is off', () => {
    const graph = graphOf(namespace('kube-system', { 'istio-injection': 'enabled' }));
    expect(namespaceMesh(graph, AUTO, 'kube-system').verdict).toBe('no');
    expect(namespaceMesh(graphOf(namespace('enabled-ns', { 'istio-injection': 'enabled' })), settings(false), 'enabled-ns').verdict).toBe('no');
  });
});

describe('podMesh', () => {
  it('lets a pod opt out of an injected namespace, by label or by the older annotation', () => {
    const graph = graphOf([
      namespace('enabled-ns', { 'istio-injection': 'enabled' }),
      deployment('meshed', 'enabled-ns'),
      deployment('out', 'enabled-ns', { 'sidecar.istio.io/inject': 'false' }),
      deployment('annotated', 'enabled-ns', {}, '\n      hostNetwork: false').replace('    spec:\n      hostNetwork', '      annotations:\n        sidecar.istio.io/inject: "false"\n    spec:\n      hostNetwork'),
    ].join('---\n'));
    expect(podMesh(graph, AUTO, podOf(graph, 'meshed')).verdict).toBe('yes');
    expect(podMesh(graph, AUTO, podOf(graph, 'out')).verdict).toBe('no');
    expect(podMesh(graph, AUTO, podOf(graph, 'annotated')).verdict).toBe('no');
  });

  it('lets a pod opt in where the namespace has no label, but not where it says disabled', () => {
    const graph = graphOf([
      namespace('plain'),
      namespace('disabled-ns', { 'istio-injection': 'disabled' }),
      deployment('in', 'plain', { 'sidecar.istio.io/inject': 'true' }),
      deployment('rev', 'plain', { 'istio.io/rev': 'canary' }),
      deployment('left', 'plain'),
      deployment('blocked', 'disabled-ns', { 'sidecar.istio.io/inject': 'true' }),
    ].join('---\n'));
    const opted = podMesh(graph, AUTO, podOf(graph, 'in'));
    expect(opted).toMatchObject({ verdict: 'yes', dataPlane: 'sidecar' });
    expect(opted.evidence?.path).toEqual(['spec', 'template', 'metadata', 'labels', 'sidecar.istio.io/inject']);
    expect(podMesh(graph, AUTO, podOf(graph, 'rev')).verdict).toBe('yes');
    expect(podMesh(graph, AUTO, podOf(graph, 'left')).verdict).toBe('no');
    expect(podMesh(graph, AUTO, podOf(graph, 'blocked')).verdict).toBe('no');
  });

  it('knows pre-injected pods and never injects host-network pods', () => {
    const injected = deployment('injected', 'plain').replace('        - name: app', '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.22.0\n        - name: app');
    const graph = graphOf([namespace('enabled-ns', { 'istio-injection': 'enabled' }), injected, deployment('host', 'enabled-ns', {}, '\n      hostNetwork: true')].join('---\n'));
    expect(podMesh(graph, AUTO, podOf(graph, 'injected')).verdict).toBe('yes');
    expect(podMesh(graph, AUTO, podOf(graph, 'host')).verdict).toBe('no');
  });

  it('says maybe for pods of an undeclared namespace in a repository that uses Istio', () => {
    const graph = graphOf([namespace('istio-system'), deployment('web', 'shop')].join('---\n'));
    expect(podMesh(graph, AUTO, podOf(graph, 'web')).verdict).toBe('maybe');
    expect(podMesh(graph, settings(false), podOf(graph, 'web')).verdict).toBe('no');
  });
});
