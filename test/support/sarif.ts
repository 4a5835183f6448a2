import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

/** Where Microsoft's SARIF SDK package for this platform is: it ships the official schema and the validator. */
export function sarifSdkDirectory(): string {
  return path.dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`));
}

let validator: ((log: unknown) => string[]) | undefined;

/** Errors of a log against the official SARIF 2.1.0 JSON Schema (draft 2020-12); empty when valid. */
export function validateSarif(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(path.join(sarifSdkDirectory(), 'sarif-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    validator = (value) => (validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`));
  }
  return validator(log);
}
