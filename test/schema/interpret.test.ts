import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/engine/settings.js';
import { catalogFor } from '../../src/schema/catalog.js';
import { schemaProblems } from '../../src/schema/validate.js';
import { graphOf } from '../support/graph-of.js';
import { ROOT } from '../support/bundle.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { createAjv, toAjvSchema } from '../../src/schema/ajv.js';
import { builtinSchemas } from '../../src/schema/builtin.js';
import { interpretedValidator, type Validator } from '../../src/schema/interpret.js';
import { definitionRef, isObject, refId, type JsonSchema } from '../../src/schema/json-schema.js';
import { sampleSchema } from '../support/sample-schema.js';
import { sharedDir, sharedSkipReason } from '../support/shared.js';
import { widgetCrd } from '../support/widget-crd.js';

const builtins = builtinSchemas();
const objectMeta = definitionRef(builtins.index.kubernetes['1.35']?.objectMeta ?? '');

/** The interpreter with every `$ref` interpreted too (no precompiled code involved). */
function interpreterOf(root: JsonSchema): Validator {
  return interpretedValidator(root, (ref) => builtins.definitions().get(refId(ref) ?? ''), builtins.runtime);
}

function errorSet(errors: readonly ErrorObject[] | null | undefined): string[] {
  return [...new Set((errors ?? []).map((error) => `${error.keyword} ${error.instancePath} ${JSON.stringify(error.params)}`))].sort();
}

const ajv = createAjv(builtins.runtime, { standalone: false });

const SCHEMA = sampleSchema(objectMeta);


const CASES: Record<string, unknown> = {
  valid: { metadata: { name: 'a', creationTimestamp: null }, spec: { size: 3, mode: null, labels: { a: null }, address: { value: '1.2.3.4' } } },
  everything: {
    metadata: { name: 5, nam: 'x' },
    extra: true,
    spec: { size: 0, mode: 'medium', name: 'ABCDEFG', memory: '1Gb', tags: ['a', 'a', 'b', 'c'], labels: { a: 1 }, match: { exact: 'x', prefix: 'y' }, address: { type: 'IP', value: 1 } },
  },
  wrongTypes: { spec: { size: 'big', tags: 'a', match: [], address: { type: 'Hostname' } } },
  missing: { metadata: null },
};

describe('the interpreter agrees with ajv', () => {
  const compiled = ajv.compile(toAjvSchema(SCHEMA));
  const interpreted = interpreterOf(SCHEMA);
  for (const [name, data] of Object.entries(CASES)) {
    it(`on the ${name} case`, () => {
      compiled(data);
      interpreted(data);
      expect(errorSet(interpreted.errors)).toEqual(errorSet(compiled.errors));
    });
  }

  it('reports nothing and null errors for a valid object', () => {
    expect(interpreted(CASES['valid'])).toBe(true);
    expect(interpreted.errors).toBeNull();
  });
});

describe('references to precompiled definitions', () => {
  it("run the definition's validator only for a value its pre-check refuses, and place its errors", () => {
    const calls: string[] = [];
    const target: Validator = Object.assign(
      (data: unknown) => {
        calls.push('validator');
        target.errors = data === 1 ? null : [{ keyword: 'type', instancePath: '', schemaPath: '#/type', params: { type: 'integer' } }];
        return data === 1;
      },
      { check: (data: unknown) => (calls.push('check'), data === 1) },
    );
    const validate = interpretedValidator({ properties: { a: { $ref: '#/definitions/x' } } }, () => target, builtins.runtime);
    expect(validate({ a: 1 })).toBe(true);
    expect(calls).toEqual(['check']);
    calls.length = 0;
    expect(validate({ a: 'one' })).toBe(false);
    expect(calls).toEqual(['check', 'validator']);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(['/a']);
  });

  it("of a CRD in the input are the built-in definitions' pre-checks: a valid custom resource compiles no validator", () => {
    const text = readFileSync(path.join(ROOT, 'rules/schema/valid/custom-resources.yaml'), 'utf8');
    const graph = graphOf(text);
    const catalog = catalogFor(graph, DEFAULT_SETTINGS);
    const load = vi.spyOn(catalog.builtins.runtime, 'load');
    try {
      const backups = graph.ofAnyKind('Backup');
      expect(backups.length).toBeGreaterThan(0);
      for (const backup of backups) expect(schemaProblems(catalog, backup)).toEqual([]);
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });
});

describe('a CRD in the input', () => {
  const crd = widgetCrd(`    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size: {type: integer}
                rarely:
                  type: object
                  properties:
                    deep: {type: string}
`);
  const widget = (spec: string) => `---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w, namespace: default}
spec: ${spec}
`;
  const specSchema = (graph: ReturnType<typeof graphOf>) => catalogFor(graph, DEFAULT_SETTINGS).schemaFor('example.com/v1', 'Widget')?.root()?.properties?.['spec'];

  it('has its schema converted only along the fields its resources use', () => {
    const graph = graphOf(crd + widget('{size: 3}'));
    const [resource] = graph.ofAnyKind('Widget');
    expect(schemaProblems(catalogFor(graph, DEFAULT_SETTINGS), resource as NonNullable<typeof resource>)).toEqual([]);
    const properties = specSchema(graph)?.properties ?? {};
    expect(Object.getOwnPropertyDescriptor(properties, 'size')).toHaveProperty('value');
    expect(Object.getOwnPropertyDescriptor(properties, 'rarely')).toHaveProperty('get');
  });

  it('still finds problems in the fields converted last', () => {
    const graph = graphOf(crd + widget('{size: 3, rarely: {deep: 5, deeper: true}}'));
    const [resource] = graph.ofAnyKind('Widget');
    const problems = schemaProblems(catalogFor(graph, DEFAULT_SETTINGS), resource as NonNullable<typeof resource>) ?? [];
    expect(problems.map((problem) => problem.path.join('.')).sort()).toEqual(['spec.rarely.deep', 'spec.rarely.deeper']);
  });
});

const skip = sharedSkipReason();

describe.skipIf(skip !== undefined)(skip ?? 'the interpreter on the corpus', () => {
  it('finds what the precompiled validators find for every bundled custom resource in the corpus', () => {
    const corpus = path.join(sharedDir() as string, 'corpus');
    const differences: string[] = [];
    let compared = 0;
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'LICENSES') visit(file);
          continue;
        }
        if (!/\.ya?ml$/.test(entry.name)) continue;
        const text = readFileSync(file, 'utf8');
        if (!text.includes('istio.io') && !text.includes('gateway.networking.k8s.io') && !text.includes('monitoring.coreos.com')) continue;
        for (const document of parseFile(file, text).documents) {
          const value = document.value;
          if (!isObject(value) || typeof value['apiVersion'] !== 'string' || typeof value['kind'] !== 'string') continue;
          const id = builtins.index.crds[value['apiVersion']]?.[value['kind']]?.id;
          if (id === undefined) continue;
          const precompiled = builtins.runtime.load(id) as Validator;
          const interpreted = interpreterOf(builtins.definitions().get(id) as JsonSchema);
          precompiled(value);
          interpreted(value);
          compared += 1;
          if (errorSet(precompiled.errors).join('\n') !== errorSet(interpreted.errors).join('\n')) differences.push(`${path.relative(corpus, file)}: ${value['kind']}`);
        }
      }
    };
    visit(corpus);
    expect(compared).toBeGreaterThan(500);
    expect(differences).toEqual([]);
  }, 60_000);
});
