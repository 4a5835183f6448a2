import { CLUSTER_SCOPED_KINDS } from './kinds.js';
import { mayCreatePods } from './pod-creators.js';
import type { ObjectRef, Resource } from './resource.js';

/**
 * Objects that no manifest defines but something in the input will create: a Secret a cert-manager
 * Certificate writes, the credentials an operator generates for its database, a ConfigMap a kustomize
 * generator makes. A reference to one of them is not dangling.
 */
export interface Producer {
  /** The object in the input that leads to the target's creation, when there is one. */
  resource?: Resource;
  /** How the target comes about, for messages and tests. */
  how: string;
  /** False when the name only suggests it (an operator's naming convention), so existence is unknown. */
  certain: boolean;
}

type Json = Record<string, unknown>;

/** A field of a mapping; without rest parameters, as ProducedObjects.add reads some for every resource. */
function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Json)[key] : undefined;
}

/** The value at a path of fields. */
function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = field(current, key);
  return current;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Secrets that well-known controllers write, by `group/kind` of the object that asks for them. */
const SECRET_WRITERS: Readonly<Record<string, (body: unknown) => unknown>> = {
  'cert-manager.io/Certificate': (body) => at(body, 'spec', 'secretName'),
  'bitnami.com/SealedSecret': (body) => at(body, 'spec', 'template', 'metadata', 'name') ?? at(body, 'metadata', 'name'),
  'external-secrets.io/ExternalSecret': (body) => at(body, 'spec', 'target', 'name') ?? at(body, 'metadata', 'name'),
  'secrets.hashicorp.com/VaultStaticSecret': (body) => at(body, 'spec', 'destination', 'name'),
  'secrets.hashicorp.com/VaultDynamicSecret': (body) => at(body, 'spec', 'destination', 'name'),
  'secrets.hashicorp.com/VaultPKISecret': (body) => at(body, 'spec', 'destination', 'name'),
  'onepassword.com/OnePasswordItem': (body) => at(body, 'metadata', 'name'),
  'kafka.strimzi.io/KafkaUser': (body) => at(body, 'metadata', 'name'),
};

/** The kinds in SECRET_WRITERS: every other resource is answered without building its `group/kind`. */
const SECRET_WRITER_KINDS: ReadonlySet<string> = new Set(Object.keys(SECRET_WRITERS).map((groupKind) => groupKind.slice(groupKind.indexOf('/') + 1)));

/** Kinds whose operators name what they create after the custom resource (`<name>-…`). */
const OPERATOR_NAMED_KINDS: ReadonlySet<string> = new Set(['Secret', 'ConfigMap', 'Service']);

/** Shorter names would make `db` the producer of every `db-…` Secret in a namespace. */
const MIN_OPERATOR_NAME = 3;

function key(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${namespace ?? ''}\u0000${name}`;
}

/** What the input will create besides its own objects, indexed once with the graph. */
export class ProducedObjects {
  private readonly exact = new Map<string, Producer>();
  /** Kind and name of objects made somewhere by a generator whose namespace is not known (kustomize). */
  private readonly anywhere = new Map<string, Producer>();
  /** Custom resources whose operators may create Secrets, ConfigMaps and Services, by namespace and name. */
  private readonly operators = new Map<string, Map<string, Resource>>();

  add(resource: Resource): void {
    const namespace = resource.namespace;
    if (namespace === undefined) return;
    const writer = SECRET_WRITER_KINDS.has(resource.kind) ? SECRET_WRITERS[`${resource.group}/${resource.kind}`] : undefined;
    const secret = text(writer?.(resource.body));
    if (secret !== undefined) this.exact.set(key('Secret', namespace, secret), { resource, how: `written by ${resource.kind} ${resource.name}`, certain: true });
    // Crossplane-style managed resources and claims publish their connection details as a Secret.
    const connection = field(field(resource.body, 'spec'), 'writeConnectionSecretToRef');
    const connectionName = text(field(connection, 'name'));
    if (connectionName !== undefined) {
      const target = text(field(connection, 'namespace')) ?? namespace;
      this.exact.set(key('Secret', target, connectionName), { resource, how: `connection Secret of ${resource.kind} ${resource.name}`, certain: true });
    }
    if (resource.name.length >= MIN_OPERATOR_NAME && !CLUSTER_SCOPED_KINDS.has(resource.kind) && mayCreatePods(resource)) {
      let byName = this.operators.get(namespace);
      if (!byName) this.operators.set(namespace, (byName = new Map()));
      if (!byName.has(resource.name)) byName.set(resource.name, resource);
    }
  }

  /** Records an object a generator outside the manifests creates, in a namespace decided later. */
  addGenerated(kind: string, name: string, how: string): void {
    this.anywhere.set(`${kind}\u0000${name}`, { how, certain: false });
  }

  producerOf(ref: ObjectRef): Producer | undefined {
    const exact = this.exact.get(key(ref.kind, ref.namespace, ref.name));
    if (exact) return exact;
    const generated = this.anywhere.get(`${ref.kind}\u0000${ref.name}`);
    if (generated) return generated;
    if (ref.namespace === undefined || !OPERATOR_NAMED_KINDS.has(ref.kind)) return undefined;
    const byName = this.operators.get(ref.namespace);
    const operator = byName === undefined ? undefined : ownerNames(ref.name).map((owner) => byName.get(owner)).find((found) => found !== undefined);
    return operator ? { resource: operator, how: `named after ${operator.kind} ${operator.name}, whose operator may create it`, certain: false } : undefined;
  }
}

/**
 * The custom resource names an operator-made object's name may carry. Operators name their objects
 * `<cr>-…` (ECK `<es>-es-elastic-user`, Strimzi `<kafka>-cluster-ca-cert`, CloudNativePG
 * `<cluster>-app`) or embed the name between dots (Zalando's
 * `<user>.<cluster>.credentials.postgresql.acid.zalan.do`): every prefix that ends before a `-` or a
 * `.`, and every inner dot-separated part. Looked up in an index, never matched against each resource.
 */
function ownerNames(name: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < name.length; i++) if (name[i] === '-' || name[i] === '.') names.push(name.slice(0, i));
  const parts = name.split('.');
  for (let i = 1; i < parts.length - 1; i++) names.push(parts[i] as string);
  return names;
}
