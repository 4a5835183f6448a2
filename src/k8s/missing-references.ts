import type { ReportInput, RuleMessage } from '../engine/rule.js';
import type { Settings } from '../engine/settings.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { Reference, ReferencedKey } from '../graph/references.js';
import type { Resource } from '../graph/resource.js';
import { isObjectName, similarName } from './object-names.js';

/**
 * How a pod uses a referenced object, for messages: `volume "config"`, `env DB_URL of container api`;
 * outside a pod spec (a scale target, a role), the kind of the object referred to.
 */
export function describeUse(reference: Reference): string {
  const path = reference.path;
  if (path[0] === 'roleRef' || path.includes('scaleTargetRef')) return reference.to.kind;
  const use = reference.use ?? {};
  const container = use.container === undefined ? '' : ` of container ${use.container}`;
  if (path.includes('imagePullSecrets')) return 'imagePullSecrets';
  if (path.includes('envFrom')) return `envFrom${container}`;
  if (path.includes('valueFrom')) return use.env === undefined ? `env${container}` : `env ${use.env}${container}`;
  if (path.includes('volumes')) return use.volume === undefined ? 'a volume' : `volume "${use.volume}"`;
  return String(path[path.length - 1]);
}

/** What breaks when the referenced object is missing, for messages. */
export function missingEffect(reference: Reference): string {
  const path = reference.path;
  if (path[0] === 'roleRef') return 'the binding grants nothing and its subjects get 403 Forbidden';
  if (path.includes('scaleTargetRef')) return 'the autoscaler fails with FailedGetScale and scales nothing';
  if (reference.to.kind === 'ServiceAccount') return 'no pod can be created (error looking up service account)';
  if (reference.to.kind === 'PersistentVolumeClaim') return 'the pods stay Pending';
  if (path.includes('imagePullSecrets')) return 'image pulls from a private registry fail with ErrImagePull';
  if (path.includes('volumes')) return 'the volume cannot be mounted and the pods stay in ContainerCreating';
  return 'the containers fail to start with CreateContainerConfigError';
}

export interface DanglingReference {
  reference: Reference;
  /** An object of the same kind in the namespace whose name is a likely typo fix. */
  similar?: Resource;
  /** An object of that kind and name in another namespace, which pods of this one cannot use. */
  elsewhere?: Resource;
}

/**
 * References from `resource` to objects of `kind` that the input is the authority for and lacks:
 * not optional, not cluster-provided, not created by a controller or generator in the input, and
 * with a name that can be an object's name at all (placeholders are left to schema rules). Each
 * comes with the evidence a rule may require before reporting: a similar name, or the same name in
 * another namespace.
 */
export function danglingReferences(graph: ResourceGraph, resource: Resource, kind: string): DanglingReference[] {
  const dangling: DanglingReference[] = [];
  for (const reference of graph.referencesFrom(resource)) {
    const to = reference.to;
    if (to.kind !== kind || reference.resolved || reference.optional || !isObjectName(to.name)) continue;
    if (graph.exists(to) !== 'no') continue;
    const found: DanglingReference = { reference };
    const candidates = graph.ofAnyKind(kind, to.namespace === undefined ? {} : { namespace: to.namespace });
    const similar = similarName(to.name, candidates.map((candidate) => candidate.name));
    const match = similar === undefined ? undefined : candidates.find((candidate) => candidate.name === similar);
    if (match) found.similar = match;
    const elsewhere = graph.findInAnyNamespace(kind, to.name).find((candidate) => candidate.namespace !== to.namespace);
    if (elsewhere) found.elsewhere = elsewhere;
    dangling.push(found);
  }
  return dangling;
}

type DataFields = readonly string[];

const DATA_FIELDS: Readonly<Record<string, DataFields>> = {
  ConfigMap: ['data', 'binaryData'],
  Secret: ['data', 'stringData'],
};

/** Secret types whose keys a controller fills in after creation. */
const FILLED_BY_CONTROLLER = new Set(['kubernetes.io/service-account-token']);

/** The keys an object holds, or undefined when they cannot be known from the manifest. */
function dataKeys(target: Resource): Set<string> | undefined {
  const fields = DATA_FIELDS[target.kind];
  if (fields === undefined) return undefined;
  const body = target.body as Record<string, unknown>;
  if (target.kind === 'Secret' && FILLED_BY_CONTROLLER.has(String(body['type']))) return undefined;
  const keys = new Set<string>();
  for (const field of fields) {
    const data = body[field];
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) for (const key of Object.keys(data)) keys.add(key);
  }
  // An object declared empty is a placeholder that a controller, a job or an operator fills in.
  return keys.size === 0 ? undefined : keys;
}

export interface MissingKey {
  reference: Reference;
  key: ReferencedKey;
  target: Resource;
  /** The keys the target has, sorted. */
  available: string[];
}

/**
 * Keys a resolved reference reads that its ConfigMap or Secret does not hold. When the input defines
 * the object more than once (overlays side by side), a key held by any definition counts.
 */
