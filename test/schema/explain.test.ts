import { describe, expect, it } from 'vitest';
import { SchemaCatalog } from '../../src/schema/catalog.js';
import { explainErrors } from '../../src/schema/explain.js';
import { builtinSchemas } from '../../src/schema/builtin.js';
import { interpretedValidator } from '../../src/schema/interpret.js';
import type { JsonSchema } from '../../src/schema/json-schema.js';
import { describeObjectAt } from '../../src/schema/walk.js';

const catalog = new SchemaCatalog('1.35', [], []);

function problems(apiVersion: string, kind: string, body: Record<string, unknown>): string[] {
  const schema = catalog.schemaFor(apiVersion, kind);
  const validate = schema?.validator();
  if (!schema || !validate) throw new Error(`no schema for ${apiVersion} ${kind}`);
  validate(body);
  const root = schema.root() as JsonSchema;
  return explainErrors(validate.errors ?? [], body, (path) => describeObjectAt(root, path, (id) => catalog.builtins.definitions().get(id))).map((problem) => `${problem.kind} ${problem.path.join('.')}${problem.key ? ' (key)' : ''}: ${problem.message}`);
}

function deployment(container: Record<string, unknown>, spec: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', creationTimestamp: null, annotations: null },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', ...container }] } }, ...spec },
  };
}

describe('explainErrors on built-in kinds', () => {
  it('accepts null optional fields, int-or-string and numeric quantities', () => {
    expect(problems('apps/v1', 'Deployment', deployment({ ports: [{ containerPort: 80 }], resources: { limits: { cpu: 1, memory: '512Mi' } }, readinessProbe: { httpGet: { port: 'http' } } }, { strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } } }))).toEqual([]);
  });

  it('says which values an enum allows', () => {
    expect(problems('apps/v1', 'Deployment', deployment({ imagePullPolicy: 'Sometimes' }))).toEqual([
      'notAllowed spec.template.spec.containers.0.imagePullPolicy: spec.template.spec.containers[0].imagePullPolicy must be one of Always, IfNotPresent, Never; got Sometimes',
    ]);
  });

  it('points at an unknown key, names the type and suggests the field meant', () => {
    expect(problems('apps/v1', 'Deployment', deployment({ ports: [{ containerPort: 80, protocl: 'TCP' }] }))).toEqual([
      'unknownField spec.template.spec.containers.0.ports.0.protocl (key): unknown-field: spec.template.spec.containers[0].ports[0].protocl is not a field of ContainerPort; did you mean protocol?',
    ]);
  });

  it('reports a wrong type once, without the enum or format complaints it causes', () => {
    expect(problems('apps/v1', 'Deployment', deployment({ imagePullPolicy: 3 }, { replicas: '3' }))).toEqual([
      'wrongType spec.replicas: spec.replicas must be an integer, not the string "3"',
      'wrongType spec.template.spec.containers.0.imagePullPolicy: spec.template.spec.containers[0].imagePullPolicy must be a string, not the integer 3',
    ]);
  });

  it('explains malformed quantities and missing required fields', () => {
    expect(problems('apps/v1', 'Deployment', deployment({ name: undefined, resources: { requests: { memory: '1Gb' } } }))).toEqual([
      'required spec.template.spec.containers.0.name: spec.template.spec.containers[0].name is required',
      'invalid spec.template.spec.containers.0.resources.requests.memory: spec.template.spec.containers[0].resources.requests.memory must be a quantity such as 250m, 0.5, 512Mi or 2Gi; got 1Gb',
    ]);
  });

  it('folds a misspelt required field into one problem', () => {
    expect(problems('v1', 'ConfigMap', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, binaryDta: { a: 'Yg==' } })).toEqual([
      'unknownField binaryDta (key): unknown-field: binaryDta is not a field of ConfigMap; did you mean binaryData?',
    ]);
    const body = deployment({ nmae: 'web' });
    const containers = (((body['spec'] as Record<string, unknown>)['template'] as Record<string, unknown>)['spec'] as { containers: Record<string, unknown>[] }).containers;
    delete containers[0]?.['name'];
    expect(problems('apps/v1', 'Deployment', body)).toEqual([
      'unknownField spec.template.spec.containers.0.nmae (key): unknown-field: spec.template.spec.containers[0].nmae is not a field of Container; did you mean name? (name is required)',
    ]);
  });

  it('says so when an unquoted colon turned a list item into a mapping', () => {
    expect(problems('v1', 'Pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { containers: [{ name: 'a', image: 'b', args: [{ 'x:y': null }] }] } })).toEqual([
      'wrongType spec.containers.0.args.0: spec.containers[0].args[0] must be a string, not a mapping (an unquoted \':\' made "x:y" a mapping key; quote the value)',
    ]);
  });
});

describe('explainErrors on branches', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: { a: { type: 'string', nullable: true }, b: { type: 'string', nullable: true }, c: { type: 'integer', nullable: true } },
    additionalProperties: false,
    anyOf: [{ required: ['a'] }, { required: ['b'] }],
    oneOf: [{ properties: { c: { minimum: 10 } } }, { properties: { c: { maximum: 5 } } }],
  };
  const validate = interpretedValidator(schema, () => undefined, builtinSchemas().runtime);
  const explain = (data: Record<string, unknown>) => {
    validate(data);
    return explainErrors(validate.errors ?? [], data, () => ({ fields: ['a', 'b', 'c'] })).map((problem) => problem.message);
  };

  it('folds the branch errors of a failed anyOf into one problem', () => {
    expect(explain({ c: 20 })).toEqual(['the object must set one of a, b']);
  });

  it('says when more than one oneOf branch matches, or none does', () => {
    expect(explain({ a: 'x' })).toEqual(['the object matches more than one of the forms it may take; keep the fields of only one']);
    expect(explain({ a: 'x', c: 7 })).toEqual(['the object matches none of the forms it may take (for one: must be >= 10; got 7)']);
  });
});
