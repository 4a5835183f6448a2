import { Ajv, _, Name, stringify, type KeywordCxt, type KeywordDefinition, type Options, type ValidateFunction } from 'ajv';
import { isObject, refId, type JsonSchema } from './json-schema.js';

/** The validator module a generated or compiled validator calls into for formats and references. */
export interface SchemaRuntime {
  formats: Record<string, { type: 'string' | 'number'; validate: (value: never) => boolean }>;
  /** The ajv validator of a definition (errors with paths). */
  load(id: string): ValidateFunction;
  /** The yes/no pre-check of a definition: never yes where the validator finds a problem. */
  check(id: string): (data: unknown) => boolean;
  /** Compiles the validators' sources with this from now on (the launcher's code cache); absent in runtimes older than it. */
  useCompiler?(compile: (source: string, filename: string, parameters: readonly string[]) => (...args: unknown[]) => unknown): void;
}

export const REF_KEYWORD = 'x-shipshape-ref';
export const NULLABLE_REF_KEYWORD = 'x-shipshape-nullable-ref';
export const AT_MOST_ONE_KEYWORD = 'x-at-most-one-of';

/** How a generated module reaches the runtime: validators/<id>.cjs → ../runtime.cjs. */
const RUNTIME_FROM_VALIDATOR = '../runtime.cjs';

const VALIDATION_ERRORS = new Name('vErrors');
const ERROR_COUNT = new Name('errors');
const INSTANCE_PATH = new Name('instancePath');

/**
 * A reference to another definition, validated by that definition's own precompiled code, loaded
 * on first use. ajv's `$ref` would inline or bundle the target into every module that uses it; this
 * keeps one module per definition, shared by every Kubernetes version that has it.
 *
 * The referenced definition's pre-check answers first, and its validator runs (and is compiled, see
 * runtime.cjs) only when the check says no: an invalid resource compiles the validators on the way
 * to its problems, not every one its valid parts reach. The validator is called without a context,
 * so it reports instance paths relative to the referenced value, and the caller prefixes them with
 * its own path only then. Check and validator are kept in holders of the module once loaded.
 */
function referenceKeyword(keyword: string, nullable: boolean, runtime: SchemaRuntime): KeywordDefinition {
  return {
    keyword,
    schemaType: 'string',
    code(cxt: KeywordCxt) {
      const { gen, data, it } = cxt;
      const id = cxt.schema as string;
      const checkOf = gen.scopeValue('func', { ref: runtime.check, code: _`require(${RUNTIME_FROM_VALIDATOR}).check` });
      const load = gen.scopeValue('func', { ref: runtime.load, code: _`require(${RUNTIME_FROM_VALIDATOR}).load` });
      const checkHolder = gen.scopeValue('obj', { key: `check:${id}`, ref: {}, code: _`{}` });
      const validatorHolder = gen.scopeValue('obj', { key: `ref:${id}`, ref: {}, code: _`{}` });
      const call = _`(${checkHolder}.v ?? (${checkHolder}.v = ${checkOf}(${id})))(${data}) || (${validatorHolder}.v ?? (${validatorHolder}.v = ${load}(${id})))(${data})`;
      cxt.result(nullable ? _`${data} === null || ${call}` : call, undefined, () => {
        const errors = gen.const('refErrors', _`${validatorHolder}.v.errors`);
        const prefix = gen.const('refPath', _`${INSTANCE_PATH} + ${it.errorPath}`);
        gen.forOf('refError', errors, (error) => gen.assign(_`${error}.instancePath`, _`${prefix} + ${error}.instancePath`));
        // Appended as ajv's $ref does.
        gen.assign(VALIDATION_ERRORS, _`${VALIDATION_ERRORS} === null ? ${errors} : ${VALIDATION_ERRORS}.concat(${errors})`);
        gen.assign(ERROR_COUNT, _`${VALIDATION_ERRORS}.length`);
      });
    },
  };
}

/** Fields of which at most one may be set; `null` counts as unset, as the API server prunes it. */
const atMostOneKeyword: KeywordDefinition = {
  keyword: AT_MOST_ONE_KEYWORD,
  type: 'object',
  schemaType: 'array',
  error: { message: 'must set at most one of the fields', params: ({ schema }) => _`{fields: ${stringify(schema)}}` },
  code(cxt: KeywordCxt) {
    const { gen, data } = cxt;
    const count = gen.let('set', 0);
    for (const field of cxt.schema as string[]) gen.if(_`${data}[${field}] != null`, () => gen.assign(count, _`${count} + 1`));
    cxt.fail(_`${count} > 1`);
  },
};

export interface AjvMode {
  /** Emit standalone module source (`npm run schemas`) rather than only in-memory functions (tests). */
  standalone: boolean;
}

/** The ajv configuration of the precompiled validators (and of tests that compare against them). */
export function createAjv(runtime: SchemaRuntime, mode: AjvMode): Ajv {
  const options: Options = {
    allErrors: true,
    // shipshape writes its own messages from keyword and params; ajv's would only add code size.
    messages: false,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    // Upstream patterns are Go RE2 syntax, which the `u` flag rejects more often than it helps.
    unicodeRegExp: false,
    logger: false,
    code: mode.standalone ? { source: true, lines: false, optimize: true, formats: _`require(${RUNTIME_FROM_VALIDATOR}).formats` } : { optimize: true },
  };
  const ajv = new Ajv(options);
  for (const [name, format] of Object.entries(runtime.formats)) ajv.addFormat(name, format as never);
  ajv.addKeyword(referenceKeyword(REF_KEYWORD, false, runtime));
  ajv.addKeyword(referenceKeyword(NULLABLE_REF_KEYWORD, true, runtime));
  ajv.addKeyword(atMostOneKeyword);
  return ajv;
}

/** Rewrites `$ref` to a definition (with `nullable`) into the reference keywords ajv compiles. */
export function toAjvSchema(schema: JsonSchema): Record<string, unknown> {
  return rewrite(schema) as Record<string, unknown>;
}

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (!isObject(value)) return value;
  const ref = value['$ref'];
  if (typeof ref === 'string') {
    const id = refId(ref);
    if (id !== undefined) return { [value['nullable'] === true ? NULLABLE_REF_KEYWORD : REF_KEYWORD]: id };
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    // `properties` maps names to schemas; its keys are field names, never keywords.
    out[key] = key === 'properties' && isObject(child) ? Object.fromEntries(Object.entries(child).map(([name, sub]) => [name, rewrite(sub)])) : rewrite(child);
  }
  return out;
}
