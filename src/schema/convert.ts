import { canonicalJson, isObject, matchesType, type JsonSchema, type JsonValue, type SchemaType } from './json-schema.js';

/** What conversion dropped because ajv cannot check it; reported by the generator, never silently lost. */
export interface ConversionStats {
  /** `x-kubernetes-validations` (CEL) rules: the API server runs them, ajv cannot. */
  celRules: number;
  /** Formats with no checker here (`uri`, `ipv4`, …), by name: treated as plain strings. */
  droppedFormats: Record<string, number>;
  /** Go (RE2) patterns that JavaScript cannot compile. */
  droppedPatterns: string[];
}

export function emptyStats(): ConversionStats {
  return { celRules: 0, droppedFormats: {}, droppedPatterns: [] };
}

export interface ConvertOptions {
  /** Formats the runtime checks; any other format is dropped. */
  formats: ReadonlySet<string>;
  /** Turns a `$ref` target (the definition's name) into a schema: an inlined alias or a reference. */
  reference?: (target: string) => JsonSchema;
  stats: ConversionStats;
  /**
   * Inside an anyOf/oneOf/allOf/not branch: a branch only adds constraints to fields its node
   * declares, so it gets no `additionalProperties: false` (which would reject the node's other
   * fields) and no nullability of its own.
   */
  branch?: boolean;
  /**
   * Convert each property's schema when it is first read rather than up front. A run validates a few
   * custom resources against a CRD of hundreds of kilobytes (Argo CD's ApplicationSet: 346 KB, 32 ms
   * to convert whole) and reads only the branches their fields take. Conversion counts into `stats`
   * only as it happens, so the generator, which reports them, converts eagerly.
   */
  lazy?: boolean;
}

const TYPES: ReadonlySet<string> = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const;

/** The target of `$ref: '#/components/schemas/X'` or `#/definitions/X`, or of OpenAPI v3's `allOf: [{$ref}]` wrapper. */
function refTarget(node: Record<string, unknown>): string | undefined {
  let ref = node['$ref'];
  const allOf = node['allOf'];
  if (ref === undefined && Array.isArray(allOf) && allOf.length === 1 && isObject(allOf[0]) && Object.keys(allOf[0]).length === 1) ref = allOf[0]['$ref'];
  if (typeof ref !== 'string') return undefined;
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** `oneOf: [{type: string}, {type: number}]` (Quantity, int-or-string) is a type list; as such ajv reports one error, not three. */
function typeAlternatives(branches: unknown): SchemaType[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const types: SchemaType[] = [];
  for (const branch of branches) {
    if (!isObject(branch) || typeof branch['type'] !== 'string' || !TYPES.has(branch['type'])) return undefined;
    if (Object.keys(branch).some((key) => key !== 'type' && key !== 'format')) return undefined;
    types.push(branch['type'] as SchemaType);
  }
  return types;
}

/**
 * Istio writes "at most one of a, b, c" as `oneOf: [{not: {anyOf: [{required: [a]}, …]}}, {required: [a]}, …]`.
 * Kept as is, one conflict produces four ajv errors and no readable message; as a keyword, one.
 */
function atMostOneOf(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches) || branches.length < 2) return undefined;
  const [first, ...rest] = branches;
  const negated = isObject(first) && Object.keys(first).length === 1 && isObject(first['not']) ? first['not']['anyOf'] : undefined;
  const single = (branch: unknown) => (isObject(branch) && Object.keys(branch).length === 1 && Array.isArray(branch['required']) && branch['required'].length === 1 && typeof branch['required'][0] === 'string' ? branch['required'][0] : undefined);
  if (!Array.isArray(negated) || negated.length !== rest.length) return undefined;
  const fields = rest.map(single);
  if (fields.some((field) => field === undefined)) return undefined;
  if (negated.some((branch, index) => single(branch) !== fields[index])) return undefined;
  return fields as string[];
}

