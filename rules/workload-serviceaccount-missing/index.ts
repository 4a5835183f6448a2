import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { checkMissingReferences } from '../../src/k8s/missing-references.js';

export default defineRule({
  id: 'workload-serviceaccount-missing',
  category: 'workloads',
  severity: 'error',
  description: "A pod template's serviceAccountName names a ServiceAccount that its namespace does not have.",
  target: POD_TEMPLATE_OWNER_KINDS,
  reads: ['ServiceAccount'],
  messages: {
    missing: (owner: string, account: string, _use: string, namespace: string, effect: string) =>
      `${owner} runs as ServiceAccount "${account}", but namespace ${namespace} has no ServiceAccount of that name, so ${effect}.`,
    missingWithHint: (owner: string, account: string, _use: string, namespace: string, candidate: string) =>
      `${owner} runs as ServiceAccount "${account}", but namespace ${namespace} has no ServiceAccount of that name; did you mean "${candidate}"?`,
    wrongNamespace: (owner: string, account: string, _use: string, namespace: string, other: string) =>
      `${owner} runs as ServiceAccount "${account}" in namespace ${namespace}, but that ServiceAccount is in namespace ${other}; pods can only run as ServiceAccounts of their own namespace.`,
  },
  docs: {
    diagnosis: '`spec.serviceAccountName` (or the deprecated `spec.serviceAccount`) of the pod template names a ServiceAccount that is not in the pod\'s namespace. The workload exists but has no pods; `kubectl describe replicaset` shows `error looking up service account <namespace>/<name>: serviceaccount "<name>" not found`.',
    fix: 'Correct the name, or create the ServiceAccount in the namespace of the pods. RoleBindings that grant the workload its permissions must name the same ServiceAccount and namespace.',
    why: 'The ServiceAccount admission plugin rejects a pod whose ServiceAccount does not exist, so a Deployment, StatefulSet or Job stays at zero pods (a bare Pod is refused outright) until the account appears. Kubernetes accepts the workload itself, so the mistake surfaces only at rollout.',
    world: 'ServiceAccounts are often created outside the manifests (a Workload Identity tutorial\'s `kubectl create serviceaccount`, Terraform, an operator), so in a partial input a missing one is reported only with evidence of a mistake: the namespace holds a ServiceAccount with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing ServiceAccount is reported. Never reported: `default`; anything in kube-system, kube-public and kube-node-lease; placeholders that cannot be names (`$KSA_NAME`, `<ksa>`).',
  },
  check(owner, context) {
    checkMissingReferences('ServiceAccount', owner, context);
  },
});
