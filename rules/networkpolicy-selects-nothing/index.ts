import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { closestPod } from '../../src/graph/closest-pod.js';
import { formatSelector, isEmptySelector } from '../../src/graph/selector.js';
import { mayHoldUnseenPods, podSelectorOf } from '../../src/k8s/network-policy.js';

export default defineRule({
  id: 'networkpolicy-selects-nothing',
  category: 'network-policy',
  severity: 'warning',
  description: "A NetworkPolicy's podSelector matches no pod template in its namespace.",
  target: ['NetworkPolicy'],
  reads: ['Namespace', ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    noPods: (policy: string, selector: string, namespace: string) =>
      `NetworkPolicy ${policy} selects ${selector}, but no pod template in namespace ${namespace} has those labels; the policy applies to no pod.`,
    closest: (policy: string, selector: string, owner: string, missing: string) =>
      `NetworkPolicy ${policy} selects ${selector}, but no pod template has those labels; the closest, ${owner}, lacks ${missing}.`,
  },
  docs: {
    diagnosis:
      "No Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob in the policy's namespace has pod labels that satisfy `spec.podSelector`. `kubectl get pods -n <namespace> -l <selector>` returns nothing. An empty `podSelector: {}` selects every pod of the namespace and is never reported.",
    fix:
      'Correct the selector (or the pod template labels) so that they agree; a typo in a label key or value, or labels put on the workload\'s own metadata instead of its pod template, are the usual causes. Remember that a NetworkPolicy only selects pods in its own namespace.',
    why:
      'A NetworkPolicy applies only to the pods its `podSelector` matches. One that matches nothing leaves the pods it was written for unprotected (no isolation at all) or, when it was meant to open a path next to a default-deny policy, leaves that path closed.',
    world:
      'Reported only when the input holds at least one workload in the policy\'s namespace (or `assume: complete` is set): a declared Namespace alone is not enough, because policies often ship apart from their workloads. Namespaces holding custom resources whose operators may run pods are not judged.',
  },
  check(policy, { graph, report, messages }) {
    const namespace = policy.namespace;
    const selector = podSelectorOf(policy);
    if (namespace === undefined || isEmptySelector(selector)) return;
    if (graph.podsSelectedBy(selector, namespace).length > 0 || mayHoldUnseenPods(graph, namespace)) return;
    const pods = graph.pods(namespace);
    const text = formatSelector(selector);
    const closest = closestPod(pods, selector);
    if (!closest) {
      report(messages.noPods(policy.name, text, namespace), { at: ['spec', 'podSelector'] });
      return;
    }
    const owner = closest.pod.owner;
    report(messages.closest(policy.name, text, `${owner.kind} ${owner.name}`, closest.missing), {
      at: ['spec', 'podSelector'],
      related: [{ resource: owner, path: [...closest.pod.path, 'metadata', 'labels'], message: `pod labels of ${owner.kind} ${owner.name}` }],
    });
  },
});
