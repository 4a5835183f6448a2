import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/graph/resource.js';
import type { YamlPath } from '../../src/parse/source.js';
import { formatPath, valueAt } from '../../src/parse/source.js';
import { commandWords, containersOf } from '../../src/k8s/containers.js';
import { DNS_MENTION_KINDS, dnsMentionsIn, type DnsMention } from '../../src/k8s/dns-mentions.js';
import { isKnownNamespace } from '../../src/k8s/dns-resolution.js';
import { isIstiodPod } from '../../src/k8s/istiod.js';
import { isIstiod } from '../../src/k8s/mesh.js';

interface Options {
  otherClusterDomains: string[];
}

/** The namespace a name is under, when it is literal. */
function namespaceOf(mention: DnsMention): string | undefined {
  const meaning = mention.parsed.meanings[0];
  const namespace = meaning?.namespace;
  return namespace?.kind === 'literal' ? namespace.text : undefined;
}

/** `--domain x` or `--domain=x` in istiod's arguments. */
function domainArgument(words: readonly { text: string; path: YamlPath }[]): { value: string; path: YamlPath } | undefined {
  for (const [index, word] of words.entries()) {
    if (word.text.startsWith('--domain=')) return { value: word.text.slice('--domain='.length), path: word.path };
    const next = words[index + 1];
    if (word.text === '--domain' && next) return { value: next.text, path: next.path };
  }
  return undefined;
}

const acceptedCache = new WeakMap<Options, { clusterDomain: string; domains: ReadonlySet<string> }>();

/** The domains names may end in; one set per run (per options object), not one per resource. */
function acceptedDomains(clusterDomain: string, options: Options): ReadonlySet<string> {
  const cached = acceptedCache.get(options);
  if (cached?.clusterDomain === clusterDomain) return cached.domains;
  // clusterset.local is the multi-cluster Services API's own domain (KEP-1645), served beside the cluster's.
  const domains = new Set([clusterDomain, 'clusterset.local', ...options.otherClusterDomains]);
  acceptedCache.set(options, { clusterDomain, domains });
  return domains;
}

/** Istio installations that carry Helm values: IstioOperator, and the Sail operator's Istio and IstioRevision. */
const ISTIO_VALUE_KINDS: ReadonlySet<string> = new Set(['install.istio.io/IstioOperator', 'sailoperator.io/Istio', 'sailoperator.io/IstioRevision']);

