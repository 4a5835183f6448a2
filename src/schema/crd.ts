import { acceptNull, convertNode, type ConversionStats } from './convert.js';
import { isObject, type JsonSchema } from './json-schema.js';

/** One version of a custom resource as a CustomResourceDefinition declares it. */
export interface CrdVersion {
  group: string;
  version: string;
  kind: string;
  namespaced: boolean;
  served: boolean;
  deprecated: boolean;
  /** The root schema, with apiVersion, kind and metadata added (CRD schemas leave them out). */
  schema: JsonSchema;
}

export interface CrdConvertOptions {
  formats: ReadonlySet<string>;
  /** `$ref` of the built-in ObjectMeta definition, so `metadata` is checked like any object's. */
  objectMetaRef: string;
  stats: ConversionStats;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function openApiSchema(holder: unknown): unknown {
  if (!isObject(holder)) return undefined;
  const schema = holder['openAPIV3Schema'];
  return isObject(schema) ? schema : undefined;
}

/**
 * The root schema of a custom resource. The CRD's own schema describes only the fields under the
 * root; the API server adds apiVersion and kind and validates metadata as ObjectMeta. A version
 * without a schema (apiextensions v1beta1 allowed that) keeps every field, as the API server does.
 */
export function customResourceRoot(raw: unknown, options: CrdConvertOptions): JsonSchema {
  const converted = raw === undefined ? {} : convertNode(raw, options);
  return {
    ...converted,
    type: 'object',
    properties: {
      ...converted.properties,
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: acceptNull({ $ref: options.objectMetaRef }),
    },
  };
}

/**
 * Every version a CustomResourceDefinition (apiextensions v1 or v1beta1) declares, each with its
 * converted schema; an object that is no usable CRD gives none.
 */
export function convertCrd(crd: unknown, options: CrdConvertOptions): CrdVersion[] {
  if (!isObject(crd) || !isObject(crd['spec'])) return [];
  const spec = crd['spec'];
  const group = text(spec['group']);
  const kind = isObject(spec['names']) ? text(spec['names']['kind']) : undefined;
  if (group === undefined || kind === undefined) return [];
  const namespaced = spec['scope'] !== 'Cluster';
  const shared = openApiSchema(spec['validation']);
  const declared = Array.isArray(spec['versions']) ? spec['versions'].filter(isObject) : [];
  const legacyVersion = text(spec['version']);
  if (declared.length === 0 && legacyVersion !== undefined) declared.push({ name: legacyVersion, served: true });
  const versions: CrdVersion[] = [];
  for (const entry of declared) {
    const version = text(entry['name']);
    if (version === undefined) continue;
    versions.push({
      group,
      version,
      kind,
      namespaced,
      served: entry['served'] !== false,
      deprecated: entry['deprecated'] === true,
      schema: customResourceRoot(openApiSchema(entry['schema']) ?? shared, options),
    });
  }
  return versions;
}
