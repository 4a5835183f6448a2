import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { checkMissingReferences } from '../../src/k8s/missing-references.js';

export default defineRule({
  id: 'workload-pvc-missing',
  category: 'workloads',
  severity: 'error',
  description: 'A pod template mounts a PersistentVolumeClaim that its namespace does not have.',
  target: POD_TEMPLATE_OWNER_KINDS,
  reads: ['PersistentVolumeClaim'],
  messages: {
    missing: (owner: string, claim: string, use: string, namespace: string, effect: string) =>
      `${owner} mounts PersistentVolumeClaim "${claim}" (${use}), but namespace ${namespace} has no claim of that name, so ${effect}.`,
    missingWithHint: (owner: string, claim: string, use: string, namespace: string, candidate: string) =>
      `${owner} mounts PersistentVolumeClaim "${claim}" (${use}), but namespace ${namespace} has no claim of that name; did you mean "${candidate}"?`,
    wrongNamespace: (owner: string, claim: string, use: string, namespace: string, other: string) =>
      `${owner} mounts PersistentVolumeClaim "${claim}" (${use}) in namespace ${namespace}, but that claim is in namespace ${other}; pods can only mount claims of their own namespace.`,
  },
  docs: {
    diagnosis: 'A `persistentVolumeClaim.claimName` volume of the pod template names a claim that is not in the pod\'s namespace. The pods stay Pending and `kubectl describe pod` shows `persistentvolumeclaim "<name>" not found`.',
    fix: 'Correct the claim name, or create the PersistentVolumeClaim in the namespace of the pods. For per-replica storage in a StatefulSet, use `spec.volumeClaimTemplates` instead of a shared claim: a volume named like a claim template is replaced by the per-pod claim and is not reported.',
    why: 'The scheduler cannot place a pod whose claim does not exist, so it stays Pending until the claim appears. Kubernetes accepts the workload itself, so the mistake surfaces only at rollout.',
    world: 'Claims are sometimes created outside the manifests (by hand, by a backup restore, by an operator), so in a partial input a missing claim is reported only with evidence of a mistake: the namespace holds a claim with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing claim is reported. Never reported: StatefulSet volumes that a claim template replaces; ephemeral volumes; placeholders that cannot be names.',
  },
  check(owner, context) {
    checkMissingReferences('PersistentVolumeClaim', owner, context);
  },
});
