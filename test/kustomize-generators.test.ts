import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../src/config/resolved.js';
import { lint } from '../src/engine/lint.js';
import { DEFAULT_SETTINGS } from '../src/engine/settings.js';
import { sourceFromBytes } from '../src/load/files.js';
import { kustomizeGeneratedObjects } from '../src/load/kustomize-generators.js';
import { rules } from '../rules/index.js';

const KUSTOMIZATION = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [deployment.yaml, config.yaml]
configMapGenerator:
  - name: api-env
    envs: [api.env]
  - name: api-config
    behavior: merge
    literals: [EXTRA_FLAG=on]
secretGenerator:
  - name: api-keys
    files: [keys.txt]
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: api
          image: registry.example.com/api:1.0.0
          envFrom: [{ configMapRef: { name: api-env } }, { secretRef: { name: api-keys } }]
          env:
            - name: EXTRA_FLAG
              valueFrom: { configMapKeyRef: { name: api-config, key: EXTRA_FLAG } }
`;

const CONFIG = `apiVersion: v1
kind: ConfigMap
metadata: { name: api-config, namespace: shop }
data: { LOG_LEVEL: info }
`;

const ids = ['workload-configmap-missing', 'workload-secret-missing'];
const chosen = rules.filter((rule) => ids.includes(rule.id));
const config: ResolvedConfig = {
  ...DEFAULT_CONFIG,
  preset: 'all',
  settings: { ...DEFAULT_SETTINGS, assume: 'complete' },
  rules: Object.fromEntries(ids.map((id) => [id, { level: 'error' as const }])),
};

function findings(files: Record<string, string>): string[] {
  const sources = Object.entries(files).map(([path, text]) => sourceFromBytes(path, new TextEncoder().encode(text)));
  return lint(sources, config, chosen).files.flatMap((file) => file.diagnostics.map((diagnostic) => `${diagnostic.ruleId}:${diagnostic.messageId}`));
}

describe('kustomize generators', () => {
  it('reads the names a kustomization generates', () => {
    expect(kustomizeGeneratedObjects('base/kustomization.yaml', KUSTOMIZATION).map((object) => `${object.kind}/${object.name}`)).toEqual([
      'ConfigMap/api-env',
      'ConfigMap/api-config',
      'Secret/api-keys',
    ]);
    expect(kustomizeGeneratedObjects('values.yaml', 'configMapGenerator: [{ name: x }]\n')).toEqual([]);
  });

  it('keeps generated ConfigMaps and Secrets, and keys merged into one, from being reported', () => {
    expect(findings({ 'base/deployment.yaml': DEPLOYMENT, 'base/config.yaml': CONFIG })).toEqual([
      'workload-configmap-missing:missing',
      'workload-secret-missing:missing',
      'workload-configmap-missing:keyMissing',
    ]);
    expect(findings({ 'base/kustomization.yaml': KUSTOMIZATION, 'base/deployment.yaml': DEPLOYMENT, 'base/config.yaml': CONFIG })).toEqual([]);
  });
});
