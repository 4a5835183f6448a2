import { defineRule } from '../../src/engine/rule.js';
import { closestPod } from '../../src/graph/closest-pod.js';
import { formatSelector, selectorFromMap } from '../../src/graph/selector.js';

export default defineRule({
  id: 'service-no-matching-pods',
  category: 'services',
  severity: 'error',
  description: "A Service's selector matches no pod template in its namespace.",
  target: ['Service'],
  reads: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  messages: {
    noPods: (service: string, selector: string, namespace: string) =>
      `Service ${service} selects ${selector}, but no pod template in namespace ${namespace} has those labels; the Service has no endpoints.`,
    closest: (service: string, selector: string, owner: string, missing: string) =>
      `Service ${service} selects ${selector}, but no pod template has those labels; the closest, ${owner}, lacks ${missing}.`,
  },
  docs: {
    diagnosis: 'No Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob in the Service\'s namespace has pod labels that satisfy `spec.selector`. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` shows no endpoints.',
    fix: 'Correct the selector (or the pod template labels) so that they agree; a typo in a label key or value is the usual cause. Services without a selector (for manually managed endpoints) and ExternalName Services are not reported.',
    why: 'A Service routes only to ready pods matched by its selector. With no match, connections to the Service IP are refused or time out, and a headless Service name resolves to nothing.',
    world: 'Reported only when the input is the authority for pods in that namespace: the Namespace is declared in the input, the input holds some workload there, or `assume: complete` is set.',
  },
  check(service, { graph, report, messages }) {
    const spec = service.body.spec;
    const selector = spec?.selector;
    const namespace = service.namespace;
    if (!selector || Object.keys(selector).length === 0 || spec?.type === 'ExternalName' || namespace === undefined) return;
    if (graph.podsSelectedBy(selector, namespace).length > 0) return;
    if (!graph.isAuthoritative(namespace, 'Pod')) return;
    const labelSelector = selectorFromMap(selector);
    const text = formatSelector(labelSelector);
    const closest = closestPod(graph.pods(namespace), labelSelector);
    if (!closest) {
      report(messages.noPods(service.name, text, namespace), { at: ['spec', 'selector'] });
      return;
    }
    const owner = closest.pod.owner;
    report(messages.closest(service.name, text, `${owner.kind} ${owner.name}`, closest.missing), {
      at: ['spec', 'selector'],
      related: [{ resource: owner, path: [...closest.pod.path, 'metadata', 'labels'], message: `pod labels of ${owner.kind} ${owner.name}` }],
    });
  },
});
