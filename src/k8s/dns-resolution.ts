import type { Settings } from '../engine/settings.js';
import { SYSTEM_NAMESPACES, type ResourceGraph } from '../graph/graph.js';
import type { PodTemplate } from '../graph/pod-template.js';
import type { Resource } from '../graph/resource.js';
import type { ClusterName, Label, ParsedHost } from './dns-names.js';
import { similarName } from './object-names.js';

/*
 * Whether a cluster DNS name resolves, given the input and the open/closed-world policy. Each answer
 * is 'resolves', 'unknown' (the input cannot tell) or 'unresolvable' with the reason, so that rules
 * report only what the input proves.
 */

export type Problem =
  | { reason: 'namespace'; namespace: string; similar?: string }
  | { reason: 'service'; service: string; namespace: string; similar?: Resource; elsewhere?: Resource; governs?: Resource<'StatefulSet'> }
  | { reason: 'not-headless'; service: Resource<'Service'>; pod: string }
  | { reason: 'not-governing'; service: Resource<'Service'>; statefulSet: Resource<'StatefulSet'>; pod: string }
  | { reason: 'ordinal'; statefulSet: Resource<'StatefulSet'>; pod: string; ordinal: number; first: number; replicas: number }
  | { reason: 'random-name'; owner: Resource; pod: string; service: Resource<'Service'> }
  | { reason: 'no-pod'; service: Resource<'Service'>; pod: string };

export type Resolution =
  | { status: 'resolves'; meaning: ClusterName; service?: Resource<'Service'>; peer?: { statefulSet: Resource<'StatefulSet'>; ordinal: number } }
  | { status: 'unknown' }
  | { status: 'unresolvable'; meaning: ClusterName; problem: Problem };

export interface NameContext {
  /** The namespace whose search path completes short names. */
  namespace: string;
  /** The pods the name is written for (what their own name stands for). */
  pod?: PodTemplate;
}

/** Top-level domains that are also plausible namespace names: `<a>.<dev>` is more often a web host. */
const WEB_SUFFIXES: ReadonlySet<string> = new Set(['com', 'net', 'org', 'io', 'dev', 'app', 'ai', 'co', 'me', 'cloud', 'info', 'biz', 'local', 'internal', 'test', 'example', 'localhost', 'lan', 'home', 'corp']);

type Step<T> = { status: 'ok'; value: T } | { status: 'unknown' } | { status: 'problem'; problem: Problem };

const UNKNOWN = { status: 'unknown' } as const;

function literal(label: Label | undefined): string | undefined {
  return label?.kind === 'literal' ? label.text : undefined;
}

function hasExplicitNamespace(resource: Resource): boolean {
  const metadata = (resource.body as { metadata?: { namespace?: unknown } }).metadata;
  return typeof metadata?.namespace === 'string' && metadata.namespace !== '';
}

export function isHeadless(service: Resource<'Service'>): boolean {
  return service.body.spec?.clusterIP === 'None' && service.body.spec?.type !== 'ExternalName';
}

/** `kafka-2` → StatefulSet `kafka`, ordinal 2. */
export function statefulSetPodName(pod: string): { set: string; ordinal: number } | undefined {
  const match = /^(.+)-(0|[1-9]\d{0,8})$/.exec(pod);
  return match?.[1] === undefined ? undefined : { set: match[1], ordinal: Number(match[2]) };
}

/** A namespace the input declares or uses, a system one, or the one the name is written in. */
export function isKnownNamespace(graph: ResourceGraph, namespace: string, own: string | undefined): boolean {
  return graph.namespaces().has(namespace) || SYSTEM_NAMESPACES.has(namespace) || namespace === own;
}

class Resolver {
  constructor(
    private readonly graph: ResourceGraph,
    private readonly settings: Settings,
    private readonly context: NameContext,
  ) {}

  private knownNamespace(namespace: string): boolean {
    return isKnownNamespace(this.graph, namespace, this.context.namespace);
  }

  namespace(label: Label | undefined): Step<string> {
    if (label === undefined) return { status: 'ok', value: this.context.namespace };
    if (label.kind === 'unknown') return UNKNOWN;
    if (label.kind === 'own-pod') return UNKNOWN;
    const namespace = label.text;
    if (this.knownNamespace(namespace)) return { status: 'ok', value: namespace };
    if (this.graph.assume === 'complete') return { status: 'problem', problem: { reason: 'namespace', namespace } };
    return UNKNOWN;
  }