export default defineRule({
  id: 'cluster-domain-mismatch',
  category: 'dns',
  severity: 'error',
  description: 'A cluster DNS name, an istiod --domain argument or Istio\'s clusterDomain value uses another cluster domain than the configured clusterDomain.',
  target: [...DNS_MENTION_KINDS, 'IstioOperator', 'Istio', 'IstioRevision'],
  reads: ['Namespace'],
  messages: {
    name: (name: string, place: string, domain: string, clusterDomain: string) =>
      `${name} (in ${place}) ends in svc.${domain}, but the cluster domain is ${clusterDomain}; the name never resolves in this cluster.`,
    istiod: (owner: string, domain: string, clusterDomain: string) =>
      `${owner} starts istiod with --domain ${domain}, but the cluster domain is ${clusterDomain}; istiod would name every Service <svc>.<ns>.svc.${domain}, so no sidecar finds a Service by its real name.`,
    istioValues: (owner: string, domain: string, clusterDomain: string) =>
      `${owner} sets values.global.proxy.clusterDomain to ${domain}, but the cluster domain is ${clusterDomain}; istiod and every sidecar would use the wrong DNS suffix.`,
  },
  options: {
    defaults: { otherClusterDomains: [] as string[] },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        otherClusterDomains: { type: 'array', items: { type: 'string' }, description: 'Domains of other clusters that names may point to through multi-cluster DNS.' },
      },
    },
  },
  docs: {
    diagnosis: 'A name `<…>.svc.<domain>` written in env values, command and args, ConfigMap data, an ExternalName Service or an Istio host ends in another domain than the cluster\'s (`clusterDomain` in `.shipshape.yaml`, `cluster.local` unless set). Or istiod runs with `--domain <other>`, or an IstioOperator, Sail `Istio` resource or the sidecar injector\'s values set `global.proxy.clusterDomain` to another domain. `kubectl run -it --rm dns --image=busybox -- cat /etc/resolv.conf` shows the real domain in the `search` line.',
    fix: 'Write names without the domain (`<svc>.<ns>.svc`, which the resolver completes), or with the cluster\'s domain. For Istio, set `values.global.proxy.clusterDomain` to the cluster domain in every chart or IstioOperator (it feeds istiod\'s `--domain` and each sidecar\'s). If the manifests really target a cluster with another domain, set `clusterDomain` in `.shipshape.yaml`; names of other clusters reached through multi-cluster DNS go in the rule option `otherClusterDomains` (`clusterset.local`, the multi-cluster Services API\'s domain, is always accepted).',
    why: 'Cluster DNS answers only under the domain the kubelet and CoreDNS were configured with; `.svc.cluster.local` names in a cluster whose domain is `corp.local` are forwarded upstream and fail. istiod names Services by its `--domain` (default `cluster.local`, filled from `values.global.proxy.clusterDomain` by the charts); a mismatch makes every Service host in the mesh wrong, so routing rules and sidecar DNS stop matching (knowledge/istio.md §2.8). A name is judged only when it is clearly meant for this cluster: the domain is `cluster.local`, or the namespace is one the input knows, so `api.svc.example.com` on the internet is left alone.',
  },
  check(resource, { graph, settings, options, report, messages }) {
    const expected = settings.clusterDomain;
    const accepted = acceptedDomains(expected, options as Options);
    const knownNamespace = (namespace: string | undefined) => namespace !== undefined && isKnownNamespace(graph, namespace, resource.namespace);
    // Made at the first finding: most resources have none.
    let seen: Set<string> | undefined;
    for (const mention of dnsMentionsIn(graph, resource)) {
      const domain = mention.parsed.domain;
      if (domain === undefined || domain === '' || accepted.has(domain) || mention.parsed.meanings.length === 0) continue;
      if (domain !== 'cluster.local' && !knownNamespace(namespaceOf(mention))) continue;
      const key = `${formatPath(mention.path)}|${domain}`;
      seen ??= new Set();
      if (seen.has(key)) continue;
      seen.add(key);
      report(messages.name(mention.written, mention.place, domain, expected), { at: { resource: mention.resource, path: [...mention.path] } });
    }
    checkIstiod(resource);
    checkIstioValues(resource);

    function checkIstiod(owner: Resource): void {
      const pod = graph.podTemplateOf(owner);
      if (!pod || !(isIstiodPod(pod) || isIstiod(owner))) return;
      for (const entry of containersOf(pod)) {
        const { command, args } = commandWords(entry);
        const argument = domainArgument([...command, ...args]);
        if (argument && !accepted.has(argument.value)) report(messages.istiod(`${owner.kind} ${owner.name}`, argument.value, expected), { at: [...argument.path] });
      }
    }

    function checkIstioValues(owner: Resource): void {
      if (ISTIO_VALUE_KINDS.has(`${owner.group}/${owner.kind}`)) {
        const path = ['spec', 'values', 'global', 'proxy', 'clusterDomain'];
        const value = valueAt(owner.body, path);
        if (typeof value === 'string' && !accepted.has(value)) report(messages.istioValues(`${owner.kind} ${owner.name}`, value, expected), { at: path });
        return;
      }
      if (!owner.is('ConfigMap') || !owner.name.startsWith('istio-sidecar-injector')) return;
      const text = owner.body.data?.['values'];
      if (typeof text !== 'string') return;
      let values: unknown;
      try {
        values = JSON.parse(text);
      } catch {
        return;
      }
      const value = valueAt(values, ['global', 'proxy', 'clusterDomain']);
      if (typeof value === 'string' && !accepted.has(value)) report(messages.istioValues(`ConfigMap ${owner.name}`, value, expected), { at: ['data', 'values'] });
    }
  },
});
