import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { transformSync } from 'esbuild';
import { createAjv, toAjvSchema, type SchemaRuntime } from '../ajv.js';
import type { JsonSchema } from '../json-schema.js';
import { fastCheckSource } from './fast-check.js';

// CommonJS with a default export, which TypeScript's NodeNext view of ESM interop mistypes.
const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone') as (ajv: Ajv, validate: ValidateFunction) => string;

/** ajv's validation context, of which the generated code reads only the instance path. */
const CONTEXT_PARAMETER = '{instancePath="", parentData, parentDataProperty, rootData=data}={}';
const CONTEXT_NAMES = /\b(?:parentData|parentDataProperty|rootData)\b/;

/**
 * Replaces the context object of each validate function by a plain instance path parameter: no
 * caller passes a context (references call with the value alone, see ajv.ts), and destructuring
 * it on each of the many nested calls is a cost of its own. Fails rather than emit a validator
 * that would still read the other context fields.
 */
function withoutContext(source: string, id: string): string {
  const replaced = source.split(CONTEXT_PARAMETER).join('instancePath=""');
  if (replaced === source || CONTEXT_NAMES.test(replaced)) throw new Error(`${id}: unexpected ajv validate function signature`);
  return replaced;
}

/**
 * Compiles every definition into its own standalone CommonJS module (`validators/<id>.cjs`), so a
 * run loads only the validators of the kinds it meets and never compiles a built-in schema. The
 * code is minified: ajv's output is verbose, and the package ships some 1,500 of these modules.
 * Each module also exports `check`, a yes/no check that is cheaper on valid data (fast-check.ts).
 */
export function compileValidators(definitions: ReadonlyMap<string, JsonSchema>, runtime: SchemaRuntime): Map<string, string> {
  const ajv = createAjv(runtime, { standalone: true });
  const modules = new Map<string, string>();
  const formatTypes = Object.fromEntries(Object.entries(runtime.formats).map(([name, format]) => [name, format.type]));
  for (const id of [...definitions.keys()].sort()) {
    const definition = definitions.get(id) as JsonSchema;
    const validate = ajv.compile(toAjvSchema(definition));
    // `check`: the yes/no pre-check, or the validator itself where the definition needs what it lacks.
    const check = fastCheckSource(definition, formatTypes) ?? 'module.exports.check = module.exports;\n';
    const source = `${withoutContext(standaloneCode(ajv, validate), id)}\n${check}`;
    ajv.removeSchema();
    modules.set(id, transformSync(source, { format: 'cjs', minify: true, target: 'node20', legalComments: 'none' }).code);
  }
  return modules;
}
