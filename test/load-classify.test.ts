import { describe, expect, it } from 'vitest';
import { classifyNonManifest } from '../src/load/classify.js';

describe('files that are not manifests, by content', () => {
  it('skips a kustomize Kustomization or Component whatever the file is called', () => {
    for (const kind of ['Kustomization', 'Component']) {
      const text = `# overlay\napiVersion: kustomize.config.k8s.io/v1beta1\nkind:   ${kind}  \nresources: [a.yaml]\n`;
      expect(classifyNonManifest('overlays/prod/base.yaml', text)).toMatch(/^kustomize Kustomization or Component/);
    }
    // The kind line may come first, and far from the apiVersion line.
    const later = `kind: Kustomization\n${'# padding\n'.repeat(500)}apiVersion: kustomize.config.k8s.io/v1alpha1\n`;
    expect(classifyNonManifest('k.yaml', later)).toMatch(/^kustomize/);
  });

  it('lints manifests that only mention kustomize or those kinds', () => {
    const cases = [
      // A real object whose annotation names kustomize's group.
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    note: built with kustomize.config.k8s.io/v1beta1\n',
      // A CRD-defined kind of the same name in another group.
      'apiVersion: example.com/v1\nkind: Kustomization\nmetadata: { name: a }\n',
      // kustomize's group, but not at the start of a line.
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: |\n    apiVersion: kustomize.config.k8s.io/v1beta1\n    kind: Component\n',
    ];
    for (const text of cases) expect(classifyNonManifest('resources.yaml', text)).toBeUndefined();
  });
});
