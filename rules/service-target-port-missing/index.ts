import { defineRule } from '../../src/engine/rule.js';
import type { PodTemplate } from '../../src/graph/pod-template.js';
import { containersOf, servingPorts } from '../../src/k8s/containers.js';
import { lookupNamedPort, servicePortsOf, targetPortName } from '../../src/k8s/service-ports.js';

function owners(pods: readonly PodTemplate[]): string {
  const names = pods.map((pod) => `${pod.owner.kind} ${pod.owner.name}`);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

/** Every container that serves traffic lists its ports, so a port missing from the list is really not declared. */
function declaresAllPorts(pod: PodTemplate): boolean {
  const serving = containersOf(pod).filter((entry) => entry.role !== 'init');
  return serving.length > 0 && serving.every((entry) => Array.isArray(entry.container.ports) && entry.container.ports.length > 0);
}

export default defineRule({
  id: 'service-target-port-missing',
  category: 'services',
  severity: 'error',
  description: "A Service's targetPort names a container port that none of the selected pods declares (or a number none of them lists).",
  target: ['Service'],
  reads: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  messages: {
    namedMissing: (service: string, port: string, name: string, owners: string) =>
      `Service ${service} sends port ${port} to targetPort "${name}", but no container of ${owners} declares a port named "${name}"; the Service has no endpoints on that port.`,
    namedOtherProtocol: (service: string, port: string, name: string, protocol: string, owner: string, declared: string) =>
      `Service ${service} sends ${protocol} port ${port} to targetPort "${name}", but ${owner} declares "${name}" as ${declared}; a named port must match the protocol too, so the Service has no endpoints on that port.`,
    numberMissing: (service: string, port: string, target: number, owner: string, declared: string) =>
      `Service ${service} sends port ${port} to targetPort ${target}, but no container of ${owner} declares ${target}: it declares ${declared}.`,
  },
  docs: {
    diagnosis: 'A Service port\'s `targetPort` is a name that no container of the pods the Service selects declares under `ports[].name` with the same protocol; or a number that none of their declared `containerPort`s has while a container port of the same name has another number, or the number is only a `hostPort`. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` shows no endpoints for that port.',
    fix: 'Use the name a container declares (names are case-sensitive and at most 15 characters), declare the port on the container with that name and the Service port\'s protocol, or use the number the application listens on.',
    why: 'For a named targetPort the endpoints controller looks, pod by pod, for a container port with that name and the Service port\'s protocol (init containers with `restartPolicy: Always`, the sidecars, count too in versions with sidecar containers; older controllers read app containers only, which may make this rule miss a port only a sidecar declares there). A pod without one is left out of that port\'s endpoints, so with no match at all, connections to the port are refused or time out. A numeric targetPort is used as it is, and declaring container ports is optional (and lists are often incomplete), so a number is reported only when every container lists its ports, none of them is that number, and the manifest shows the slip: a container port of the same name as the Service port with another number (one side was renumbered), or the number is a `hostPort` (which lives on the node, not the pod IP). Pods outside the input (made by operators) are not judged.',
    world: 'Reported only for pods in the input that the Service selects; a Service that selects none is service-no-matching-pods\' concern.',
  },
  check(service, { graph, report, messages }) {
    const spec = service.body.spec;
    const selector = spec?.selector;
    if (!selector || Object.keys(selector).length === 0 || spec?.type === 'ExternalName' || service.namespace === undefined) return;
    const pods = graph.podsSelectedBy(selector, service.namespace);
    if (pods.length === 0) return;
    for (const { port, index } of servicePortsOf(service)) {
      const shown = `${port.name === undefined ? '' : `"${port.name}" `}(${port.port ?? '?'})`;
      const at = ['spec', 'ports', index, 'targetPort'];
      const protocol = port.protocol ?? 'TCP';
      const name = targetPortName(port);
      if (name !== undefined) {
        const lookups = pods.map((pod) => ({ pod, lookup: lookupNamedPort(pod, name, protocol) }));
        if (lookups.some(({ lookup }) => lookup.match)) continue;
        const other = lookups.find(({ lookup }) => lookup.otherProtocol);
        if (other?.lookup.otherProtocol) {
          const declared = other.lookup.otherProtocol;
          const owner = other.pod.owner;
          report(messages.namedOtherProtocol(service.name, shown, name, protocol, `${owner.kind} ${owner.name}`, `${declared.port.containerPort}/${declared.port.protocol ?? 'TCP'}`), {
            at,
            related: [{ resource: owner, path: [...declared.path, 'protocol'], message: `port "${name}" of container ${declared.container.container.name}` }],
          });
        } else {
          report(messages.namedMissing(service.name, shown, name, owners(pods)), {
            at,
            related: pods.slice(0, 3).map((pod) => ({ resource: pod.owner, path: [...pod.specPath, 'containers'], message: `containers of ${pod.owner.kind} ${pod.owner.name}` })),
          });
        }
        continue;
      }
      const target = port.targetPort;
      if (typeof target !== 'number' || !pods.every(declaresAllPorts)) continue;
      const declared = pods.flatMap((pod) => servingPorts(pod).map((entry) => ({ pod, entry })));
      if (declared.some(({ entry }) => entry.port.containerPort === target)) continue;
      // Declared lists are often incomplete; judge a number only when the manifest shows the slip.
      const slip =
        declared.find(({ entry }) => entry.port.hostPort === target) ??
        declared.find(({ entry }) => port.name !== undefined && entry.port.name === port.name);
      if (!slip) continue;
      const owner = slip.pod.owner;
      const seen = slip.entry.port.hostPort === target ? `hostPort ${target} on container port ${slip.entry.port.containerPort}` : `port "${port.name}" as ${slip.entry.port.containerPort}`;
      report(messages.numberMissing(service.name, shown, target, `${owner.kind} ${owner.name}`, seen), {
        at,
        related: [{ resource: owner, path: [...slip.entry.path], message: `container port of ${owner.kind} ${owner.name}` }],
      });
    }
  },
});