/**
 * An optional field also accepts `null`: Kubernetes decodes `creationTimestamp: null` or an empty
 * `annotations:` key as "not set", and prunes nulls from custom resources. Written as OpenAPI's
 * `nullable` (which ajv understands beside `type`) rather than a `null` type, so ajv reports a wrong
 * type as "string", not "string,null", and generated code need not embed the schema for it.
 */
export function acceptNull(schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined && schema.type === undefined) return schema;
  const widened: JsonSchema = { ...schema, nullable: true };
  if (widened.enum !== undefined && !widened.enum.includes(null)) widened.enum = [...widened.enum, null];
  return widened;
}

function uniqueValues(values: readonly unknown[]): JsonValue[] {
  const seen = new Set<string>();
  const out: JsonValue[] = [];
  for (const value of values) {
    const key = canonicalJson(value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value as JsonValue);
  }
  return out;
}

/**
 * Whether a value passes a branch's constraint on one field, for the constraints branches use on
 * defaulted fields (enum, not, type, pattern); undefined when the schema says more than that.
 */
function accepts(schema: JsonSchema, value: unknown): boolean | undefined {
  const known = new Set(['enum', 'not', 'type', 'pattern', 'nullable']);
  if (Object.keys(schema).some((key) => !known.has(key))) return undefined;
  if (schema.enum && !schema.enum.some((allowed) => canonicalJson(allowed) === canonicalJson(value))) return false;
  if (typeof schema.type === 'string' && !matchesType(schema.type, value)) return false;
  if (schema.pattern !== undefined && typeof value === 'string' && !new RegExp(schema.pattern).test(value)) return false;
  if (schema.not) {
    const inner = accepts(schema.not, value);
    return inner === undefined ? undefined : !inner;
  }
  return true;
}

/**
 * The API server fills in defaults before it checks anyOf/oneOf, so a branch that rejects a field's
 * default cannot match when the field is left out: it must require the field. (Gateway API's
 * address `type` defaults to IPAddress, and its "not IPAddress" branch would otherwise match an
 * address without a type, next to the IPAddress branch: two matches, a oneOf failure.)
 */
