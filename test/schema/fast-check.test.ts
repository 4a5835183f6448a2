import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-file.js';
import { createAjv, toAjvSchema } from '../../src/schema/ajv.js';
import { builtinSchemas } from '../../src/schema/builtin.js';
import { fastCheckSource } from '../../src/schema/generate/fast-check.js';
import type { Validator } from '../../src/schema/interpret.js';
import { definitionRef, isObject, type JsonSchema } from '../../src/schema/json-schema.js';
import { sampleSchema } from '../support/sample-schema.js';
import { sharedDir, sharedSkipReason } from '../support/shared.js';

// The pre-check must give the validator's answer: a yes where the validator finds a problem would
// lose findings, a no where it finds none only costs time. Both are checked, on the committed
// validators and on values made wrong in every way the schemas care about.

const builtins = builtinSchemas();
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const nodeRequire = createRequire(import.meta.url);
const formatTypes = Object.fromEntries(Object.entries(builtins.runtime.formats).map(([name, format]) => [name, format.type]));

/** Runs generated module source in memory, its `../runtime.cjs` being the built-in runtime. */
function checkOf(source: string): (data: unknown) => boolean {
  const module = { exports: {} as { check?: (data: unknown) => boolean } };
  const load = (request: string): unknown => (request === '../runtime.cjs' ? builtins.runtime : nodeRequire(request));
  new Function('module', 'require', source)(module, load);
  return module.exports.check as (data: unknown) => boolean;
}

/** Values that break a schema somewhere: wrong types, nulls, unknown fields, out-of-range numbers. */
const REPLACEMENTS: readonly unknown[] = [null, 'x', '', 'ABC_def', 7, -1, 0, 1.5, 3e10, true, [], ['x'], [{}], {}, { unknownField: 1 }, '1Gb', '512Mi'];

/** Calls `visit` with the value and with each mutation of it (one place changed at a time), restoring it after. */
function mutations(value: Record<string, unknown>, visit: () => void, limit: number): void {
  let count = 0;
  const walk = (node: unknown, depth: number) => {
    if (depth > 8 || count > limit) return;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((item, index) => [index, item]) : isObject(node) ? Object.entries(node) : [];
    const holder = node as Record<string | number, unknown>;
    for (const [key, original] of entries) {
      for (const replacement of REPLACEMENTS) {
        holder[key] = replacement;
        visit();
        count += 1;
      }
      if (!Array.isArray(node)) {
        delete holder[key];
        visit();
        holder[key] = original;
      } else holder[key] = original;
      walk(original, depth + 1);
    }
    if (isObject(node)) {
      holder['unknownField'] = 'x';
      visit();
      delete holder['unknownField'];
    }
  };
  visit();
  walk(value, 0);
}

describe('the pre-check of a generated module', () => {
  const objectMeta = definitionRef(builtins.index.kubernetes['1.35']?.objectMeta ?? '');
  // The shared sample without what the pre-check leaves to the validator (oneOf, uniqueItems), plus the rest of its keywords.
  const sample = sampleSchema(objectMeta);
  const { address: _combined, tags, ...sampleFields } = sample.properties?.['spec']?.properties ?? {};
  const { uniqueItems: _unique, ...listOfTags } = tags ?? {};
  const schema: JsonSchema = {
    ...sample,
    properties: {
      ...sample.properties,
      spec: {
        ...sample.properties?.['spec'],
        minProperties: 1,
        maxProperties: 8,
        properties: {
          ...sampleFields,
          tags: { ...listOfTags, minItems: 1 },
          size: { type: 'integer', minimum: 1, maximum: 9, format: 'int32' },
          ratio: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, nullable: true },
          level: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] },
          name: { type: 'string', pattern: '^[a-z]+$', minLength: 2, maxLength: 5, nullable: true },
          free: {},
        },
      },
    },
  };
  const source = fastCheckSource(schema, formatTypes);
  const ajv = createAjv(builtins.runtime, { standalone: false });
  const validate = ajv.compile(toAjvSchema(schema));

  it('is generated for the keywords the schemas use', () => {
    expect(source).toBeDefined();
  });

  it('answers as the validator does on every mutation of a valid value', () => {
    const check = checkOf(source ?? '');
    const value = { metadata: { name: 'a', labels: { x: 'y' } }, spec: { size: 3, ratio: 0.5, mode: null, level: 'c', name: 'abc', memory: '1Gi', tags: ['a'], labels: { a: null }, free: 1, match: { exact: 'x' } } };
    const disagreements: string[] = [];
    mutations(value, () => {
      if (check(value) !== validate(value)) disagreements.push(JSON.stringify(value));
    }, 10_000);
    expect(disagreements).toEqual([]);
  });

  it('is left out (the validator serves as the check) where a definition combines schemas', () => {
    expect(fastCheckSource({ type: 'object', anyOf: [{ required: ['a'] }, { required: ['b'] }] }, formatTypes)).toBeUndefined();
  });
});

const skip = sharedSkipReason();

describe.skipIf(skip !== undefined)(skip ?? 'the pre-checks on the corpus', () => {
  it('answer as the validators do for every resource of the corpus and its mutations', () => {
    const corpus = path.join(sharedDir() as string, 'corpus');
    const files: string[] = [];
    const collect = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) collect(file);
        else if (/\.ya?ml$/.test(entry.name)) files.push(file);
      }
    };
    collect(corpus);
    collect(path.join(ROOT, 'rules'));
    collect(path.join(ROOT, 'examples'));
    const disagreements = new Set<string>();
    // Each definition on its first documents only: the corpus repeats a few kinds thousands of times.
    const seen = new Map<string, number>();
    let compared = 0;
    for (const file of files) {
      for (const document of parseFile(file, readFileSync(file, 'utf8')).documents) {
        const value = document.value;
        if (!isObject(value) || typeof value['apiVersion'] !== 'string' || typeof value['kind'] !== 'string') continue;
        const kind = value['kind'];
        const ids = [...new Set([...builtins.versions.map((version) => builtins.index.kubernetes[version]?.kinds[value['apiVersion'] as string]?.[kind]?.id), builtins.index.crds[value['apiVersion']]?.[kind]?.id])];
        for (const id of ids) {
          if (id === undefined || (seen.get(id) ?? 0) >= 12) continue;
          seen.set(id, (seen.get(id) ?? 0) + 1);
          const validate = builtins.runtime.load(id) as Validator;
          const check = builtins.runtime.check(id);
          mutations(value, () => {
            compared += 1;
            if (check(value) !== validate(value)) disagreements.add(`${path.relative(ROOT, file)}: ${kind} ${id}: ${JSON.stringify(value).slice(0, 300)}`);
          }, 200);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(200);
    expect(compared).toBeGreaterThan(100_000);
    expect([...disagreements].slice(0, 10)).toEqual([]);
  }, 300_000);
});