export function missingKeys(graph: ResourceGraph, reference: Reference): MissingKey[] {
  const target = reference.resolved;
  if (!target || reference.optional || reference.keys.length === 0) return [];
  // A generator (kustomize `behavior: merge`) or a controller may add keys the manifest lacks.
  if (graph.producerOf(target.ref)) return [];
  const available = new Set<string>();
  for (const definition of graph.findAll(target.kind, target.namespace, target.name)) {
    const keys = dataKeys(definition);
    if (keys === undefined) return [];
    for (const key of keys) available.add(key);
  }
  const sorted = [...available].sort();
  return reference.keys.filter((key) => !available.has(key.key)).map((key) => ({ reference, key, target, available: sorted }));
}

/** `a, b and 3 more`: the keys an object has, short enough for one message line. */
export function listKeys(keys: readonly string[], shown = 5): string {
  if (keys.length <= shown) return keys.map((key) => `"${key}"`).join(', ');
  return `${keys.slice(0, shown).map((key) => `"${key}"`).join(', ')} and ${keys.length - shown} more`;
}

/** The messages every rule about missing referenced objects declares, with these signatures. */
export interface MissingReferenceMessages {
  missing(owner: string, target: string, use: string, namespace: string, effect: string): RuleMessage;
  missingWithHint(owner: string, target: string, use: string, namespace: string, candidate: string): RuleMessage;
  wrongNamespace(owner: string, target: string, use: string, namespace: string, other: string): RuleMessage;
}

/** The messages of rules that also check keys inside ConfigMaps and Secrets. */
export interface MissingKeyMessages {
  keyMissing(owner: string, key: string, target: string, use: string, available: string, effect: string): RuleMessage;
  keyMissingWithHint(owner: string, key: string, target: string, use: string, candidate: string): RuleMessage;
}

interface CheckContext<M> {
  graph: ResourceGraph;
  settings: Settings;
  messages: M;
  report(message: RuleMessage, input?: ReportInput): void;
}

/**
 * The check behind the rules on missing referenced objects. ConfigMaps, Secrets, ServiceAccounts,
 * claims, even Roles and scale targets are often created outside the manifests (`kubectl create
 * secret`, a tutorial's `kubectl create serviceaccount`, a CI job, an operator, another chart), so
 * where the input is the authority, a missing one is reported only with evidence of a mistake: a
 * similar name in the namespace (a typo), or the same name written in another namespace. With
 * `assume: complete` every missing one is.
 */
export function checkMissingReferences(kind: string, owner: Resource, { graph, settings, messages, report }: CheckContext<MissingReferenceMessages>): void {
  const who = `${owner.kind} ${owner.name}`;
  for (const { reference, similar, elsewhere } of danglingReferences(graph, owner, kind)) {
    const { name, namespace = '' } = reference.to;
    const use = describeUse(reference);
    const at = [...reference.path];
    // Only two written namespaces contradict each other: an object without one goes where it is applied
    // (`kubectl apply -n`, kustomize's `namespace:`), which may well be the other's.
    if (elsewhere && hasExplicitNamespace(owner) && hasExplicitNamespace(elsewhere)) {
      const other = elsewhere.namespace ?? '';
      report(messages.wrongNamespace(who, name, use, namespace, other), { at, related: [{ resource: elsewhere, message: `${kind} ${name} is defined in namespace ${other}` }] });
    } else if (similar) {
      report(messages.missingWithHint(who, name, use, namespace, similar.name), { at, related: [{ resource: similar, message: `${kind} ${similar.name} is defined here` }] });
    } else if (settings.assume === 'complete') {
      report(messages.missing(who, name, use, namespace, missingEffect(reference)), { at });
    }
  }
}

/** Keys a pod reads from ConfigMaps or Secrets of the input that those objects do not hold. */
export function checkMissingKeys(kind: 'ConfigMap' | 'Secret', owner: Resource, { graph, messages, report }: CheckContext<MissingKeyMessages>): void {
  const who = `${owner.kind} ${owner.name}`;
  for (const reference of graph.referencesFrom(owner)) {
    if (reference.to.kind !== kind) continue;
    for (const missing of missingKeys(graph, reference)) {
      const hint = similarName(missing.key.key, missing.available);
      const use = describeUse(reference);
      const message = hint === undefined
        ? messages.keyMissing(who, missing.key.key, missing.target.name, use, listKeys(missing.available), missingEffect(reference))
        : messages.keyMissingWithHint(who, missing.key.key, missing.target.name, use, hint);
      report(message, { at: [...missing.key.path], related: [{ resource: missing.target, message: `${kind} ${missing.target.name} is defined here` }] });
    }
  }
}

function hasExplicitNamespace(resource: Resource): boolean {
  const namespace = (resource.body as { metadata?: { namespace?: unknown } }).metadata?.namespace;
  return typeof namespace === 'string' && namespace !== '';
}