  /** An unknown namespace is a typo when a similar one in the input has the Service the name asks for. */
  misspeltNamespace(label: Label | undefined, service: Label): Problem | undefined {
    const namespace = literal(label);
    const serviceName = literal(service);
    if (namespace === undefined || serviceName === undefined || this.knownNamespace(namespace)) return undefined;
    const similar = similarName(namespace, this.graph.namespaces());
    if (similar === undefined || !this.graph.find('Service', similar, serviceName)) return undefined;
    return { reason: 'namespace', namespace, similar };
  }

  /**
   * The Service a name asks for. A missing one is reported only with more than the usual authority,
   * because names in free text so often point at what other tools install (a monitoring stack, a
   * gateway): the namespace is declared in the input or the input is complete, or there is evidence
   * of a slip — a similar name, the same name in another namespace, a StatefulSet that expects it, or
   * a pod name of a StatefulSet in the input (`evidence`).
   */
  service(label: Label, namespaceLabel: Label | undefined, evidence = false): Step<Resource<'Service'>[]> {
    const typo = this.misspeltNamespace(namespaceLabel, label);
    if (typo) return { status: 'problem', problem: typo };
    const namespace = this.namespace(namespaceLabel);
    if (namespace.status !== 'ok') return namespace;
    const name = literal(label);
    if (name === undefined) return UNKNOWN;
    // A repository of samples may define one Service several times; each may be the one deployed.
    const found = this.graph.findAll('Service', namespace.value, name).filter((candidate): candidate is Resource<'Service'> => candidate.is('Service') && candidate.group === '');
    if (found.length > 0) return { status: 'ok', value: found };
    const exists = this.graph.exists({ kind: 'Service', namespace: namespace.value, name });
    // Kubernetes' own Services (`kubernetes.default`, `kube-dns.kube-system`) exist without a manifest.
    if (exists === 'yes') return { status: 'ok', value: [] };
    if (exists === 'unknown' || this.serviceEntryDefines(name, namespace.value)) return UNKNOWN;
    const sameName = this.graph.findInAnyNamespace('Service', name);
    // A manifest without metadata.namespace lands wherever it is applied (`kubectl apply -n`).
    if (sameName.some((candidate) => !hasExplicitNamespace(candidate)) || this.renamedByKustomize(name)) return UNKNOWN;
    const candidates = this.graph.ofKind('Service', namespace.value);
    const similarText = similarName(name, candidates.map((candidate) => candidate.name));
    const problem: Problem = { reason: 'service', service: name, namespace: namespace.value };
    const similar = candidates.find((candidate) => candidate.name === similarText);
    if (similar) problem.similar = similar;
    const elsewhere = sameName.find((candidate) => candidate.namespace !== namespace.value);
    if (elsewhere) problem.elsewhere = elsewhere;
    const governs = this.graph.ofKind('StatefulSet', namespace.value).find((set) => set.body.spec?.serviceName === name);
    if (governs) problem.governs = governs;
    const authority = this.graph.assume === 'complete' || this.graph.isNamespaceDeclared(namespace.value);
    if (!authority && !evidence && !similar && !elsewhere && !governs) return UNKNOWN;
    return { status: 'problem', problem };
  }

  /**
   * A namespace-less Service whose name a kustomize `namePrefix` or `nameSuffix` could turn into this
   * one (`service` → `jupyter-web-app-service`): the input is a base whose final names are not written.
   */
  private renamedByKustomize(name: string): boolean {
    return this.graph.ofKind('Service', 'default').some((candidate) => !hasExplicitNamespace(candidate) && (name.endsWith(`-${candidate.name}`) || name.startsWith(`${candidate.name}-`)));
  }

  /** A ServiceEntry may give a `.svc` name to something outside Kubernetes (VMs in the mesh). */
  private serviceEntryDefines(service: string, namespace: string): boolean {
    const fqdn = `${service}.${namespace}.svc.${this.settings.clusterDomain}`;
    return this.graph.ofAnyKind('ServiceEntry').some((entry) => {
      const hosts = (entry.body as { spec?: { hosts?: unknown } }).spec?.hosts;
      return Array.isArray(hosts) && hosts.some((host) => host === fqdn || host === `${service}.${namespace}.svc`);
    });
  }

