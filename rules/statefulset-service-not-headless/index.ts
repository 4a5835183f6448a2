import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: 'statefulset-service-not-headless',
  category: 'workloads',
  severity: 'warning',
  description: "The Service governing a StatefulSet is not headless (clusterIP: None), so the pods get no stable DNS names.",
  target: ['StatefulSet'],
  reads: ['Service'],
  messages: {
    notHeadless: (service: string, statefulSet: string, clusterIP: string) =>
      `Service ${service} governs StatefulSet ${statefulSet} but is not headless (${clusterIP}); set clusterIP: None so that each pod gets a DNS name.`,
    externalName: (service: string, statefulSet: string) =>
      `Service ${service} governs StatefulSet ${statefulSet} but is of type ExternalName; the governing Service must be a headless Service selecting the pods.`,
  },
  docs: {
    diagnosis: 'The Service named by the StatefulSet\'s `spec.serviceName` exists but has a cluster IP (no `clusterIP: None`, or a concrete IP), or is an ExternalName Service. `kubectl get svc <name>` shows an IP in CLUSTER-IP instead of `None`.',
    fix: 'Set `spec.clusterIP: None` on the governing Service (clusterIP is immutable: delete and recreate the Service), and keep a second, normal Service for clients that want load balancing.',
    why: 'A warning, not an error, because a single-replica database reached only through the Service name keeps working; the error-level findings are in dns-name-unresolvable, when something actually uses a pod name. Cluster DNS publishes per-pod A records `<pod>.<service>.<namespace>.svc.<domain>` only for headless Services. With a cluster IP, the Service name resolves to one virtual IP and the pod names do not resolve at all, so members that address each other by pod name cannot form a cluster.',
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    if (typeof serviceName !== 'string' || namespace === undefined) return;
    const service = graph.find('Service', namespace, serviceName);
    if (!service) return;
    const spec = service.body.spec;
    const related = [{ resource: statefulSet, path: ['spec', 'serviceName'], message: `StatefulSet ${statefulSet.name} names this Service as its governing Service` }];
    if (spec?.type === 'ExternalName') {
      report(messages.externalName(service.name, statefulSet.name), { at: { resource: service, path: ['spec', 'type'] }, related });
      return;
    }
    if (spec?.clusterIP === 'None') return;
    const clusterIP = spec?.clusterIP === undefined ? 'no clusterIP, so one is allocated' : `clusterIP: ${spec.clusterIP}`;
    report(messages.notHeadless(service.name, statefulSet.name, clusterIP), {
      at: { resource: service, path: spec?.clusterIP === undefined ? ['spec'] : ['spec', 'clusterIP'] },
      related,
    });
  },
});
