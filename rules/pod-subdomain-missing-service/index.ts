import { defineRule } from '../../src/engine/rule.js';
import { isHeadless } from '../../src/k8s/dns-resolution.js';
import type { Resource } from '../../src/graph/resource.js';
import { similarName } from '../../src/k8s/object-names.js';

export default defineRule({
  id: 'pod-subdomain-missing-service',
  category: 'dns',
  severity: 'warning',
  description: "A pod template's spec.subdomain names no headless Service selecting those pods in their namespace.",
  target: ['Pod', 'Deployment', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  reads: ['Service'],
  messages: {
    missing: (owner: string, subdomain: string, namespace: string) =>
      `${owner} sets subdomain "${subdomain}", but namespace ${namespace} has no Service of that name, so the pods' names <hostname>.${subdomain}.${namespace}.svc never resolve.`,
    missingSimilar: (owner: string, subdomain: string, namespace: string, similar: string) =>
      `${owner} sets subdomain "${subdomain}", but namespace ${namespace} has no Service of that name; did you mean headless Service ${similar}?`,
    notHeadless: (owner: string, subdomain: string) =>
      `${owner} sets subdomain "${subdomain}", but Service ${subdomain} is not headless (it lacks clusterIP: None); cluster DNS publishes pod names only under headless Services.`,
    notSelected: (owner: string, subdomain: string) =>
      `${owner} sets subdomain "${subdomain}", but headless Service ${subdomain} does not select its pods; pod names come from the Service's endpoints, so they never resolve.`,
  },
  docs: {
    diagnosis: 'The pod template sets `spec.subdomain`, and in its namespace there is no Service of that name, the Service has a cluster IP, or its selector does not match the pod labels. From another pod, `nslookup <hostname>.<subdomain>.<namespace>.svc.<cluster-domain>` answers NXDOMAIN.',
    fix: 'Create a headless Service (`clusterIP: None`) named like the subdomain whose selector matches the pod labels, or correct `subdomain`. Set `spec.hostname` too: a pod without a hostname gets no per-pod record. StatefulSets are not checked here: their controller sets each pod\'s subdomain from `spec.serviceName` (see statefulset-service-missing).',
    why: 'Cluster DNS builds per-pod records `<hostname>.<subdomain>.<namespace>.svc.<domain>` from the endpoints of a headless Service whose name equals the pod\'s subdomain: the endpoints controller records a pod\'s hostname only for that Service, and only pods the Service selects have endpoints. Without such a Service the subdomain does nothing, and peers configured with those names fail with "unknown host".',
    world: 'A missing Service is reported only when the input is the authority for Services in the namespace (declared there, other Services present, or `assume: complete`).',
  },
  check(owner, { graph, report, messages }) {
    const pod = graph.podTemplateOf(owner);
    const subdomain = pod?.spec.subdomain;
    if (!pod || typeof subdomain !== 'string' || subdomain === '') return;
    const selects = (service: Resource<'Service'>): boolean => {
      const selector = service.body.spec?.selector;
      return !selector || Object.keys(selector).length === 0 || graph.podsSelectedBy(selector, pod.namespace).includes(pod);
    };
    const at = [...pod.specPath, 'subdomain'];
    const name = `${owner.kind} ${owner.name}`;
    // Repositories of samples may define one name several times; any of them can be the right one.
    const services = graph.findAll('Service', pod.namespace, subdomain).filter((candidate): candidate is Resource<'Service'> => candidate.is('Service') && candidate.group === '');
    const service = services.find((candidate) => isHeadless(candidate) && selects(candidate)) ?? services.find(isHeadless) ?? services[0];
    if (!service) {
      if (graph.exists({ kind: 'Service', namespace: pod.namespace, name: subdomain }) !== 'no') return;
      const headless = graph.ofKind('Service', pod.namespace).filter(isHeadless);
      const similar = headless.find((candidate) => candidate.name === similarName(subdomain, headless.map((entry) => entry.name)));
      if (similar) {
        report(messages.missingSimilar(name, subdomain, pod.namespace, similar.name), { at, related: [{ resource: similar, message: `headless Service ${similar.name}` }] });
      } else {
        report(messages.missing(name, subdomain, pod.namespace), { at });
      }
      return;
    }
    if (!isHeadless(service)) {
      report(messages.notHeadless(name, subdomain), { at, related: [{ resource: service, path: ['spec', 'clusterIP'], message: `Service ${service.name} has a cluster IP` }] });
      return;
    }
    // A Service without a selector has endpoints managed by hand; whether they name this pod is not known.
    if (!selects(service)) {
      report(messages.notSelected(name, subdomain), { at, related: [{ resource: service, path: ['spec', 'selector'], message: `the selector of Service ${service.name}` }] });
    }
  },
});
