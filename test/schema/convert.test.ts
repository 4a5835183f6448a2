import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertNode, emptyStats, type ConvertOptions } from '../../src/schema/convert.js';
import { convertCrd, crdDeclarations, customResourceRoot } from '../../src/schema/crd.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { sharedDir, sharedSkipReason } from '../support/shared.js';

const FORMATS = new Set(['int32', 'date-time', 'byte', 'quantity', 'double', 'float']);

function options(reference?: ConvertOptions['reference']): ConvertOptions {
  return { formats: FORMATS, stats: emptyStats(), ...(reference ? { reference } : {}) };
}

describe('convertNode', () => {
  it('turns int-or-string and string-or-number alternatives into type lists', () => {
    expect(convertNode({ 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] }, options())).toEqual({ type: ['integer', 'string'] });
    expect(convertNode({ format: 'int-or-string', type: 'string' }, options())).toEqual({ type: ['integer', 'string'] });
    expect(convertNode({ oneOf: [{ type: 'string' }, { type: 'number' }] }, options())).toEqual({ type: ['string', 'number'] });
  });

  it('makes optional fields and map values nullable, and required ones not', () => {
    const converted = convertNode(
      { type: 'object', required: ['name'], properties: { name: { type: 'string' }, port: { type: 'integer', format: 'int32' }, mode: { type: 'string', enum: ['A', 'B'] } }, },
      options(),
    );
    expect(converted.properties).toEqual({
      name: { type: 'string' },
      port: { type: 'integer', format: 'int32', nullable: true },
      mode: { type: 'string', enum: ['A', 'B', null], nullable: true },
    });
    expect(convertNode({ type: 'object', additionalProperties: { type: 'string' } }, options()).additionalProperties).toEqual({ type: 'string', nullable: true });
  });

  it('rejects unknown fields unless the schema preserves them', () => {
    expect(convertNode({ type: 'object', properties: { a: { type: 'string' } } }, options()).additionalProperties).toBe(false);
    expect(convertNode({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { a: { type: 'string' } } }, options()).additionalProperties).toBeUndefined();
    expect(convertNode({ type: 'object' }, options())).toEqual({ type: 'object' });
  });

  it('drops prose, defaults and extensions, and removes duplicate enum values', () => {
    const converted = convertNode({ type: 'string', description: 'words', default: 'Cluster', example: 'x', 'x-kubernetes-list-type': 'atomic', enum: ['Cluster', 'Cluster', 'Local', 'Local'] }, options());
    expect(converted).toEqual({ type: 'string', enum: ['Cluster', 'Local'] });
  });

  it('keeps known formats, drops the others and counts them', () => {
    const stats = emptyStats();
    expect(convertNode({ type: 'string', format: 'date-time' }, { formats: FORMATS, stats })).toEqual({ type: 'string', format: 'date-time' });
    expect(convertNode({ type: 'string', format: 'ipv4' }, { formats: FORMATS, stats })).toEqual({ type: 'string' });
    expect(convertNode({ type: 'integer', format: 'int64' }, { formats: FORMATS, stats })).toEqual({ type: 'integer' });
    expect(stats.droppedFormats).toEqual({ ipv4: 1 });
  });

  it('unwraps OpenAPI v3 allOf-wrapped references and inlines what the reference function inlines', () => {
    const reference = (target: string) => (target === 'Quantity' ? { type: ['string', 'number'] as ['string', 'number'], format: 'quantity' } : { $ref: `#/definitions/${target}` });
    const converted = convertNode({ type: 'object', properties: { spec: { allOf: [{ $ref: '#/components/schemas/Spec' }], default: {} }, cpu: { $ref: '#/components/schemas/Quantity' } } }, options(reference));
    expect(converted.properties).toEqual({ spec: { $ref: '#/definitions/Spec', nullable: true }, cpu: { type: ['string', 'number'], format: 'quantity', nullable: true } });
  });

  it("writes Istio's oneOf of required fields as at-most-one-of, and keeps other branches free of strictness", () => {
    const istio = convertNode(
      { type: 'object', properties: { exact: { type: 'string' }, prefix: { type: 'string' } }, oneOf: [{ not: { anyOf: [{ required: ['exact'] }, { required: ['prefix'] }] } }, { required: ['exact'] }, { required: ['prefix'] }] },
      options(),
    );
    expect(istio['x-at-most-one-of']).toEqual(['exact', 'prefix']);
    expect(istio.oneOf).toBeUndefined();
    const branched = convertNode({ type: 'object', properties: { a: { type: 'string' } }, anyOf: [{ properties: { a: { enum: ['x'] } } }] }, options());
    expect(branched.anyOf).toEqual([{ properties: { a: { enum: ['x'] } } }]);
  });

  it("makes a branch require a defaulted field whose default it rejects, as the API server defaults first", () => {
    const converted = convertNode(
      {
        type: 'object',
        properties: { type: { type: 'string', default: 'IPAddress' }, value: { type: 'string' } },
        oneOf: [{ properties: { type: { enum: ['IPAddress'] } } }, { properties: { type: { not: { enum: ['IPAddress'] } } } }],
      },
      options(),
    );
    expect(converted.oneOf).toEqual([{ properties: { type: { enum: ['IPAddress'] } } }, { properties: { type: { not: { enum: ['IPAddress'] } } }, required: ['type'] }]);
  });

  it('converts OpenAPI 3.0 boolean exclusive bounds and nullable, and counts CEL rules', () => {
    const stats = emptyStats();
    expect(convertNode({ type: 'integer', minimum: 0, exclusiveMinimum: true, nullable: true, 'x-kubernetes-validations': [{ rule: 'self > 1' }] }, { formats: FORMATS, stats })).toEqual({ type: 'integer', exclusiveMinimum: 0, nullable: true });
    expect(stats.celRules).toBe(1);
  });
});

