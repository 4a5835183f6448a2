import { defineRule } from '../../src/engine/rule.js';
import { checkMissingReferences } from '../../src/k8s/missing-references.js';

export default defineRule({
  id: 'hpa-target-missing',
  category: 'workloads',
  severity: 'error',
  description: "A HorizontalPodAutoscaler's scaleTargetRef names a workload that its namespace does not have.",
  target: ['HorizontalPodAutoscaler'],
  reads: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'],
  messages: {
    missing: (autoscaler: string, target: string, kind: string, namespace: string, effect: string) =>
      `${autoscaler} scales ${kind} "${target}", but namespace ${namespace} has no ${kind} of that name, so ${effect}.`,
    missingWithHint: (autoscaler: string, target: string, kind: string, namespace: string, candidate: string) =>
      `${autoscaler} scales ${kind} "${target}", but namespace ${namespace} has no ${kind} of that name; did you mean "${candidate}"?`,
    wrongNamespace: (autoscaler: string, target: string, kind: string, namespace: string, other: string) =>
      `${autoscaler} in namespace ${namespace} scales ${kind} "${target}", which is in namespace ${other}; an autoscaler only scales objects of its own namespace.`,
  },
  docs: {
    diagnosis: '`spec.scaleTargetRef` names a Deployment, StatefulSet, ReplicaSet or other scalable object (by `kind` and `name`) that is not in the autoscaler\'s namespace. `kubectl describe hpa` shows `FailedGetScale` and the targets column reads `<unknown>`.',
    fix: 'Correct `scaleTargetRef.kind` and `scaleTargetRef.name` (and `apiVersion`) to the workload to scale, which must be in the same namespace as the autoscaler.',
    why: 'The autoscaler reads and writes the target\'s scale subresource. Without the target it cannot compute a replica count, so the workload it was meant to protect runs with a fixed replica count under load. Kubernetes accepts the autoscaler anyway, so nothing fails at apply time.',
    world: 'The target may be made outside the manifests (another chart, an operator\'s custom resource), so in a partial input a missing target is reported only with evidence of a mistake: the namespace holds an object of that kind with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing target is reported. Targets named after a custom resource whose operator makes them are not missing.',
  },
  check(autoscaler, context) {
    const target = context.graph.referencesFrom(autoscaler).find((reference) => reference.path[1] === 'scaleTargetRef');
    if (target) checkMissingReferences(target.to.kind, autoscaler, context);
  },
});
