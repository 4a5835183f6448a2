import type { PodSpec } from 'kubernetes-types/core/v1.js';
import { valueAt, type YamlPath } from '../parse/source.js';
import { POD_TEMPLATE_PATHS, type PodTemplateOwnerKind } from './kinds.js';
import { stringMap, type Resource } from './resource.js';

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

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const POD_LISTS = ['containers', 'initContainers', 'ephemeralContainers', 'volumes', 'imagePullSecrets', 'tolerations', 'hostAliases', 'topologySpreadConstraints', 'readinessGates'];
const POD_OBJECTS = ['securityContext', 'affinity', 'dnsConfig', 'nodeSelector'];
const CONTAINER_LISTS = ['env', 'envFrom', 'ports', 'volumeMounts', 'volumeDevices'];
const CONTAINER_WORDS = ['command', 'args'];
const CONTAINER_OBJECTS = ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'securityContext', 'resources'];

/**
 * Copies of `fields` with the listed keys made the shape the types promise: a list that is not a
 * list becomes empty, a list entry that is not a mapping becomes `{}` (so indexes, and the ranges
 * built from them, still point at what is written), an object that is not one is dropped. The input
 * is unchecked text: rules read PodSpec through these types, and a `containers: {…}` written by
 * mistake must give the schema finding, not a rule that throws. Well-formed input is returned as is.
 */
function shaped(fields: Fields, lists: readonly string[], objects: readonly string[], words: readonly string[], entry: (value: Fields, list: string) => Fields = (value) => value): Fields {
  let out: Fields | undefined;
  const set = (key: string, value: unknown) => {
    out ??= { ...fields };
    if (value === undefined) delete out[key];
    else out[key] = value;
  };
  // Indexed loops, and a copy of a list only once an item differs: this runs for every pod template
  // and container, nearly always on well-formed input, while the code is still cold.
  for (let k = 0; k < lists.length; k += 1) {
    const key = lists[k] as string;
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      set(key, []);
      continue;
    }
    let items: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const fixed = isFields(item) ? entry(item, key) : {};
      if (items === undefined && fixed !== item) items = value.slice(0, index);
      items?.push(fixed);
    }
    if (items !== undefined) set(key, items);
  }
  for (let k = 0; k < words.length; k += 1) {
    const key = words[k] as string;
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) set(key, []);
    else if (value.some((word: unknown) => typeof word !== 'string')) set(key, value.map((word: unknown) => (typeof word === 'string' ? word : JSON.stringify(word) ?? '')));
  }
  for (let k = 0; k < objects.length; k += 1) {
    const key = objects[k] as string;
    const value = fields[key];
    if (value !== undefined && value !== null && !isFields(value)) set(key, undefined);
  }
  return out ?? fields;
}

const CONTAINER_KINDS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

function shapedEntry(entry: Fields, list: string): Fields {
  return CONTAINER_KINDS.has(list) ? shaped(entry, CONTAINER_LISTS, CONTAINER_OBJECTS, CONTAINER_WORDS) : entry;
}

export function podTemplateOf(resource: Resource): PodTemplate | undefined {
  const path = POD_TEMPLATE_PATHS[resource.kind];
  if (path === undefined || resource.namespace === undefined) return undefined;
  const template = valueAt(resource.body, path);
  if (template === null || typeof template !== 'object') return undefined;
  const spec = (template as { spec?: unknown }).spec;
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return undefined;
  const metadata = (template as { metadata?: { labels?: unknown; annotations?: unknown } }).metadata;
  return {
    owner: resource as Resource<PodTemplateOwnerKind>,
    namespace: resource.namespace,
    labels: stringMap(metadata?.labels),
    annotations: stringMap(metadata?.annotations),
    spec: shaped(spec as Fields, POD_LISTS, POD_OBJECTS, [], shapedEntry) as unknown as PodSpec,
    path,
    specPath: [...path, 'spec'],
  };
}