  pod(label: Label, service: Resource<'Service'>): Step<{ statefulSet: Resource<'StatefulSet'>; ordinal: number } | undefined> {
    if (label.kind === 'unknown') return { status: 'ok', value: undefined };
    const pod = label.kind === 'own-pod' ? this.context.pod : undefined;
    if (label.kind === 'own-pod') return pod ? this.ownPod(pod, service) : UNKNOWN;
    const name = label.text;
    if (!isHeadless(service)) return { status: 'problem', problem: { reason: 'not-headless', service, pod: name } };
    const namespace = service.namespace ?? this.context.namespace;
    const ordinal = statefulSetPodName(name);
    const statefulSets = ordinal ? this.statefulSets(namespace, ordinal.set) : [];
    if (ordinal && statefulSets.length > 0) {
      // Several StatefulSets of one name (alternatives in one repository): the name resolves if one of them makes it.
      const steps = statefulSets.map((statefulSet) => this.statefulSetPod(statefulSet, ordinal.ordinal, name, service));
      return steps.find((step) => step.status === 'ok') ?? steps[0] ?? UNKNOWN;
    }
    if (this.hostnameTemplate(namespace, name, service.name)) return { status: 'ok', value: undefined };
    const randomOwner = this.randomNameOwner(namespace, name);
    if (randomOwner) return { status: 'problem', problem: { reason: 'random-name', owner: randomOwner, pod: name, service } };
    if (!this.graph.isAuthoritative(namespace, 'Pod')) return UNKNOWN;
    return { status: 'problem', problem: { reason: 'no-pod', service, pod: name } };
  }

  private statefulSets(namespace: string, name: string): Resource<'StatefulSet'>[] {
    return this.graph.findAll('StatefulSet', namespace, name).filter((resource): resource is Resource<'StatefulSet'> => resource.is('StatefulSet') && resource.group === 'apps');
  }

  private ownPod(pod: PodTemplate, service: Resource<'Service'>): Step<undefined> {
    const owner = pod.owner;
    const shown = owner.is('StatefulSet') ? `${owner.name}-<ordinal>` : `${owner.name}-<random suffix>`;
    if (!isHeadless(service)) return { status: 'problem', problem: { reason: 'not-headless', service, pod: owner.kind === 'Pod' ? owner.name : shown } };
    if (owner.is('StatefulSet')) {
      if (owner.body.spec?.serviceName === service.name) return { status: 'ok', value: undefined };
      return { status: 'problem', problem: { reason: 'not-governing', service, statefulSet: owner, pod: shown } };
    }
    if (owner.kind === 'Pod') {
      const spec = pod.spec;
      return spec.subdomain === service.name && spec.hostname === owner.name ? { status: 'ok', value: undefined } : { status: 'problem', problem: { reason: 'no-pod', service, pod: owner.name } };
    }
    return { status: 'problem', problem: { reason: 'random-name', owner, pod: shown, service } };
  }

  private statefulSetPod(statefulSet: Resource<'StatefulSet'>, ordinal: number, name: string, service: Resource<'Service'>): Step<{ statefulSet: Resource<'StatefulSet'>; ordinal: number }> {
    const spec = statefulSet.body.spec;
    if (spec?.serviceName !== service.name) return { status: 'problem', problem: { reason: 'not-governing', service, statefulSet, pod: name } };
    const replicas = this.fixedReplicas(statefulSet);
    const first = typeof spec.ordinals?.start === 'number' ? spec.ordinals.start : 0;
    if (replicas !== undefined && (ordinal < first || ordinal >= first + replicas)) {
      return { status: 'problem', problem: { reason: 'ordinal', statefulSet, pod: name, ordinal, first, replicas } };
    }
    return { status: 'ok', value: { statefulSet, ordinal } };
  }

  /** Replicas written in the manifest and not managed by an autoscaler; zero means switched off on purpose. */
  private fixedReplicas(statefulSet: Resource<'StatefulSet'>): number | undefined {
    const replicas = statefulSet.body.spec?.replicas;
    if (typeof replicas !== 'number' || replicas <= 0 || statefulSet.scalarAt('spec', 'replicas') === undefined) return undefined;
    if (this.graph.referencesTo(statefulSet).some((reference) => reference.from.kind === 'HorizontalPodAutoscaler')) return undefined;
    return replicas;
  }

  /** Pods whose `hostname` and `subdomain` give them this name (bare Pods, Indexed Jobs' `<job>-<index>`). */
  private hostnameTemplate(namespace: string, name: string, service: string): boolean {
    return this.graph.pods(namespace).some((pod) => {
      if (pod.spec.subdomain !== service) return false;
      if (pod.spec.hostname === name) return true;
      const job = pod.owner.is('Job') ? pod.owner : undefined;
      const indexed = statefulSetPodName(name);
      return job !== undefined && job.body.spec?.completionMode === 'Indexed' && indexed?.set === job.name;
    });
  }

