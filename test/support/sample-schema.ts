import type { JsonSchema } from '../../src/schema/json-schema.js';

/**
 * A schema with every keyword the generated schemas use, for tests that hold the interpreter and
 * the pre-check against ajv. `objectMeta` is the `$ref` of ObjectMeta in the built-in definitions.
 */
export function sampleSchema(objectMeta: string): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['spec'],
    properties: {
      metadata: { $ref: objectMeta, nullable: true },
      spec: {
        type: 'object',
        additionalProperties: false,
        required: ['size'],
        properties: {
          size: { type: 'integer', minimum: 1, maximum: 9 },
          mode: { type: 'string', enum: ['fast', 'slow', null], nullable: true },
          name: { type: 'string', pattern: '^[a-z]+$', maxLength: 5, nullable: true },
          memory: { type: ['string', 'number'], format: 'quantity', nullable: true },
          tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 3, nullable: true },
          labels: { type: 'object', additionalProperties: { type: 'string', nullable: true }, nullable: true },
          match: {
            type: 'object',
            nullable: true,
            properties: { exact: { type: 'string', nullable: true }, prefix: { type: 'string', nullable: true } },
            additionalProperties: false,
            'x-at-most-one-of': ['exact', 'prefix'],
          },
          address: {
            type: 'object',
            nullable: true,
            properties: { type: { type: 'string', nullable: true }, value: { type: 'string', nullable: true } },
            additionalProperties: false,
            oneOf: [{ properties: { type: { enum: ['IP'] } } }, { properties: { type: { not: { enum: ['IP'] } } }, required: ['type'] }],
          },
        },
      },
    },
  };
}
