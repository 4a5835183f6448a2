import { defineRule } from '../../src/engine/rule.js';
import { isHeadless } from '../../src/k8s/dns-resolution.js';
import { lookupNamedPort, podsOfService, servicePortsOf, targetPortName } from '../../src/k8s/service-ports.js';

export default defineRule({
  id: 'headless-service-port-remap',
  category: 'services',
  severity: 'warning',
  description: 'A headless Service maps a port to a different targetPort, which nothing applies: clients dial the pods on `port`.',
  target: ['Service'],
  reads: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  messages: {
    numeric: (service: string, port: number, targetPort: number) =>
      `Headless Service ${service} maps port ${port} to targetPort ${targetPort}, but a headless Service has no virtual IP to translate ports: clients resolve the pod IPs and connect to ${port}, where the pods listen on ${targetPort}.`,
    named: (service: string, port: number, name: string, containerPort: number, owner: string) =>
      `Headless Service ${service} maps port ${port} to targetPort "${name}", which ${owner} declares as container port ${containerPort}; clients of a headless Service connect to the pod IPs on ${port} and nothing remaps it to ${containerPort}.`,
  },
  docs: {
    diagnosis: 'A Service with `clusterIP: None` has a port whose `targetPort` is another number, or names a container port whose number differs from `port`. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` lists the target port, while clients of the name connect to the Service port.',
    fix: 'Make `port` equal to the port the containers listen on, and drop `targetPort` (it defaults to `port`). If clients must use another port, give them a normal ClusterIP Service for it and keep the headless Service for pod discovery.',
    why: 'Port translation is done by kube-proxy on a Service\'s virtual IP. A headless Service has none: its DNS name resolves straight to pod IPs, so a client that read the port from the Service definition (or from configuration written against it) connects to `port` on the pod and is refused. Only clients that look up SRV records get the target port. Istio builds its listeners for headless Services on `port` too (maintainers call `targetPort != port` on a headless Service a configuration not to use, istio/istio#51908), so meshed traffic to the target port is not matched as that Service.',
  },
  check(service, { graph, report, messages }) {
    if (!isHeadless(service) || service.namespace === undefined) return;
    const pods = podsOfService(graph, service);
    for (const { port, index } of servicePortsOf(service)) {
      if (typeof port.port !== 'number') continue;
      const at = ['spec', 'ports', index, 'targetPort'];
      if (typeof port.targetPort === 'number') {
        if (port.targetPort !== port.port) report(messages.numeric(service.name, port.port, port.targetPort), { at });
        continue;
      }
      const name = targetPortName(port);
      if (name === undefined) continue;
      const protocol = port.protocol ?? 'TCP';
      const resolved = pods.flatMap((pod) => {
        const match = lookupNamedPort(pod, name, protocol).match;
        return match ? [{ owner: pod.owner, match }] : [];
      });
      // A pod that resolves the name to `port` itself is reached either way; report only a remap every pod shares.
      const first = resolved[0];
      if (first === undefined || resolved.some(({ match }) => match.port.containerPort === port.port)) continue;
      const { owner, match } = first;
      if (typeof match.port.containerPort !== 'number') continue;
      report(messages.named(service.name, port.port, name, match.port.containerPort, `${owner.kind} ${owner.name}`), {
        at,
        related: [{ resource: owner, path: [...match.path, 'containerPort'], message: `container port "${name}" of ${owner.kind} ${owner.name}` }],
      });
    }
  },
});