function withDefaults(branch: JsonSchema, defaults: ReadonlyMap<string, unknown>): JsonSchema {
  const required = Object.entries(branch.properties ?? {}).filter(([name, constraint]) => defaults.has(name) && accepts(constraint, defaults.get(name)) === false).map(([name]) => name);
  if (required.length === 0) return branch;
  return { ...branch, required: [...new Set([...(branch.required ?? []), ...required])] };
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** A property whose value is made on first read and kept (a plain property from then on). */
function defineLazily(target: Record<string, JsonSchema>, name: string, make: () => JsonSchema): void {
  const settle = (value: JsonSchema): JsonSchema => {
    Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(target, name, { get: () => settle(make()), set: settle, enumerable: true, configurable: true });
}

/**
 * Converts one OpenAPI (v2, v3 or CRD structural) schema node into the JSON Schema subset of
 * `schemas/`: refs normalised, int-or-string and Quantity as type lists, `nullable` as a `null` type,
 * optional fields nullable, unknown fields rejected unless `x-kubernetes-preserve-unknown-fields`,
 * duplicate enum values removed, and all prose (`description`, `example`, …) and defaults dropped.
 */
export function convertNode(node: unknown, options: ConvertOptions): JsonSchema {
  if (!isObject(node)) return {};
  const target = refTarget(node);
  if (target !== undefined && options.reference) {
    const referenced = options.reference(target);
    return node['nullable'] === true ? acceptNull(referenced) : referenced;
  }
  const out: JsonSchema = {};
  const intOrString = node['x-kubernetes-int-or-string'] === true || node['format'] === 'int-or-string';
  const alternatives = typeAlternatives(node['oneOf']) ?? typeAlternatives(node['anyOf']);
  if (intOrString) out.type = ['integer', 'string'];
  else if (alternatives) out.type = alternatives;
  else if (typeof node['type'] === 'string' && TYPES.has(node['type'])) out.type = node['type'] as SchemaType;

  const format = node['format'];
  // int64 adds nothing to `type: integer` here (JavaScript numbers cannot exceed it), so it is not checked.
  if (typeof format === 'string' && !intOrString && format !== 'int64') {
    if (options.formats.has(format)) out.format = format;
    else options.stats.droppedFormats[format] = (options.stats.droppedFormats[format] ?? 0) + 1;
  }
  if (Array.isArray(node['enum'])) out.enum = uniqueValues(node['enum']);
  const pattern = node['pattern'];
  if (typeof pattern === 'string') {
    if (compiles(pattern)) out.pattern = pattern;
    else options.stats.droppedPatterns.push(pattern);
  }
  for (const keyword of NUMBER_KEYWORDS) {
    const value = node[keyword];
    if (typeof value === 'number') out[keyword] = value;
  }
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; draft-07 as numbers.
  if (node['exclusiveMinimum'] === true && out.minimum !== undefined) {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  }
  if (node['exclusiveMaximum'] === true && out.maximum !== undefined) {
    out.exclusiveMaximum = out.maximum;
    delete out.maximum;
  }
  if (node['uniqueItems'] === true) out.uniqueItems = true;
  if (isObject(node['items'])) out.items = convertNode(node['items'], options);

  const preserveUnknown = node['x-kubernetes-preserve-unknown-fields'] === true;
  const properties = node['properties'];
  if (isObject(properties)) {
    const required = Array.isArray(node['required']) ? node['required'].filter((name): name is string => typeof name === 'string') : [];
    out.properties = {};
    for (const [name, child] of Object.entries(properties)) {
      const nullable = !required.includes(name) && options.branch !== true;
      const convert = (): JsonSchema => (nullable ? acceptNull(convertNode(child, options)) : convertNode(child, options));
      if (options.lazy === true) defineLazily(out.properties, name, convert);
      else out.properties[name] = convert();
    }
    if (node['x-kubernetes-embedded-resource'] === true) {
      // An embedded object always carries its own identity, whether or not the schema lists it.
      out.properties['apiVersion'] ??= { type: 'string', nullable: true };
      out.properties['kind'] ??= { type: 'string', nullable: true };
      out.properties['metadata'] ??= { type: 'object', nullable: true };
    }
    if (required.length > 0) out.required = [...new Set(required)];
  }
  const additional = node['additionalProperties'];
  // Map values decode like optional fields: Go turns `key:` (null) into the zero value.
  if (isObject(additional)) out.additionalProperties = options.branch === true ? convertNode(additional, options) : acceptNull(convertNode(additional, options));
  else if (additional === false) out.additionalProperties = false;
  else if (out.properties !== undefined && additional === undefined && !preserveUnknown && options.branch !== true) out.additionalProperties = false;

  const inBranch: ConvertOptions = { ...options, branch: true };
  const defaults = new Map(Object.entries(isObject(properties) ? properties : {}).flatMap(([name, child]) => (isObject(child) && child['default'] !== undefined ? [[name, child['default']] as const] : [])));
  const branchOf = (branch: unknown) => withDefaults(convertNode(branch, inBranch), defaults);
  const exclusive = atMostOneOf(node['oneOf']);
  if (exclusive) out['x-at-most-one-of'] = exclusive;
  else if (Array.isArray(node['oneOf']) && !alternatives) out.oneOf = node['oneOf'].map(branchOf);
  if (Array.isArray(node['anyOf']) && !alternatives) out.anyOf = node['anyOf'].map(branchOf);
  if (Array.isArray(node['allOf']) && target === undefined) out.allOf = node['allOf'].map((branch) => convertNode(branch, inBranch));
  if (isObject(node['not'])) out.not = convertNode(node['not'], inBranch);

  if (Array.isArray(node['x-kubernetes-validations'])) options.stats.celRules += node['x-kubernetes-validations'].length;
  return node['nullable'] === true ? acceptNull(out) : out;
}
