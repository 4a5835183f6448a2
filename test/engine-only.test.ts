import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config/resolved.js';
import { lint, type SourceText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';

const SOURCES: SourceText[] = [
  { path: 'a.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    app: wbe\n  ports:\n  - port: 80\n' },
  { path: 'b.yaml', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n' },
  { path: 'c.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: shop\n  labels:\n    on: yes\n' },
];

describe('lint with `only`', () => {
  it('reports on the given files only, with the findings a full run gives them', () => {
    const config = { ...DEFAULT_CONFIG, baseDir: '/' };
    const full = lint(SOURCES, config, rules);
    const partial = lint(SOURCES, config, rules, { only: new Set(['a.yaml']) });
    expect(partial.files.map((file) => file.path)).toEqual(['a.yaml']);
    expect(partial.files[0]?.diagnostics).toEqual(full.files.find((file) => file.path === 'a.yaml')?.diagnostics);
    // The Service's selector typo is found against the Deployment in b.yaml, which is in the graph.
    expect(partial.files[0]?.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('service-no-matching-pods');
    expect(partial.resourceCount).toBe(full.resourceCount);
  });
});
