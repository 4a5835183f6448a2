import { defineRule } from '../../src/engine/rule.js';
import { formatSelector, matchesSelector, selectorFromMap } from '../../src/graph/selector.js';

export default defineRule({
  id: 'statefulset-service-selector-mismatch',
  category: 'workloads',
  severity: 'error',
  description: "The Service governing a StatefulSet does not select the StatefulSet's pods.",
  target: ['StatefulSet'],
  reads: ['Service'],
  messages: {
    mismatch: (service: string, selector: string, statefulSet: string, labels: string) =>
      `Service ${service} governs StatefulSet ${statefulSet} but its selector ${selector} does not match the pod labels ${labels}; the pods get no DNS records.`,
    noSelector: (service: string, statefulSet: string) =>
      `Service ${service} governs StatefulSet ${statefulSet} but has no selector, so no endpoints (and no pod DNS records) are created for its pods.`,
  },
  docs: {
    diagnosis: "The governing Service's `spec.selector` is missing, or asks for labels the StatefulSet's pod template does not carry. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` lists no pod addresses.",
    fix: "Make the Service's `spec.selector` a subset of the pod template's `metadata.labels` (usually the same labels as the StatefulSet's `spec.selector.matchLabels`).",
    why: "Cluster DNS builds the per-pod records of a headless Service from its endpoints, and endpoints come from the selector. A selector that matches none of the StatefulSet's pods leaves `<pod>.<service>` unresolvable even though the Service exists and is headless.",
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    const template = graph.podTemplateOf(statefulSet);
    if (typeof serviceName !== 'string' || namespace === undefined || !template) return;
    const service = graph.find('Service', namespace, serviceName);
    if (!service || service.body.spec?.type === 'ExternalName') return;
    const selector = service.body.spec?.selector;
    const related = [{ resource: statefulSet, path: [...template.path, 'metadata', 'labels'], message: `the pod labels of StatefulSet ${statefulSet.name}` }];
    if (selector === undefined || selector === null || Object.keys(selector).length === 0) {
      report(messages.noSelector(service.name, statefulSet.name), { at: { resource: service, path: ['spec', 'selector'] }, related });
      return;
    }
    if (matchesSelector(template.labels, selectorFromMap(selector))) return;
    const labels = formatSelector(selectorFromMap(template.labels));
    report(messages.mismatch(service.name, formatSelector(selectorFromMap(selector)), statefulSet.name, labels), {
      at: { resource: service, path: ['spec', 'selector'] },
      related,
    });
  },
});
