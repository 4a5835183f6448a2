/** Any JSON value, as read from upstream documents and written to `schemas/`. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type JsonObject = { [key: string]: JsonValue };

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

/**
 * The JSON Schema subset shipshape writes to `schemas/` and compiles with ajv: draft-07 plus two
 * extensions, OpenAPI's `nullable` ("or null", beside `type` or a `$ref`) and `x-at-most-one-of` (the
 * mutually exclusive fields that Istio's CRDs spell as a `oneOf` of `required` lists).
 */
export interface JsonSchema {
  $ref?: string;
  nullable?: boolean;
  type?: SchemaType | SchemaType[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  enum?: JsonValue[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  'x-at-most-one-of'?: string[];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON with object keys sorted at every level, so equal schemas hash and diff equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}

/** Where a definition lives in `schemas/kubernetes/definitions.json`. */
export const DEFINITION_REF_PREFIX = '#/definitions/';

export function definitionRef(id: string): string {
  return `${DEFINITION_REF_PREFIX}${id}`;
}

/** The id a `$ref` names, or undefined when it is not a definition reference. */
export function refId(ref: string): string | undefined {
  return ref.startsWith(DEFINITION_REF_PREFIX) ? ref.slice(DEFINITION_REF_PREFIX.length) : undefined;
}

/** Whether a value has a JSON Schema type, as ajv decides it (integers are numbers; null is its own type). */
export function matchesType(type: SchemaType, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
  }
}

/** `record[key]` for own keys only, so `constructor` or `__proto__` from a manifest never reads Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
