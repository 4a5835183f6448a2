import type { PathSegment, SourceRange, YamlPath } from '../parse/source.js';
import type { PodTemplate } from './pod-template.js';
import type { ObjectRef, Resource } from './resource.js';
import { withFields } from './with-fields.js';

/** A name written in one resource that points at another object. */
export interface Reference {
  from: Resource;
  /** Where the name is written inside `from`. */
  path: YamlPath;
  to: ObjectRef;
  /** The target when it is in the input. */
  resolved?: Resource;
  /** The reference itself says the target (and its keys) may be missing (`optional: true`). */
  optional: boolean;
  /** Keys read from the target's data (`configMapKeyRef.key`, a volume's `items[].key`); empty when it reads all. */
  keys: readonly ReferencedKey[];
  /** The part of a pod that consumes the target, when the reference is in a pod spec. */
  use?: ReferenceUse;
  /** Kubernetes creates the target itself (the `default` ServiceAccount, `kube-root-ca.crt`, …). */
  clusterProvided: boolean;
  /** The range where the name is written. */
  readonly range: SourceRange;
}

/** One key a reference reads, and where that key is written. */
export interface ReferencedKey {
  key: string;
  path: YamlPath;
}

/** Which container, environment variable or volume of a pod consumes a referenced object. */
export interface ReferenceUse {
  container?: string;
  env?: string;
  volume?: string;
}

export type ReferenceDraft = Omit<Reference, 'resolved' | 'clusterProvided' | 'range'>;

interface AddOptions {
  namespace?: string | undefined;
  optional?: unknown;
  keys?: readonly ReferencedKey[];
  use?: ReferenceUse;
}

type Json = Record<string, unknown>;

function at(value: unknown, key: PathSegment): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<PathSegment, unknown>)[key];
}

