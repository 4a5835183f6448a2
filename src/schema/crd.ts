import { acceptNull, convertNode, type ConversionStats } from './convert.js';
import { isObject, type JsonSchema } from './json-schema.js';

/** One version of a custom resource as a CustomResourceDefinition declares it, schema not yet converted. */
export interface CrdDeclaration {
  group: string;
  version: string;
  kind: string;
  namespaced: boolean;
  served: boolean;
  deprecated: boolean;
  /** The version's `openAPIV3Schema` as written (or the CRD-wide one of apiextensions v1beta1). */
  rawSchema: unknown;
}

/** A declared version with its converted root schema. */
export interface CrdVersion extends Omit<CrdDeclaration, 'rawSchema'> {
  /** The root schema, with apiVersion, kind and metadata added (CRD schemas leave them out). */
  schema: JsonSchema;
}

export interface CrdConvertOptions {
  formats: ReadonlySet<string>;
  /** `$ref` of the built-in ObjectMeta definition, so `metadata` is checked like any object's. */
  objectMetaRef: string;
  stats: ConversionStats;
  /** Convert properties on first read (see ConvertOptions.lazy). */
  lazy?: boolean;
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
  // The spread below reads the root's properties: with `lazy`, that converts them one level deep only.
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
 * Every version a CustomResourceDefinition (apiextensions v1 or v1beta1) declares, without converting
 * schemas (a run converts only those its custom resources need); an object that is no usable CRD gives none.
 */
export function crdDeclarations(crd: unknown): CrdDeclaration[] {
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
  return declared.flatMap((entry) => {
    const version = text(entry['name']);
    if (version === undefined) return [];
    return [{ group, version, kind, namespaced, served: entry['served'] !== false, deprecated: entry['deprecated'] === true, rawSchema: openApiSchema(entry['schema']) ?? shared }];
  });
}

/** Every version a CustomResourceDefinition declares, each with its converted schema. */
export function convertCrd(crd: unknown, options: CrdConvertOptions): CrdVersion[] {
  return crdDeclarations(crd).map(({ rawSchema, ...declaration }) => ({ ...declaration, schema: customResourceRoot(rawSchema, options) }));
}
