import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/graph/resource.js';
import { DNS_MENTION_KINDS, dnsMentionsIn, type DnsMention } from '../../src/k8s/dns-mentions.js';
import type { ClusterName } from '../../src/k8s/dns-names.js';
import { resolveName } from '../../src/k8s/dns-resolution.js';
import { servicePortsOf } from '../../src/k8s/service-ports.js';

/** The SRV question a mention asks: written as `_port._proto.<name>`, or implied by the client (`mongodb+srv://`). */
function srvQuestion(mention: DnsMention): { port: string; protocol: string; meanings: ClusterName[] } | undefined {
  const srv = mention.parsed.meanings.find((meaning) => meaning.form === 'srv');
  if (srv?.form === 'srv') return { port: srv.port, protocol: srv.protocol, meanings: [srv] };
  if (!mention.srv) return undefined;
  const services = mention.parsed.meanings.filter((meaning) => meaning.form === 'service');
  return services.length === 0 ? undefined : { port: mention.srv.service, protocol: mention.srv.protocol, meanings: services };
}

function namedPorts(service: Resource<'Service'>): string {
  const named = servicePortsOf(service).flatMap(({ port }) => (port.name ? [`${port.name}/${(port.protocol ?? 'TCP').toLowerCase()}`] : []));
  return named.length === 0 ? 'no named ports' : `only ${named.join(', ')}`;
}

export default defineRule({
  id: 'dns-srv-port-missing',
  category: 'dns',
  severity: 'error',
  description: 'An SRV name `_<port>._<proto>.<svc>.<ns>.svc` asks for a port the Service does not have by that name and protocol.',
  target: DNS_MENTION_KINDS,
  reads: ['Service'],
  messages: {
    missing: (name: string, place: string, port: string, protocol: string, service: string, ports: string) =>
      `${name} (in ${place}) asks for SRV records of port "${port}" over ${protocol}, but Service ${service} has ${ports}; the lookup returns nothing.`,
    otherProtocol: (name: string, place: string, port: string, protocol: string, service: string, actual: string) =>
      `${name} (in ${place}) asks for SRV records of port "${port}" over ${protocol}, but Service ${service} serves "${port}" over ${actual}; the lookup returns nothing.`,
  },
  docs: {
    diagnosis: 'A name of the form `_<port>._<proto>.<service>.<namespace>.svc[.<domain>]` (or a `mongodb+srv://` URL, whose driver looks up `_mongodb._tcp.<host>`) names a Service in the input that has no port with that `name` and protocol. `dig SRV _<port>._<proto>.<service>.<namespace>.svc.<domain>` from a pod returns no answer.',
    fix: 'Name the Service port as the SRV name says (`name: mongodb`, protocol TCP), or use the port name the Service declares. Port names are lowercase and case-sensitive; the protocol label is `_tcp`, `_udp` or `_sctp`.',
    why: 'Cluster DNS publishes SRV records only for named Service ports, under `_<port name>._<protocol>`; an unnamed port, another name or another protocol has no record. Clients that discover ports through SRV (MongoDB with `mongodb+srv`, gRPC and LDAP clients, Kerberos, SIP) then find no servers.',
    world: 'Judged only for Services in the input; whether the Service exists at all is dns-name-unresolvable\'s concern.',
  },
  check(resource, { graph, settings, report, messages }) {
    // Made at the first finding: most resources have none.
    let seen: Set<string> | undefined;
    for (const mention of dnsMentionsIn(graph, resource)) {
      const question = srvQuestion(mention);
      if (!question) continue;
      const context = mention.pod ? { namespace: mention.namespace, pod: mention.pod } : { namespace: mention.namespace };
      const resolution = resolveName(graph, settings, { ...mention.parsed, meanings: question.meanings }, context);
      if (resolution.status !== 'resolves' || !resolution.service) continue;
      const service = resolution.service;
      const ports = servicePortsOf(service);
      const protocol = question.protocol.toUpperCase();
      if (ports.some(({ port }) => port.name === question.port && (port.protocol ?? 'TCP') === protocol)) continue;
      const key = `${mention.written}|${mention.path.join('.')}`;
      seen ??= new Set();
      if (seen.has(key)) continue;
      seen.add(key);
      const sameName = ports.find(({ port }) => port.name === question.port);
      const shown = mention.srv ? `${mention.written} (looked up as _${question.port}._${question.protocol}.${mention.written})` : mention.written;
      const at = { resource: mention.resource, path: [...mention.path] };
      if (sameName) {
        report(messages.otherProtocol(shown, mention.place, question.port, protocol, service.name, sameName.port.protocol ?? 'TCP'), {
          at,
          related: [{ resource: service, path: ['spec', 'ports', sameName.index, 'protocol'], message: `port "${question.port}" of Service ${service.name}` }],
        });
      } else {
        report(messages.missing(shown, mention.place, question.port, protocol, service.name, namedPorts(service)), {
          at,
          related: [{ resource: service, path: ['spec', 'ports'], message: `ports of Service ${service.name}` }],
        });
      }
    }
  },
});
