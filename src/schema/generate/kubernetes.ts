import { isObject } from '../json-schema.js';
import type { OpenApiDocument } from './upstream.js';

/** A kind the API server of one version serves: what a manifest may name in apiVersion/kind. */
export interface ServedKind {
  groupVersion: string;
  kind: string;
  /** The definition (component schema) name of its objects. */
  definition: string;
  namespaced: boolean;
}

export interface KubernetesVersionSpec {
  /** Every component schema of the version, by name, as upstream wrote it. */
  definitions: Map<string, Record<string, unknown>>;
  kinds: ServedKind[];
}

function gvkKey(group: string, version: string, kind: string): string {
  return `${group}/${version}/${kind}`;
}

function groupVersionKinds(value: unknown): { group: string; version: string; kind: string }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((entry) => {
    const { group, version, kind } = entry;
    return typeof group === 'string' && typeof version === 'string' && typeof kind === 'string' ? [{ group, version, kind }] : [];
  });
}

/**
 * A path addresses a resource collection or object, not a subresource (`…/pods/{name}/status`,
 * `…/deployments/{name}/scale`) and not a watch.
 */
function isResourcePath(route: string): boolean {
  if (route.includes('/watch/')) return false;
  const afterName = route.split('/{name}')[1];
  return afterName === undefined || afterName === '';
}

/** Definition names an operation sends or returns (`$ref` of its request body or 200 response). */
function operationSchemas(operation: Record<string, unknown>): string[] {
  const names: string[] = [];
  const collect = (holder: unknown) => {
    const content = isObject(holder) ? holder['content'] : undefined;
    if (!isObject(content)) return;
    for (const media of Object.values(content)) {
      const ref = isObject(media) && isObject(media['schema']) ? media['schema']['$ref'] : undefined;
      if (typeof ref === 'string') names.push(ref.slice(ref.lastIndexOf('/') + 1));
    }
  };
  collect(operation['requestBody']);
  collect(isObject(operation['responses']) ? operation['responses']['200'] : undefined);
  return names;
}

/**
 * Reads one Kubernetes version: its definitions merged over all group-version documents, and the
 * kinds it serves. A kind is served when an object of it is created, replaced or read on a resource
 * path of its own group-version document, which keeps out list kinds, subresource kinds (`autoscaling/v1`
 * Scale, reached through `deployments/{name}/scale`) and option kinds. (Operations carry no
 * group-version-kind before 1.24, so the request and response schemas decide.) A kind is namespaced
 * when one of its paths runs through `/namespaces/{namespace}/`.
 */
export function readKubernetesVersion(documents: readonly OpenApiDocument[]): KubernetesVersionSpec {
  const definitions = new Map<string, Record<string, unknown>>();
  for (const { document } of documents) {
    const schemas = isObject(document['components']) ? document['components']['schemas'] : undefined;
    if (!isObject(schemas)) continue;
    for (const [name, schema] of Object.entries(schemas)) if (isObject(schema)) definitions.set(name, schema);
  }
  const kinds = new Map<string, ServedKind>();
  for (const { groupVersion, document } of documents) {
    const slash = groupVersion.indexOf('/');
    const group = slash === -1 ? '' : groupVersion.slice(0, slash);
    const version = slash === -1 ? groupVersion : groupVersion.slice(slash + 1);
    const paths = isObject(document['paths']) ? document['paths'] : {};
    for (const [route, item] of Object.entries(paths)) {
      if (!isObject(item) || !isResourcePath(route)) continue;
      const objectPath = route.endsWith('/{name}');
      for (const [method, operation] of Object.entries(item)) {
        if (!isObject(operation)) continue;
        if (!(method === 'post' || method === 'put' || (method === 'get' && objectPath))) continue;
        for (const definition of operationSchemas(operation)) {
          const schema = definitions.get(definition);
          for (const gvk of groupVersionKinds(schema?.['x-kubernetes-group-version-kind'])) {
            if (gvk.group !== group || gvk.version !== version) continue;
            const key = gvkKey(group, version, gvk.kind);
            const namespaced = route.includes('/namespaces/{namespace}/');
            const known = kinds.get(key);
            if (known) known.namespaced ||= namespaced;
            else kinds.set(key, { groupVersion, kind: gvk.kind, definition, namespaced });
          }
        }
      }
    }
  }
  return { definitions, kinds: [...kinds.values()].sort((a, b) => gvkKey('', a.groupVersion, a.kind).localeCompare(gvkKey('', b.groupVersion, b.kind))) };
}