describe('convertCrd', () => {
  const crd = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    spec: {
      group: 'example.com',
      scope: 'Cluster',
      names: { kind: 'Widget', plural: 'widgets' },
      versions: [
        { name: 'v1', served: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', properties: { size: { type: 'integer' } } } } } } },
        { name: 'v1beta1', served: false, deprecated: true },
      ],
    },
  };

  it('gives every version with apiVersion, kind and ObjectMeta metadata added to the root', () => {
    const versions = convertCrd(crd, { formats: FORMATS, objectMetaRef: '#/definitions/ObjectMeta', stats: emptyStats() });
    expect(versions.map((version) => [version.version, version.served, version.deprecated, version.namespaced])).toEqual([
      ['v1', true, false, false],
      ['v1beta1', false, true, false],
    ]);
    expect(versions[0]?.schema.properties?.['metadata']).toEqual({ $ref: '#/definitions/ObjectMeta', nullable: true });
    expect(versions[0]?.schema.properties?.['kind']).toEqual({ type: 'string' });
    expect(versions[0]?.schema.additionalProperties).toBe(false);
    expect(versions[1]?.schema.additionalProperties).toBeUndefined();
  });

  it('reads apiextensions v1beta1 CRDs with one shared schema', () => {
    const legacy = { spec: { group: 'example.com', version: 'v1alpha1', names: { kind: 'Gadget' }, validation: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object' } } } } } };
    const [version] = convertCrd(legacy, { formats: FORMATS, objectMetaRef: '#/definitions/ObjectMeta', stats: emptyStats() });
    expect(version).toMatchObject({ group: 'example.com', version: 'v1alpha1', kind: 'Gadget', served: true, namespaced: true });
    expect(Object.keys(version?.schema.properties ?? {}).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
  });

  it('ignores objects that are no usable CRD', () => {
    expect(convertCrd({ spec: { names: { kind: 'X' } } }, { formats: FORMATS, objectMetaRef: '', stats: emptyStats() })).toEqual([]);
  });
});

describe('lazy conversion', () => {
  const meta = '#/definitions/ObjectMeta';
  /** A schema's plain JSON, every lazy property read. */
  const settled = (schema: unknown) => JSON.parse(JSON.stringify(schema)) as unknown;

  it('converts a property when it is first read, and only once', () => {
    const stats = emptyStats();
    const node = { type: 'object', properties: { a: { type: 'string', format: 'ipv4' }, b: { type: 'object', properties: { c: { type: 'string', format: 'uri' } } } } };
    const converted = convertNode(node, { formats: FORMATS, stats, lazy: true });
    const properties = converted.properties ?? {};
    expect(Object.keys(properties)).toEqual(['a', 'b']);
    expect(stats.droppedFormats).toEqual({});
    expect(properties['a']).toEqual({ type: 'string', nullable: true });
    expect(stats.droppedFormats).toEqual({ ipv4: 1 });
    const b = properties['b'];
    expect(stats.droppedFormats).toEqual({ ipv4: 1 });
    expect(b?.properties?.['c']).toEqual({ type: 'string', nullable: true });
    expect(properties['b']).toBe(b);
    expect(b?.properties?.['c']).toBe(b?.properties?.['c']);
    expect(stats.droppedFormats).toEqual({ ipv4: 1, uri: 1 });
  });

  it('gives what eager conversion gives, branches and embedded resources included', () => {
    const node = {
      type: 'object',
      required: ['name'],
      'x-kubernetes-embedded-resource': true,
      properties: { name: { type: 'string' }, port: { 'x-kubernetes-int-or-string': true }, match: { type: 'object', properties: { exact: { type: 'string' }, prefix: { type: 'string' } } } },
      oneOf: [{ properties: { name: { enum: ['a'] } } }, { properties: { port: { not: { type: 'integer' } } } }],
    };
    const eager = convertNode(node, { formats: FORMATS, stats: emptyStats() });
    expect(settled(convertNode(node, { formats: FORMATS, stats: emptyStats(), lazy: true }))).toEqual(settled(eager));
  });

  const skip = sharedSkipReason();
  it.skipIf(skip !== undefined)(skip ?? 'gives what eager conversion gives for every upstream CRD', () => {
    const dir = path.join(sharedDir() as string, 'upstream', 'crds');
    let compared = 0;
    for (const product of readdirSync(dir)) {
      for (const name of readdirSync(path.join(dir, product)).filter((file) => /\.ya?ml$/.test(file))) {
        const file = path.join(dir, product, name);
        for (const document of parseFile(file, readFileSync(file, 'utf8')).documents) {
          for (const declaration of crdDeclarations(document.value)) {
            const eager = customResourceRoot(declaration.rawSchema, { formats: FORMATS, objectMetaRef: meta, stats: emptyStats() });
            const lazy = customResourceRoot(declaration.rawSchema, { formats: FORMATS, objectMetaRef: meta, stats: emptyStats(), lazy: true });
            expect(settled(lazy), `${name} ${declaration.kind} ${declaration.version}`).toEqual(settled(eager));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  }, 60_000);
});
