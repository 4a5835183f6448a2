import { defineRule, type MessageBuilders, type RelatedInput, type RuleMessage } from '../../src/engine/rule.js';
import { formatPath } from '../../src/parse/source.js';
import { DNS_MENTION_KINDS, dnsMentionsIn, type DnsMention } from '../../src/k8s/dns-mentions.js';
import { resolveName, type Problem } from '../../src/k8s/dns-resolution.js';

const messages = {
  noNamespace: (name: string, place: string, namespace: string, similar: string) =>
    `${name} (in ${place}) names namespace ${namespace}, which does not exist; did you mean ${similar}?`,
  noNamespaceComplete: (name: string, place: string, namespace: string) =>
    `${name} (in ${place}) names namespace ${namespace}, which is not in the input (assume: complete).`,
  noService: (name: string, place: string, service: string, namespace: string) =>
    `${name} (in ${place}) cannot resolve: namespace ${namespace} has no Service ${service}.`,
  noServiceSimilar: (name: string, place: string, service: string, namespace: string, similar: string) =>
    `${name} (in ${place}) cannot resolve: namespace ${namespace} has no Service ${service}; did you mean ${similar}?`,
  noServiceElsewhere: (name: string, place: string, service: string, namespace: string, other: string) =>
    `${name} (in ${place}) cannot resolve: Service ${service} is in namespace ${other}, not ${namespace}.`,
  notHeadless: (name: string, place: string, pod: string, service: string) =>
    `${name} (in ${place}) names pod ${pod} through Service ${service}, which is not headless; pod names exist only under headless Services (clusterIP: None).`,
  notGoverning: (name: string, place: string, pod: string, service: string, statefulSet: string, governing: string) =>
    `${name} (in ${place}) names pod ${pod} through Service ${service}, but StatefulSet ${statefulSet} is governed by Service ${governing}; its pods' names exist only under that one.`,
  ordinal: (name: string, place: string, pod: string, statefulSet: string, range: string) =>
    `${name} (in ${place}) names pod ${pod}, but StatefulSet ${statefulSet} has only pods ${range}.`,
  randomName: (name: string, place: string, pod: string, owner: string) =>
    `${name} (in ${place}) names pod ${pod} of ${owner}, whose pods get random name suffixes and no per-pod DNS names; use a StatefulSet, or the Service name.`,
  noPod: (name: string, place: string, pod: string, service: string) =>
    `${name} (in ${place}) names pod ${pod} under headless Service ${service}, but no StatefulSet, or pod with that hostname and subdomain, in the input makes such a pod.`,
};

type Messages = MessageBuilders<typeof messages>;

function range(first: number, replicas: number): string {
  return replicas === 1 ? `${first}` : `${first} to ${first + replicas - 1}`;
}

function describe(problem: Problem, mention: DnsMention, built: Messages): { message: RuleMessage; related: RelatedInput[] } {
  const name = mention.written;
  const place = mention.place;
  switch (problem.reason) {
    case 'namespace':
      return problem.similar === undefined
        ? { message: built.noNamespaceComplete(name, place, problem.namespace), related: [] }
        : { message: built.noNamespace(name, place, problem.namespace, problem.similar), related: [] };
    case 'service': {
      const related: RelatedInput[] = [];
      if (problem.governs) related.push({ resource: problem.governs, path: ['spec', 'serviceName'], message: `StatefulSet ${problem.governs.name} expects governing Service ${problem.service} here` });
      if (problem.similar) {
        related.push({ resource: problem.similar, message: `Service ${problem.similar.name}` });
        return { message: built.noServiceSimilar(name, place, problem.service, problem.namespace, problem.similar.name), related };
      }
      if (problem.elsewhere?.namespace !== undefined) {
        related.push({ resource: problem.elsewhere, message: `Service ${problem.elsewhere.name} in namespace ${problem.elsewhere.namespace}` });
        return { message: built.noServiceElsewhere(name, place, problem.service, problem.namespace, problem.elsewhere.namespace), related };
      }
      return { message: built.noService(name, place, problem.service, problem.namespace), related };
    }
    case 'not-headless':
      return {
        message: built.notHeadless(name, place, problem.pod, problem.service.name),
        related: [{ resource: problem.service, path: ['spec', 'clusterIP'], message: `Service ${problem.service.name} has a cluster IP` }],
      };
    case 'not-governing': {
      const governing = String(problem.statefulSet.body.spec?.serviceName ?? '');
      return {
        message: built.notGoverning(name, place, problem.pod, problem.service.name, problem.statefulSet.name, governing),
        related: [{ resource: problem.statefulSet, path: ['spec', 'serviceName'], message: `StatefulSet ${problem.statefulSet.name} is governed by Service ${governing}` }],
      };
    }
    case 'ordinal':
      return {
        message: built.ordinal(name, place, problem.pod, problem.statefulSet.name, range(problem.first, problem.replicas)),
        related: [{ resource: problem.statefulSet, path: ['spec', 'replicas'], message: `StatefulSet ${problem.statefulSet.name} has ${problem.replicas} replicas` }],
      };
    case 'random-name':
      return { message: built.randomName(name, place, problem.pod, `${problem.owner.kind} ${problem.owner.name}`), related: [{ resource: problem.owner, message: `${problem.owner.kind} ${problem.owner.name}` }] };
    case 'no-pod':
      return { message: built.noPod(name, place, problem.pod, problem.service.name), related: [{ resource: problem.service, message: `headless Service ${problem.service.name}` }] };
  }
}