/** A field that is there at all; absent ones can hold no reference. */
function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function name(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

class Collector {
  readonly drafts: ReferenceDraft[] = [];
  constructor(private readonly from: Resource) {}

  add(kind: string, target: unknown, path: YamlPath, options: AddOptions = {}): void {
    const targetName = name(target);
    if (targetName === undefined) return;
    const namespace = 'namespace' in options ? options.namespace : this.from.namespace;
    const to: ObjectRef = namespace === undefined ? { kind, name: targetName } : { kind, name: targetName, namespace };
    const draft: ReferenceDraft = { from: this.from, path, to, optional: options.optional === true, keys: options.keys ?? [] };
    if (options.use) draft.use = options.use;
    this.drafts.push(draft);
  }
}

/** The keys a volume's `items` project, each with where it is written. */
function itemKeys(items: unknown, path: YamlPath): ReferencedKey[] {
  const keys: ReferencedKey[] = [];
  list(items).forEach((item, i) => {
    const key = name(at(item, 'key'));
    if (key !== undefined) keys.push({ key, path: [...path, 'items', i, 'key'] });
  });
  return keys;
}

function singleKey(selector: unknown, path: YamlPath): ReferencedKey[] {
  const key = name(at(selector, 'key'));
  return key === undefined ? [] : [{ key, path: [...path, 'key'] }];
}

/** Volumes a StatefulSet's claim templates replace: the controller mounts its own PVC under that name. */
function claimTemplateNames(owner: Resource): Set<string> {
  const names = new Set<string>();
  if (owner.kind !== 'StatefulSet') return names;
  for (const claim of list(at(at(owner.body, 'spec'), 'volumeClaimTemplates'))) {
    const claimName = name(at(at(claim, 'metadata'), 'name'));
    if (claimName !== undefined) names.add(claimName);
  }
  return names;
}

function podSpecReferences(collect: Collector, owner: Resource, spec: Json, base: YamlPath): void {
  // `serviceAccount` is the deprecated alias; the API server uses it only when serviceAccountName is unset.
  const accountKey = name(spec['serviceAccountName']) === undefined && name(spec['serviceAccount']) !== undefined ? 'serviceAccount' : 'serviceAccountName';
  collect.add('ServiceAccount', spec[accountKey], [...base, accountKey]);
  collect.add('Service', spec['subdomain'], [...base, 'subdomain']);
  list(spec['imagePullSecrets']).forEach((secret, i) => collect.add('Secret', at(secret, 'name'), [...base, 'imagePullSecrets', i, 'name']));
  const claimTemplates = claimTemplateNames(owner);
  list(spec['volumes']).forEach((volume, i) => {
    const v: YamlPath = [...base, 'volumes', i];
    const volumeName = name(at(volume, 'name'));
    const use: ReferenceUse = volumeName === undefined ? {} : { volume: volumeName };
    const configMap = at(volume, 'configMap');
    const secret = at(volume, 'secret');
    // A volume has one source: the guards skip building paths and options for the absent ones.
    if (present(configMap)) collect.add('ConfigMap', at(configMap, 'name'), [...v, 'configMap', 'name'], { optional: at(configMap, 'optional'), keys: itemKeys(at(configMap, 'items'), [...v, 'configMap']), use });
    if (present(secret)) collect.add('Secret', at(secret, 'secretName'), [...v, 'secret', 'secretName'], { optional: at(secret, 'optional'), keys: itemKeys(at(secret, 'items'), [...v, 'secret']), use });
    if (present(at(volume, 'persistentVolumeClaim')) && (volumeName === undefined || !claimTemplates.has(volumeName))) {
      collect.add('PersistentVolumeClaim', at(at(volume, 'persistentVolumeClaim'), 'claimName'), [...v, 'persistentVolumeClaim', 'claimName'], { use });
    }
    list(at(at(volume, 'projected'), 'sources')).forEach((source, j) => {
      const s: YamlPath = [...v, 'projected', 'sources', j];
      const projectedConfigMap = at(source, 'configMap');
      const projectedSecret = at(source, 'secret');
      if (present(projectedConfigMap)) collect.add('ConfigMap', at(projectedConfigMap, 'name'), [...s, 'configMap', 'name'], { optional: at(projectedConfigMap, 'optional'), keys: itemKeys(at(projectedConfigMap, 'items'), [...s, 'configMap']), use });
      if (present(projectedSecret)) collect.add('Secret', at(projectedSecret, 'name'), [...s, 'secret', 'name'], { optional: at(projectedSecret, 'optional'), keys: itemKeys(at(projectedSecret, 'items'), [...s, 'secret']), use });
    });
  });
  for (const group of ['initContainers', 'containers', 'ephemeralContainers']) {
    list(spec[group]).forEach((container, c) => {
      const base2: YamlPath = [...base, group, c];
      const containerName = name(at(container, 'name'));
      const inContainer: ReferenceUse = containerName === undefined ? {} : { container: containerName };
      list(at(container, 'envFrom')).forEach((source, i) => {
        if (present(at(source, 'configMapRef'))) collect.add('ConfigMap', at(at(source, 'configMapRef'), 'name'), [...base2, 'envFrom', i, 'configMapRef', 'name'], { optional: at(at(source, 'configMapRef'), 'optional'), use: inContainer });
        if (present(at(source, 'secretRef'))) collect.add('Secret', at(at(source, 'secretRef'), 'name'), [...base2, 'envFrom', i, 'secretRef', 'name'], { optional: at(at(source, 'secretRef'), 'optional'), use: inContainer });
      });
      list(at(container, 'env')).forEach((variable, i) => {
        const from = at(variable, 'valueFrom');
        const configMapKey = at(from, 'configMapKeyRef');
        const secretKey = at(from, 'secretKeyRef');
        // Most variables are literal values or field references; building their paths would be all the work of this loop.
        if (!present(configMapKey) && !present(secretKey)) return;
        const e: YamlPath = [...base2, 'env', i, 'valueFrom'];
        const envName = name(at(variable, 'name'));
        const use: ReferenceUse = envName === undefined ? inContainer : withFields(inContainer, { env: envName });
        collect.add('ConfigMap', at(configMapKey, 'name'), [...e, 'configMapKeyRef', 'name'], { optional: at(configMapKey, 'optional'), keys: singleKey(configMapKey, [...e, 'configMapKeyRef']), use });
        collect.add('Secret', at(secretKey, 'name'), [...e, 'secretKeyRef', 'name'], { optional: at(secretKey, 'optional'), keys: singleKey(secretKey, [...e, 'secretKeyRef']), use });
      });
    });
  }
}

function ingressBackend(collect: Collector, backend: unknown, path: YamlPath): void {
  collect.add('Service', at(at(backend, 'service'), 'name'), [...path, 'service', 'name']);
  collect.add('Service', at(backend, 'serviceName'), [...path, 'serviceName']); // extensions/v1beta1
}

/**
 * Every reference a resource writes, in one table-driven pass (rules never extract their own). The
 * graph passes the pod template it already built, so the template is not synthesised twice.
 */
export function extractReferences(resource: Resource, template: PodTemplate | undefined): ReferenceDraft[] {
  const collect = new Collector(resource);
  const body = resource.body as Json;
  const spec = at(body, 'spec') as Json | undefined;
  if (template) podSpecReferences(collect, resource, template.spec as unknown as Json, template.specPath);
  switch (resource.kind) {
    case 'StatefulSet':
      collect.add('Service', at(spec, 'serviceName'), ['spec', 'serviceName']);
      break;
    case 'Ingress':
      ingressBackend(collect, at(spec, 'defaultBackend'), ['spec', 'defaultBackend']);
      ingressBackend(collect, at(spec, 'backend'), ['spec', 'backend']);
      list(at(spec, 'rules')).forEach((rule, r) =>
        list(at(at(rule, 'http'), 'paths')).forEach((p, i) => ingressBackend(collect, at(p, 'backend'), ['spec', 'rules', r, 'http', 'paths', i, 'backend'])),
      );
      list(at(spec, 'tls')).forEach((tls, i) => collect.add('Secret', at(tls, 'secretName'), ['spec', 'tls', i, 'secretName']));
      break;
    case 'HorizontalPodAutoscaler': {
      const target = at(spec, 'scaleTargetRef');
      const kind = name(at(target, 'kind'));
      if (kind) collect.add(kind, at(target, 'name'), ['spec', 'scaleTargetRef', 'name']);
      break;
    }
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const roleKind = name(at(at(body, 'roleRef'), 'kind'));
      if (roleKind === 'Role' || roleKind === 'ClusterRole') {
        collect.add(roleKind, at(at(body, 'roleRef'), 'name'), ['roleRef', 'name'], { namespace: roleKind === 'Role' ? resource.namespace : undefined });
      }
      list(at(body, 'subjects')).forEach((subject, i) => {
        if (at(subject, 'kind') !== 'ServiceAccount') return;
        const namespace = name(at(subject, 'namespace')) ?? resource.namespace;
        if (namespace) collect.add('ServiceAccount', at(subject, 'name'), ['subjects', i, 'name'], { namespace });
      });
      break;
    }
  }
  return collect.drafts;
}
