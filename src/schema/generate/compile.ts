import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { transformSync } from 'esbuild';
import { createAjv, toAjvSchema, type SchemaRuntime } from '../ajv.js';
import type { JsonSchema } from '../json-schema.js';

// CommonJS with a default export, which TypeScript's NodeNext view of ESM interop mistypes.
const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone') as (ajv: Ajv, validate: ValidateFunction) => string;

/**
 * Compiles every definition into its own standalone CommonJS module (`validators/<id>.cjs`), so a
 * run loads only the validators of the kinds it meets and never compiles a built-in schema. The
 * code is minified: ajv's output is verbose, and the package ships some 1,500 of these modules.
 */
export function compileValidators(definitions: ReadonlyMap<string, JsonSchema>, runtime: SchemaRuntime): Map<string, string> {
  const ajv = createAjv(runtime, { standalone: true });
  const modules = new Map<string, string>();
  for (const id of [...definitions.keys()].sort()) {
    const validate = ajv.compile(toAjvSchema(definitions.get(id) as JsonSchema));
    const source = standaloneCode(ajv, validate);
    ajv.removeSchema();
    modules.set(id, transformSync(source, { format: 'cjs', minify: true, target: 'node20', legalComments: 'none' }).code);
  }
  return modules;
}
