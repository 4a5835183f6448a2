import type { Rule } from '../engine/rule.js';

const LEVEL = { enum: ['off', 'warn', 'error'] };

function ruleValueSchema(rule: Rule): Record<string, unknown> {
  const options = rule.options?.schema ?? { type: 'object', additionalProperties: false, properties: {} };
  return {
    anyOf: [
      LEVEL,
      { type: 'array', items: [LEVEL], minItems: 1, maxItems: 1 },
      { type: 'array', items: [LEVEL, options], minItems: 2, maxItems: 2 },
    ],
  };
}

/** JSON Schema of `.shipshape.yaml`, generated from rule metadata so rule ids and options are checked. */
export function buildConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) ruleProperties[rule.id] = ruleValueSchema(rule);
  const rulesSchema = { type: 'object', properties: ruleProperties, additionalProperties: false };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://shipshape.dev/config.schema.json',
    title: 'shipshape configuration (.shipshape.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      extends: { enum: ['recommended', 'all'] },
      assume: { enum: ['partial', 'complete'] },
      clusterDomain: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$' },
      kubernetesVersion: { type: 'string', pattern: '^v?1\\.[0-9]+(\\.[0-9]+)?$' },
      istio: {
        type: 'object',
        additionalProperties: false,
        properties: {
          enabled: { enum: ['auto', true, false] },
          namespace: { type: 'string', minLength: 1 },
          revision: { type: 'string' },
        },
      },
      rules: rulesSchema,
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { type: 'array', items: { type: 'string' }, minItems: 1 },
            rules: rulesSchema,
          },
        },
      },
      ignore: { type: 'array', items: { type: 'string' } },
      plugins: { type: 'array', items: { type: 'string' } },
    },
  };
}
