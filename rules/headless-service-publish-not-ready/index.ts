import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/graph/resource.js';
import { containersOf } from '../../src/k8s/containers.js';
import { dnsMentionsIn, type DnsMention } from '../../src/k8s/dns-mentions.js';
import { isHeadless, statefulSetPodName } from '../../src/k8s/dns-resolution.js';

/** Whether a mention names another pod of this StatefulSet through its governing Service. */
function namesPeer(mention: DnsMention, statefulSet: Resource<'StatefulSet'>, service: string, clusterDomain: string): boolean {
  const domain = mention.parsed.domain;
  if (domain !== undefined && domain !== '' && domain !== clusterDomain) return false;
  return mention.parsed.meanings.some((meaning) => {
    if (meaning.form !== 'pod' || meaning.pod.kind !== 'literal' || meaning.service.kind !== 'literal' || meaning.service.text !== service) return false;
    if (meaning.namespace !== undefined && (meaning.namespace.kind !== 'literal' || meaning.namespace.text !== statefulSet.namespace)) return false;
    return statefulSetPodName(meaning.pod.text)?.set === statefulSet.name;
  });
}

export default defineRule({
  id: 'headless-service-publish-not-ready',
  category: 'dns',
  severity: 'warning',
  description: 'A StatefulSet that starts its pods in parallel names its peers by pod DNS name, but its headless Service publishes only ready pods.',
  target: ['StatefulSet'],
  reads: ['Service', 'ConfigMap'],
  messages: {
    notPublished: (service: string, statefulSet: string, peer: string, place: string) =>
      `StatefulSet ${statefulSet} names its peers by pod DNS name (${peer} in ${place}), but its governing Service ${service} does not set publishNotReadyAddresses: true; the names resolve only once a pod is ready, and pods that need their peers to become ready never do.`,
  },
  docs: {
    diagnosis: 'A StatefulSet with `podManagementPolicy: Parallel` has a readiness or startup probe, and its own configuration — env values, command and args, or a ConfigMap its pods use — lists its members by pod DNS name (`<name>-0.<service>…`), while the headless Service named by `spec.serviceName` lacks `publishNotReadyAddresses: true`. During a first start or a full restart, `nslookup <name>-1.<service>` fails from pod 0 until pod 1 is ready.',
    fix: 'Set `spec.publishNotReadyAddresses: true` on the governing headless Service, and keep a separate Service (without it) for clients, so they only reach ready members.',
    why: 'Cluster DNS publishes a pod\'s name under a headless Service only while the pod is ready, unless the Service sets `publishNotReadyAddresses`. Members that discover each other by name (ZooKeeper, etcd, Kafka KRaft controllers, Cassandra seeds, Consul) then cannot resolve peers before they are ready; if readiness means "joined the cluster", no member ever becomes ready. Whether a given probe waits for peers cannot be seen in a manifest, so this is a warning: a probe that only checks a local port makes the problem a slow start rather than a deadlock. StatefulSets with the default `OrderedReady` policy are not reported: pod n is created only once pods 0 to n-1 are ready, so the lower ordinals it names resolve, and the higher ones do not exist yet whatever the Service says (a cluster that needs a quorum to become ready needs `Parallel` and this setting together).',
  },
  check(statefulSet, { graph, settings, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const pod = graph.podTemplateOf(statefulSet);
    if (typeof serviceName !== 'string' || statefulSet.namespace === undefined || !pod) return;
    const service = graph.find('Service', statefulSet.namespace, serviceName);
    if (!service || !isHeadless(service) || service.body.spec?.publishNotReadyAddresses === true) return;
    // With OrderedReady, pod n starts only once pods 0..n-1 are ready, so the peers it names already resolve.
    if (statefulSet.body.spec?.podManagementPolicy !== 'Parallel') return;
    const gated = containersOf(pod).some((entry) => entry.role !== 'init' && (entry.container.readinessProbe || entry.container.startupProbe));
    if (!gated) return;
    const configMaps = graph
      .referencesFrom(statefulSet)
      .flatMap((reference) => (reference.to.kind === 'ConfigMap' && reference.resolved ? [reference.resolved] : []));
    const mentions = [statefulSet, ...new Set(configMaps)].flatMap((resource) => dnsMentionsIn(graph, resource));
    const peer = mentions.find((mention) => namesPeer(mention, statefulSet, serviceName, settings.clusterDomain));
    if (!peer) return;
    const place = peer.resource === statefulSet ? peer.place : `${peer.place} of ConfigMap ${peer.resource.name}`;
    report(messages.notPublished(service.name, statefulSet.name, peer.written, place), {
      at: { resource: service, path: ['spec', 'publishNotReadyAddresses'] },
      related: [
        { resource: peer.resource, path: [...peer.path], message: `names peer ${peer.written}` },
        { resource: statefulSet, path: ['spec', 'serviceName'], message: `StatefulSet ${statefulSet.name} is governed by Service ${service.name}` },
      ],
    });
  },
});
