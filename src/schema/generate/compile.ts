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
 * Between a definition module's two parts: above, the pre-check; below, ajv's validator. Also in
 * runtime.cjs, which reads them apart.
 */
const VALIDATOR_SEPARATOR = '\n//# validator\n';

/**
 * Compiles every definition into its own module file (`validators/<id>.cjs`), so a run loads only
 * the definitions of the kinds it meets and never compiles a built-in schema. A file holds two
 * CommonJS sources, the yes/no pre-check (fast-check.ts) and below VALIDATOR_SEPARATOR ajv's
 * standalone validator: the runtime compiles the validator only when a value fails its check, so a
 * run over valid resources never parses the larger part of the code. Both are minified: ajv's output
 * is verbose, and the package ships some 1,700 of these files.
 */
export function compileValidators(definitions: ReadonlyMap<string, JsonSchema>, runtime: SchemaRuntime): Map<string, string> {
  const ajv = createAjv(runtime, { standalone: true });
  const modules = new Map<string, string>();
  const formatTypes = Object.fromEntries(Object.entries(runtime.formats).map(([name, format]) => [name, format.type]));
  for (const id of [...definitions.keys()].sort()) {
    const definition = definitions.get(id) as JsonSchema;
    const validate = ajv.compile(toAjvSchema(definition));
    const validator = minify(withoutContext(standaloneCode(ajv, validate), id));
    ajv.removeSchema();
    // Where the definition needs what the pre-check lacks, the validator is the check.
    const check = minify(`"use strict";\n${fastCheckSource(definition, formatTypes) ?? `module.exports.check = (data) => require("../runtime.cjs").load(${JSON.stringify(id)})(data);`}`);
    if (check.includes(VALIDATOR_SEPARATOR) || validator.includes(VALIDATOR_SEPARATOR)) throw new Error(`${id}: generated code contains the separator`);
    modules.set(id, `${check}${VALIDATOR_SEPARATOR}${validator}`);
  }
  return modules;
}

function minify(source: string): string {
  return transformSync(source, { format: 'cjs', minify: true, target: 'node20', legalComments: 'none' }).code;
}
