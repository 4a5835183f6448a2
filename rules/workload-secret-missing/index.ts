import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { checkMissingKeys, checkMissingReferences } from '../../src/k8s/missing-references.js';

export default defineRule({
  id: 'workload-secret-missing',
  category: 'workloads',
  severity: 'error',
  description: 'A pod template uses a Secret, or a key of one, that its namespace does not have.',
  target: POD_TEMPLATE_OWNER_KINDS,
  reads: ['Secret'],
  messages: {
    missing: (owner: string, secret: string, use: string, namespace: string, effect: string) =>
      `${owner} uses Secret "${secret}" (${use}), but namespace ${namespace} has no Secret of that name, so ${effect}.`,
    missingWithHint: (owner: string, secret: string, use: string, namespace: string, candidate: string) =>
      `${owner} uses Secret "${secret}" (${use}), but namespace ${namespace} has no Secret of that name; did you mean "${candidate}"?`,
    wrongNamespace: (owner: string, secret: string, use: string, namespace: string, other: string) =>
      `${owner} uses Secret "${secret}" (${use}) in namespace ${namespace}, but that Secret is in namespace ${other}; pods can only use Secrets of their own namespace.`,
    keyMissing: (owner: string, key: string, secret: string, use: string, available: string, effect: string) =>
      `${owner} reads key "${key}" of Secret ${secret} (${use}), which has only ${available}, so ${effect}.`,
    keyMissingWithHint: (owner: string, key: string, secret: string, use: string, candidate: string) =>
      `${owner} reads key "${key}" of Secret ${secret} (${use}), which has no such key; did you mean "${candidate}"?`,
  },
  docs: {
    diagnosis: 'A `secret` volume, a projected `secret` source, `envFrom.secretRef`, `env.valueFrom.secretKeyRef` or `imagePullSecrets` names a Secret that is not in the pod\'s namespace, or a key (`secretKeyRef.key`, `items[].key`) that the Secret does not hold. `kubectl describe pod` shows `secret "<name>" not found` or `couldn\'t find key <key> in Secret`.',
    fix: 'Correct the name or the key, or create the Secret (with the key) in the namespace of the pods: a pod can only use Secrets of its own namespace. If the pod must start without it, mark the reference `optional: true`.',
    why: 'The kubelet resolves Secrets when it starts a pod. A missing Secret or key behind a volume keeps the pod in ContainerCreating (`MountVolume.SetUp failed`); behind an environment variable the container never starts (`CreateContainerConfigError`); a missing image pull Secret makes pulls from a private registry fail. Kubernetes accepts the workload anyway, so the mistake surfaces only at rollout.',
    world: 'Secrets are usually kept out of manifests on purpose (`kubectl create secret`, Vault, a CI job, an operator), so in a partial input a missing Secret is reported only with evidence of a mistake: the namespace holds a Secret with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing Secret is reported. Never reported: optional references; Secrets that objects in the input will have written (cert-manager `Certificate.spec.secretName`, SealedSecret, ExternalSecret, Vault Secrets Operator, 1Password, Strimzi `KafkaUser`, `writeConnectionSecretToRef`); kustomize `secretGenerator` entries; Secrets named after a custom resource whose operator makes them; placeholders that cannot be names. A missing key is reported only for a Secret defined in the input with at least one key.',
  },
  check(owner, context) {
    checkMissingReferences('Secret', owner, context);
    checkMissingKeys('Secret', owner, context);
  },
});
