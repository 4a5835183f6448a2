import type { PodSpec } from 'kubernetes-types/core/v1.js';
import type { YamlPath } from '../parse/source.js';
import { setOwn } from '../parse/yaml-tree.js';
import { POD_TEMPLATE_PATHS, type PodTemplateOwnerKind } from './kinds.js';
import { allStrings, type Resource } from './resource.js';

/** The pods a workload will create, synthesised from its template (or the Pod itself). */
export interface PodTemplate {
  owner: Resource<PodTemplateOwnerKind>;
  namespace: string;
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
  spec: PodSpec;
  /** Path of the template object inside the owner (`[]` for a Pod). */
  path: YamlPath;
  /** Path of the pod spec inside the owner. */
  specPath: YamlPath;
}

function dig(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function labelMap(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  // All strings (the usual case): the parsed mapping serves as it is, as in Resource.labels.
  if (allStrings(value as Record<string, unknown>)) return value as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (entry !== null && entry !== undefined) setOwn(out, key, String(entry));
  }
  return out;
}

export function podTemplateOf(resource: Resource): PodTemplate | undefined {
  const path = POD_TEMPLATE_PATHS[resource.kind];
  if (path === undefined || resource.namespace === undefined) return undefined;
  const template = dig(resource.body, path);
  if (template === null || typeof template !== 'object') return undefined;
  const spec = (template as { spec?: unknown }).spec;
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return undefined;
  const metadata = (template as { metadata?: { labels?: unknown; annotations?: unknown } }).metadata;
  return {
    owner: resource as Resource<PodTemplateOwnerKind>,
    namespace: resource.namespace,
    labels: labelMap(metadata?.labels),
    annotations: labelMap(metadata?.annotations),
    spec: spec as PodSpec,
    path,
    specPath: [...path, 'spec'],
  };
}
