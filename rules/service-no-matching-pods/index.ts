import { defineRule } from '../../src/engine/rule.js';
import type { PodTemplate } from '../../src/graph/pod-template.js';
import { formatSelector, selectorFromMap } from '../../src/graph/selector.js';

/** How close pod labels come to a selector: an equal label counts 2, the same key with another value 1. */
function closeness(selector: Readonly<Record<string, string>>, pod: PodTemplate): number {
  let score = 0;
  for (const [key, value] of Object.entries(selector)) {
    if (pod.labels[key] === String(value)) score += 2;
    else if (pod.labels[key] !== undefined) score += 1;
  }
  return score;
}

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
    const text = formatSelector(selectorFromMap(selector));
    let closest: PodTemplate | undefined;
    let best = 0;
    for (const pod of graph.pods(namespace)) {
      const shared = closeness(selector, pod);
      if (shared > best) {
        best = shared;
        closest = pod;
      }
    }
    if (!closest) {
      report(messages.noPods(service.name, text, namespace), { at: ['spec', 'selector'] });
      return;
    }
    const pod = closest;
    const missing = Object.entries(selector)
      .filter(([key, value]) => pod.labels[key] !== String(value))
      .map(([key, value]) => (pod.labels[key] === undefined ? `${key}=${value}` : `${key}=${value} (it has ${key}=${pod.labels[key]})`))
      .join(', ');
    report(messages.closest(service.name, text, `${pod.owner.kind} ${pod.owner.name}`, missing), {
      at: ['spec', 'selector'],
      related: [{ resource: pod.owner, path: [...pod.path, 'metadata', 'labels'], message: `pod labels of ${pod.owner.kind} ${pod.owner.name}` }],
    });
  },
});
