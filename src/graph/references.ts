import type { PathSegment, SourceRange, YamlPath } from '../parse/source.js';
import { podTemplateOf } from './pod-template.js';
import type { ObjectRef, Resource } from './resource.js';

/** A name written in one resource that points at another object. */
export interface Reference {
  from: Resource;
  /** Where the name is written inside `from`. */
  path: YamlPath;
  to: ObjectRef;
  /** The target when it is in the input. */
  resolved?: Resource;
  /** The reference itself says the target may be missing (`optional: true`). */
  optional: boolean;
  /** Kubernetes creates the target itself (the `default` ServiceAccount, `kube-root-ca.crt`, …). */
  clusterProvided: boolean;
  /** The range where the name is written. */
  readonly range: SourceRange;
}

export type ReferenceDraft = Omit<Reference, 'resolved' | 'clusterProvided' | 'range'>;

type Json = Record<string, unknown>;

function at(value: unknown, key: PathSegment): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<PathSegment, unknown>)[key];
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

  add(kind: string, target: unknown, path: YamlPath, options: { namespace?: string | undefined; optional?: unknown } = {}): void {
    const targetName = name(target);
    if (targetName === undefined) return;
    const namespace = 'namespace' in options ? options.namespace : this.from.namespace;
    const to: ObjectRef = namespace === undefined ? { kind, name: targetName } : { kind, name: targetName, namespace };
    this.drafts.push({ from: this.from, path, to, optional: options.optional === true });
  }
}

function podSpecReferences(collect: Collector, spec: Json, base: YamlPath): void {
  collect.add('ServiceAccount', spec['serviceAccountName'], [...base, 'serviceAccountName']);
  collect.add('Service', spec['subdomain'], [...base, 'subdomain']);
  list(spec['imagePullSecrets']).forEach((secret, i) => collect.add('Secret', at(secret, 'name'), [...base, 'imagePullSecrets', i, 'name']));
  list(spec['volumes']).forEach((volume, i) => {
    const v: YamlPath = [...base, 'volumes', i];
    collect.add('ConfigMap', at(at(volume, 'configMap'), 'name'), [...v, 'configMap', 'name'], { optional: at(at(volume, 'configMap'), 'optional') });
    collect.add('Secret', at(at(volume, 'secret'), 'secretName'), [...v, 'secret', 'secretName'], { optional: at(at(volume, 'secret'), 'optional') });
    collect.add('PersistentVolumeClaim', at(at(volume, 'persistentVolumeClaim'), 'claimName'), [...v, 'persistentVolumeClaim', 'claimName']);
    list(at(at(volume, 'projected'), 'sources')).forEach((source, j) => {
      const s: YamlPath = [...v, 'projected', 'sources', j];
      collect.add('ConfigMap', at(at(source, 'configMap'), 'name'), [...s, 'configMap', 'name'], { optional: at(at(source, 'configMap'), 'optional') });
      collect.add('Secret', at(at(source, 'secret'), 'name'), [...s, 'secret', 'name'], { optional: at(at(source, 'secret'), 'optional') });
    });
  });
  for (const group of ['initContainers', 'containers', 'ephemeralContainers']) {
    list(spec[group]).forEach((container, c) => {
      const base2: YamlPath = [...base, group, c];
      list(at(container, 'envFrom')).forEach((source, i) => {
        collect.add('ConfigMap', at(at(source, 'configMapRef'), 'name'), [...base2, 'envFrom', i, 'configMapRef', 'name'], { optional: at(at(source, 'configMapRef'), 'optional') });
        collect.add('Secret', at(at(source, 'secretRef'), 'name'), [...base2, 'envFrom', i, 'secretRef', 'name'], { optional: at(at(source, 'secretRef'), 'optional') });
      });
      list(at(container, 'env')).forEach((variable, i) => {
        const from = at(variable, 'valueFrom');
        const e: YamlPath = [...base2, 'env', i, 'valueFrom'];
        collect.add('ConfigMap', at(at(from, 'configMapKeyRef'), 'name'), [...e, 'configMapKeyRef', 'name'], { optional: at(at(from, 'configMapKeyRef'), 'optional') });
        collect.add('Secret', at(at(from, 'secretKeyRef'), 'name'), [...e, 'secretKeyRef', 'name'], { optional: at(at(from, 'secretKeyRef'), 'optional') });
      });
    });
  }
}

function ingressBackend(collect: Collector, backend: unknown, path: YamlPath): void {
  collect.add('Service', at(at(backend, 'service'), 'name'), [...path, 'service', 'name']);
  collect.add('Service', at(backend, 'serviceName'), [...path, 'serviceName']); // extensions/v1beta1
}

/** Every reference a resource writes, in one table-driven pass (rules never extract their own). */
export function extractReferences(resource: Resource): ReferenceDraft[] {
  const collect = new Collector(resource);
  const body = resource.body as Json;
  const spec = at(body, 'spec') as Json | undefined;
  const template = podTemplateOf(resource);
  if (template) podSpecReferences(collect, template.spec as unknown as Json, template.specPath);
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
