import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/engine/settings.js';
import { anyDeclarationJoinsMesh, meshIntent } from '../../src/k8s/mesh-intent.js';
import { graphOf } from '../support/graph-of.js';

const ISTIO_ON = { ...DEFAULT_SETTINGS, istio: { ...DEFAULT_SETTINGS.istio, enabled: true } };

describe('meshIntent', () => {
  it('finds none where only the Istio installation is in the input', () => {
    const graph = graphOf('apiVersion: v1\nkind: Namespace\nmetadata: { name: istio-system }\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: tools }\n');
    expect(meshIntent(graph, DEFAULT_SETTINGS, 'tools')).toBeUndefined();
    expect(meshIntent(graph, ISTIO_ON, 'tools')).toMatch(/settings/);
  });

  it('sees Istio configuration in the namespace', () => {
    const graph = graphOf('apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: { name: default, namespace: shop }\nspec: { mtls: { mode: STRICT } }\n');
    expect(meshIntent(graph, DEFAULT_SETTINGS, 'shop')).toBe('PeerAuthentication default configures Istio in namespace shop');
    expect(meshIntent(graph, DEFAULT_SETTINGS, 'other')).toBeUndefined();
  });

  it('sees other namespaces labelled for the mesh, but not a disabled one', () => {
    const labelled = graphOf('apiVersion: v1\nkind: Namespace\nmetadata: { name: shop, labels: { istio.io/rev: stable } }\n');
    expect(meshIntent(labelled, DEFAULT_SETTINGS, 'tools')).toBe('Namespace shop is labelled for the mesh');
    const disabled = graphOf('apiVersion: v1\nkind: Namespace\nmetadata: { name: shop, labels: { istio-injection: disabled, istio.io/rev: stable } }\n');
    expect(meshIntent(disabled, DEFAULT_SETTINGS, 'tools')).toBeUndefined();
  });
});

describe('anyDeclarationJoinsMesh', () => {
  it('counts a namespace declared twice as labelled when one declaration is', () => {
    const graph = graphOf('apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: shop, labels: { istio-injection: enabled } }\n');
    expect(anyDeclarationJoinsMesh(graph, 'shop')).toBe(true);
    expect(anyDeclarationJoinsMesh(graph, 'tools')).toBe(false);
  });
});