/** One finding per place and cause: a list of three voters behind one missing Service is one mistake. */
function causeKey(problem: Problem): string {
  switch (problem.reason) {
    case 'namespace':
      return `namespace/${problem.namespace}`;
    case 'service':
      return `service/${problem.namespace}/${problem.service}`;
    case 'not-headless':
    case 'not-governing':
    case 'random-name':
      return `${problem.reason}/${problem.service.name}`;
    case 'ordinal':
    case 'no-pod':
      return `${problem.reason}/${problem.pod}`;
  }
}

export default defineRule({
  id: 'dns-name-unresolvable',
  category: 'dns',
  severity: 'error',
  description: 'A cluster DNS name in env, command, args, ConfigMap data or an Istio host cannot resolve given the Services, StatefulSets and namespaces in the input.',
  target: DNS_MENTION_KINDS,
  reads: ['Namespace', 'Service', 'StatefulSet', 'Deployment', 'Pod', 'Job', 'HorizontalPodAutoscaler', 'ServiceEntry'],
  messages,
  docs: {
    diagnosis: 'A name such as `<svc>.<ns>.svc.<domain>`, `<svc>.<ns>.svc`, `<svc>.<ns>`, `<pod>.<svc>.<ns>.svc.<domain>` or `<pod>.<svc>` (written in an env value, command or args, ConfigMap data, an ExternalName Service or an Istio destination host; found inside lists such as `a:9092,b:9092`, KRaft voters `0@host:9093` and URLs) points at a Service that does not exist, a pod name through a Service that is not the StatefulSet\'s governing headless Service, a StatefulSet ordinal at or beyond `replicas`, or a pod of a Deployment. `nslookup <name>` from a pod in the namespace answers NXDOMAIN.',
    fix: 'Correct the name: the Service name and namespace as written in the input, `<statefulset>-<ordinal>.<governing headless service>` for pod names with the ordinal below `replicas`, or the Service name itself for Deployments (their pods have random names). Variables the kubelet expands (`$(POD_NAME)` from `fieldRef: metadata.name`, `$(POD_NAMESPACE)`) are followed; names built from values the manifests cannot tell are not judged.',
    why: 'Cluster DNS answers only for Services that exist, and for pod names only under a headless Service that is the pods\' subdomain: a StatefulSet\'s governing Service (`spec.serviceName`), or the `subdomain` of a pod with a `hostname`. A ClusterIP Service has one virtual IP and no pod records; a Deployment\'s pods get generated names and no per-pod records at all. Clients then fail with "unknown host" or keep retrying, and members of a cluster never find each other. Clusters whose CoreDNS uses `endpoint_pod_names` also publish pod names under other headless Services that select the pods; that setting is not the default and is not assumed here.',
    world: 'A missing Service is reported when its namespace is declared in the input (a Namespace object) or `assume: complete` is set; in a namespace the input only populates, only with evidence of a slip (a Service with a similar name, the same name in another namespace, a StatefulSet that names it as its governing Service, or a pod name of a StatefulSet in the input), because names in free text so often point at what other tools install, such as a monitoring stack or a gateway. A namespace the input does not know is reported only under `assume: complete`, or when a namespace with a similar name holds the Service. Manifests without `metadata.namespace` can be applied to any namespace, and kustomize may rename a base\'s Services (`namePrefix`), so a same-named or prefixable Service of that kind counts as possibly there. Names under another cluster domain are left to cluster-domain-mismatch, Services that a ServiceEntry in the input defines count as existing, and ordinals are checked only against a `replicas` written in the manifest and not managed by a HorizontalPodAutoscaler.',
  },
  check(resource, { graph, settings, report, messages: built }) {
    // Made at the first finding: most resources have none.
    let seen: Set<string> | undefined;
    for (const mention of dnsMentionsIn(graph, resource)) {
      const context = mention.pod ? { namespace: mention.namespace, pod: mention.pod } : { namespace: mention.namespace };
      const resolution = resolveName(graph, settings, mention.parsed, context);
      if (resolution.status !== 'unresolvable') continue;
      const key = `${formatPath(mention.path)}|${causeKey(resolution.problem)}`;
      seen ??= new Set();
      if (seen.has(key)) continue;
      seen.add(key);
      const { message, related } = describe(resolution.problem, mention, built);
      report(message, { at: { resource: mention.resource, path: [...mention.path] }, related });
    }
  },
});
