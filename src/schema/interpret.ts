import type { ErrorObject } from 'ajv';
import type { SchemaRuntime } from './ajv.js';
import { canonicalJson, isObject, matchesType, own, refId, type JsonSchema } from './json-schema.js';

/** A validator as the rules call it: ajv's shape, so precompiled and interpreted ones are interchangeable. */
export type Validator = ((data: unknown) => boolean) & {
  errors?: ErrorObject[] | null;
  /** A yes/no answer, cheaper on valid data (precompiled validators); never yes where the validator finds a problem. */
  check?: (data: unknown) => boolean;
};

/** Resolves a `$ref`: a precompiled validator (built-in definitions) or a schema to interpret (local definitions). */
export type ResolveRef = (ref: string) => Validator | JsonSchema | undefined;

const LIMITS = [
  ['minimum', '>='],
  ['maximum', '<='],
  ['exclusiveMinimum', '>'],
  ['exclusiveMaximum', '<'],
] as const;

function escapePointer(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Length in code points, as JSON Schema (and ajv) count it. */
function length(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Validates without compiling: walks the schema beside the data. Used for schemas that arrive with
 * the input (CustomResourceDefinitions, `--schema-dir` files), where ajv's compile step would cost
 * more than every validation of a run together (seconds for Argo CD's or Strimzi's CRDs). It
 * reports ajv's error objects (keyword, instancePath, schemaPath, params) so one explainer serves both.
 */
export function interpretedValidator(root: JsonSchema, resolve: ResolveRef, runtime: SchemaRuntime): Validator {
  const patterns = new Map<string, RegExp>();
  const pattern = (source: string) => {
    let compiled = patterns.get(source);
    if (!compiled) {
      compiled = new RegExp(source);
      patterns.set(source, compiled);
    }
    return compiled;
  };

  const check = (schema: JsonSchema, data: unknown, instancePath: string, schemaPath: string, errors: ErrorObject[], depth: number): void => {
    const fail = (keyword: string, params: Record<string, unknown>, at = instancePath) => errors.push({ keyword, instancePath: at, schemaPath: `${schemaPath}/${keyword}`, params });
    if (depth > 64) return;
    if (schema.$ref !== undefined) {
      if (data === null && schema.nullable === true) return;
      const target = resolve(schema.$ref);
      if (typeof target === 'function') {
        // Its pre-check first: the validator with paths runs only for a value that fails it.
        if (target.check?.(data) === true) return;
        // A precompiled validator reports paths relative to the value it is given.
        if (!target(data)) for (const error of target.errors ?? []) errors.push({ ...error, instancePath: `${instancePath}${error.instancePath}` });
      } else if (target !== undefined) {
        check(target, data, instancePath, `#/definitions/${refId(schema.$ref) ?? ''}`, errors, depth + 1);
      }
      return;
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (data === null && schema.nullable === true) {
        if (schema.enum === undefined) return;
      } else if (!types.some((type) => matchesType(type, data))) {
        fail('type', { type: Array.isArray(schema.type) ? schema.type.join(',') : schema.type });
        return;
      }
    }
    if (schema.enum !== undefined && !schema.enum.some((allowed) => canonicalJson(allowed) === canonicalJson(data))) fail('enum', { allowedValues: schema.enum });

    if (typeof data === 'number') {
      for (const [keyword, comparison] of LIMITS) {
        const limit = schema[keyword];
        if (limit === undefined) continue;
        const ok = comparison === '>=' ? data >= limit : comparison === '<=' ? data <= limit : comparison === '>' ? data > limit : data < limit;
        if (!ok) fail(keyword, { comparison, limit });
      }
      if (schema.multipleOf !== undefined && !Number.isInteger(data / schema.multipleOf)) fail('multipleOf', { multipleOf: schema.multipleOf });
    }
    if (typeof data === 'string') {
      if (schema.minLength !== undefined && length(data) < schema.minLength) fail('minLength', { limit: schema.minLength });
      if (schema.maxLength !== undefined && length(data) > schema.maxLength) fail('maxLength', { limit: schema.maxLength });
      if (schema.pattern !== undefined && !pattern(schema.pattern).test(data)) fail('pattern', { pattern: schema.pattern });
    }
    if (schema.format !== undefined) {
      const format = own(runtime.formats, schema.format);
      const applies = format !== undefined && (format.type === 'string' ? typeof data === 'string' : typeof data === 'number');
      if (applies && !format.validate(data as never)) fail('format', { format: schema.format });
    }
    if (Array.isArray(data)) {
      if (schema.minItems !== undefined && data.length < schema.minItems) fail('minItems', { limit: schema.minItems });
      if (schema.maxItems !== undefined && data.length > schema.maxItems) fail('maxItems', { limit: schema.maxItems });
      if (schema.uniqueItems === true) {
        // As ajv: scan from the end and report the first repeat found, earlier index first.
        const seen = new Map<string, number>();
        for (let index = data.length - 1; index >= 0; index -= 1) {
          const key = canonicalJson(data[index]);
          const later = seen.get(key);
          if (later !== undefined) {
            fail('uniqueItems', { i: index, j: later });
            break;
          }
          seen.set(key, index);
        }
      }
      if (schema.items) {
        const items = schema.items;
        data.forEach((item, index) => check(items, item, `${instancePath}/${index}`, `${schemaPath}/items`, errors, depth + 1));
      }
    }
    if (isObject(data)) {
      const keys = Object.keys(data);
      if (schema.minProperties !== undefined && keys.length < schema.minProperties) fail('minProperties', { limit: schema.minProperties });
      if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) fail('maxProperties', { limit: schema.maxProperties });
      for (const field of schema.required ?? []) if (data[field] === undefined) fail('required', { missingProperty: field });
      const properties = schema.properties ?? {};
      for (const key of keys) {
        const child = `${instancePath}/${escapePointer(key)}`;
        const property = own(properties, key);
        if (property) check(property, data[key], child, `${schemaPath}/properties/${escapePointer(key)}`, errors, depth + 1);
        else if (schema.additionalProperties === false) fail('additionalProperties', { additionalProperty: key });
        else if (isObject(schema.additionalProperties)) check(schema.additionalProperties as JsonSchema, data[key], child, `${schemaPath}/additionalProperties`, errors, depth + 1);
      }
      const exclusive = schema['x-at-most-one-of'];
      if (exclusive && exclusive.filter((field) => data[field] !== undefined && data[field] !== null).length > 1) fail('x-at-most-one-of', { fields: exclusive });
    }
    for (const [index, branch] of (schema.allOf ?? []).entries()) check(branch, data, instancePath, `${schemaPath}/allOf/${index}`, errors, depth + 1);
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = schema[keyword];
      if (!branches) continue;
      const branchErrors: ErrorObject[] = [];
      const passing: number[] = [];
      branches.forEach((branch, index) => {
        const before = branchErrors.length;
        check(branch, data, instancePath, `${schemaPath}/${keyword}/${index}`, branchErrors, depth + 1);
        if (branchErrors.length === before) passing.push(index);
      });
      const ok = keyword === 'anyOf' ? passing.length > 0 : passing.length === 1;
      if (!ok) {
        errors.push(...branchErrors);
        fail(keyword, keyword === 'oneOf' ? { passingSchemas: passing.length > 1 ? passing.slice(0, 2) : null } : {});
      }
    }
    if (schema.not) {
      const inner: ErrorObject[] = [];
      check(schema.not, data, instancePath, `${schemaPath}/not`, inner, depth + 1);
      if (inner.length === 0) fail('not', {});
    }
  };

  const validate: Validator = (data: unknown) => {
    const errors: ErrorObject[] = [];
    check(root, data, '', '#', errors, 0);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}

/** Every `$ref` a schema makes, for checking up front that each resolves. */
export function refsOf(schema: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) refsOf(item, out);
  else if (isObject(schema)) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string') out.add(value);
      else refsOf(value, out);
    }
  }
  return out;
}