  /**
   * A Deployment, ReplicaSet, DaemonSet or Job whose generated pod names the name imitates:
   * `<owner>-<hash>-<suffix>`, `<owner>-<suffix>` (Kubernetes' random strings avoid vowels) or a
   * guessed ordinal `<owner>-0`.
   */
  private randomNameOwner(namespace: string, name: string): Resource | undefined {
    for (const match of name.matchAll(/-/g)) {
      const suffix = name.slice(match.index + 1);
      if (!/^(\d+|([bcdfghjklmnpqrstvwxz2456789]{6,10}-)?[bcdfghjklmnpqrstvwxz2456789]{5})$/.test(suffix)) continue;
      const prefix = name.slice(0, match.index);
      for (const kind of ['Deployment', 'ReplicaSet', 'DaemonSet', 'ReplicationController', 'Job', 'CronJob'] as const) {
        const owner = this.graph.find(kind, namespace, prefix);
        if (owner) return owner;
      }
    }
    return undefined;
  }

  /** `<set>-<n>.<svc>…` where StatefulSet `<set>` is in the input: the name is surely meant for cluster DNS. */
  private namesStatefulSetPod(meaning: Extract<ClusterName, { form: 'pod' }>): boolean {
    const pod = literal(meaning.pod);
    const set = pod === undefined ? undefined : statefulSetPodName(pod)?.set;
    const namespace = meaning.namespace === undefined ? this.context.namespace : literal(meaning.namespace);
    return set !== undefined && namespace !== undefined && this.statefulSets(namespace, set).length > 0;
  }

  /** Whether a meaning is worth judging: its namespace is one the input knows, or names it explicitly. */
  applies(meaning: ClusterName, parsed: ParsedHost): boolean {
    if (parsed.domain !== undefined || meaning.form === 'namespace') return true;
    const namespace = literal(meaning.namespace);
    if (meaning.namespace === undefined) {
      // `<pod>.<svc>` in the same namespace: only when the Service or the StatefulSet is in the input.
      if (meaning.form !== 'pod') return true;
      const service = literal(meaning.service);
      const pod = literal(meaning.pod);
      const set = pod === undefined ? undefined : statefulSetPodName(pod)?.set;
      return (service !== undefined && this.graph.find('Service', this.context.namespace, service) !== undefined) || (set !== undefined && this.graph.find('StatefulSet', this.context.namespace, set) !== undefined);
    }
    if (namespace === undefined) return false;
    if (meaning.form === 'service' && WEB_SUFFIXES.has(namespace)) return false;
    return this.graph.namespaces().has(namespace) || SYSTEM_NAMESPACES.has(namespace);
  }

  resolve(meaning: ClusterName): Resolution {
    if (meaning.form === 'namespace') return { status: 'resolves', meaning };
    const service = this.service(meaning.service, meaning.namespace, meaning.form === 'pod' && this.namesStatefulSetPod(meaning));
    if (service.status === 'unknown') return UNKNOWN;
    if (service.status === 'problem') return { status: 'unresolvable', meaning, problem: service.problem };
    const [first] = service.value;
    if (first === undefined) return { status: 'resolves', meaning };
    if (meaning.form !== 'pod') return { status: 'resolves', meaning, service: first };
    let failed: Resolution | undefined;
    for (const candidate of service.value) {
      const pod = this.pod(meaning.pod, candidate);
      if (pod.status === 'unknown') return UNKNOWN;
      if (pod.status === 'ok') return pod.value ? { status: 'resolves', meaning, service: candidate, peer: pod.value } : { status: 'resolves', meaning, service: candidate };
      failed ??= { status: 'unresolvable', meaning, problem: pod.problem };
    }
    return failed ?? UNKNOWN;
  }
}

/**
 * Resolves a name the way the resolver would try it: the first meaning that resolves wins; a name
 * is unresolvable only when every meaning worth judging is, and then the first one's reason is given.
 * Names under another cluster domain are left to cluster-domain-mismatch.
 */
export function resolveName(graph: ResourceGraph, settings: Settings, parsed: ParsedHost, context: NameContext): Resolution {
  if (parsed.domain !== undefined && parsed.domain !== '' && parsed.domain !== settings.clusterDomain) return UNKNOWN;
  const resolver = new Resolver(graph, settings, context);
  let first: Resolution | undefined;
  for (const meaning of parsed.meanings) {
    if (!resolver.applies(meaning, parsed)) continue;
    const resolution = resolver.resolve(meaning);
    if (resolution.status !== 'unresolvable') return resolution;
    first ??= resolution;
  }
  return first ?? UNKNOWN;
}
