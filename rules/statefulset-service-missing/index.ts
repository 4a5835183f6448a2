import { defineRule } from '../../src/engine/rule.js';
import { isControllerLabel, labelsForSelector } from '../../src/graph/controller-labels.js';
import { matchesSelector, selectorFromMap } from '../../src/graph/selector.js';

export default defineRule({
  id: 'statefulset-service-missing',
  category: 'workloads',
  severity: 'error',
  description: "A StatefulSet's spec.serviceName names no Service in its namespace.",
  target: ['StatefulSet'],
  reads: ['Service'],
  messages: {
    missing: (statefulSet: string, service: string, namespace: string) =>
      `StatefulSet ${statefulSet} is governed by Service "${service}", but namespace ${namespace} has no Service of that name, so its pods get no stable DNS names.`,
    missingWithHint: (statefulSet: string, service: string, namespace: string, candidate: string) =>
      `StatefulSet ${statefulSet} is governed by Service "${service}", but namespace ${namespace} has no Service of that name; Service "${candidate}" selects its pods — did you mean it?`,
  },
  docs: {
    diagnosis: '`spec.serviceName` of the StatefulSet names a Service that is not defined in the StatefulSet\'s namespace. `kubectl get svc <serviceName> -n <namespace>` returns NotFound, and `nslookup <pod>.<serviceName>` fails from any pod.',
    fix: 'Create a headless Service (`clusterIP: None`) with that name whose selector matches the pod template labels, or change `spec.serviceName` to the existing headless Service. `spec.serviceName` is immutable: changing it means deleting and recreating the StatefulSet (`kubectl delete sts <name> --cascade=orphan` keeps the pods).',
    why: 'The governing Service is what gives StatefulSet pods their stable DNS names `<pod>.<serviceName>.<namespace>.svc.<cluster-domain>`. Kubernetes accepts a StatefulSet whose Service does not exist and creates the pods anyway; peers that find each other by those names (Kafka, ZooKeeper, Cassandra, etcd) then fail with "unknown host" or "connection refused".',
    world: 'Reported only when the input is the authority for Services in that namespace: the Namespace is declared in the input, the input holds other Services there, or `assume: complete` is set.',
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    if (typeof serviceName !== 'string' || serviceName === '' || namespace === undefined) return;
    if (graph.find('Service', namespace, serviceName)) return;
    if (graph.exists({ kind: 'Service', namespace, name: serviceName }) !== 'no') return;
    const template = graph.podTemplateOf(statefulSet);
    // Each Service's selector is matched against this one template. Listing every pod a Service
    // selects and searching it cost Services x pods per StatefulSet: 4,000 StatefulSets whose
    // Services were all missing took 88 s.
    const candidate = graph
      .ofKind('Service', namespace)
      .filter((service) => {
        const selector = service.body.spec?.selector;
        if (selector === undefined || selector === null || Object.keys(selector).length === 0 || template === undefined) return false;
        // Cheap first: a plain label the template lacks rules the Service out without allocating.
        for (const [key, value] of Object.entries(selector)) if (template.labels[key] !== String(value) && !isControllerLabel(key)) return false;
        const wanted = Object.fromEntries(Object.entries(selector).map(([key, value]) => [key, String(value)]));
        return matchesSelector(labelsForSelector(template, wanted), selectorFromMap(wanted));
      })
      .sort((a, b) => Number(b.body.spec?.clusterIP === 'None') - Number(a.body.spec?.clusterIP === 'None'))[0];
    const message = candidate
      ? messages.missingWithHint(statefulSet.name, serviceName, namespace, candidate.name)
      : messages.missing(statefulSet.name, serviceName, namespace);
    report(message, {
      at: ['spec', 'serviceName'],
      related: candidate ? [{ resource: candidate, message: `Service ${candidate.name} selects the StatefulSet's pods` }] : [],
    });
  },
});
