import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { checkMissingKeys, checkMissingReferences } from '../../src/k8s/missing-references.js';

export default defineRule({
  id: 'workload-configmap-missing',
  category: 'workloads',
  severity: 'error',
  description: 'A pod template uses a ConfigMap, or a key of one, that its namespace does not have.',
  target: POD_TEMPLATE_OWNER_KINDS,
  reads: ['ConfigMap'],
  messages: {
    missing: (owner: string, configMap: string, use: string, namespace: string, effect: string) =>
      `${owner} uses ConfigMap "${configMap}" (${use}), but namespace ${namespace} has no ConfigMap of that name, so ${effect}.`,
    missingWithHint: (owner: string, configMap: string, use: string, namespace: string, candidate: string) =>
      `${owner} uses ConfigMap "${configMap}" (${use}), but namespace ${namespace} has no ConfigMap of that name; did you mean "${candidate}"?`,
    wrongNamespace: (owner: string, configMap: string, use: string, namespace: string, other: string) =>
      `${owner} uses ConfigMap "${configMap}" (${use}) in namespace ${namespace}, but that ConfigMap is in namespace ${other}; pods can only use ConfigMaps of their own namespace.`,
    keyMissing: (owner: string, key: string, configMap: string, use: string, available: string, effect: string) =>
      `${owner} reads key "${key}" of ConfigMap ${configMap} (${use}), which has only ${available}, so ${effect}.`,
    keyMissingWithHint: (owner: string, key: string, configMap: string, use: string, candidate: string) =>
      `${owner} reads key "${key}" of ConfigMap ${configMap} (${use}), which has no such key; did you mean "${candidate}"?`,
  },
  docs: {
    diagnosis: 'A `configMap` volume, a projected `configMap` source, `envFrom.configMapRef` or `env.valueFrom.configMapKeyRef` names a ConfigMap that is not in the pod\'s namespace, or a key (`configMapKeyRef.key`, `items[].key`) that the ConfigMap does not hold. `kubectl describe pod` shows `configmap "<name>" not found` or `couldn\'t find key <key> in ConfigMap`.',
    fix: 'Correct the name or the key, or define the ConfigMap (with the key) in the namespace of the pods: a pod can only use ConfigMaps of its own namespace. If the pod must start without it, mark the reference `optional: true`.',
    why: 'The kubelet resolves ConfigMaps when it starts a pod. A missing ConfigMap or key behind a volume keeps the pod in ContainerCreating (`MountVolume.SetUp failed`); behind an environment variable the container never starts (`CreateContainerConfigError`). Kubernetes accepts the workload anyway, so the mistake surfaces only at rollout.',
    world: 'ConfigMaps are often made outside the manifests (`kubectl create configmap --from-file`, a CI step), so in a partial input a missing ConfigMap is reported only with evidence of a mistake: the namespace holds a ConfigMap with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing ConfigMap is reported. Never reported: optional references; `kube-root-ca.crt` and Istio\'s `istio-ca-root-cert`; kustomize `configMapGenerator` entries; objects named after a custom resource whose operator makes them; placeholders that cannot be names (`$CONFIG`, `<your-config>`). A missing key is reported only for a ConfigMap defined in the input with at least one key.',
  },
  check(owner, context) {
    checkMissingReferences('ConfigMap', owner, context);
    checkMissingKeys('ConfigMap', owner, context);
  },
});
