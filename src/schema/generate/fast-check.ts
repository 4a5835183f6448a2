import { refId, type JsonSchema, type SchemaType } from '../json-schema.js';

/**
 * A yes/no check of one definition, emitted beside its ajv validator as `check`: `schemaProblems`
 * asks it first and runs the validator (which finds every problem, with its path) only when it says
 * no. It must never say yes where the validator finds a problem; it mirrors ajv's semantics keyword
 * by keyword (strict numbers, type groups, `$ref` siblings ignored). Where ajv's code checks every
 * property of the schema on every object, this loops over the keys the object has and switches on
 * them, which costs a few property reads instead of dozens on the polymorphic objects of an input.
 *
 * Returns undefined when the definition uses a keyword this does not handle; the module's check is
 * then the validator itself.
 */
export function fastCheckSource(schema: JsonSchema, formatTypes: Readonly<Record<string, 'string' | 'number'>>): string | undefined {
  const emitter = new Emitter(formatTypes);
  try {
    const body = emitter.node(schema, 'data', '  ');
    return `${emitter.preamble.join('\n')}\nfunction fastCheck(data) {\n${body}  return true;\n}\nmodule.exports.check = fastCheck;\n`;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class Unsupported extends Error {}

const HANDLED = new Set(['$ref', 'nullable', 'type', 'properties', 'additionalProperties', 'required', 'items', 'enum', 'format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'x-at-most-one-of']);
const OBJECT_KEYWORDS = ['properties', 'additionalProperties', 'required', 'minProperties', 'maxProperties', 'x-at-most-one-of'] as const;
const ARRAY_KEYWORDS = ['items', 'minItems', 'maxItems'] as const;
const STRING_KEYWORDS = ['pattern', 'minLength', 'maxLength'] as const;
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;
/** Above this many values an enum is a Set lookup rather than a chain of comparisons. */
const ENUM_SET = 8;

/** ajv's type conditions with `strictNumbers` (its default under `strict`): numbers must be finite. */
function typeCondition(type: SchemaType, value: string): string {
  switch (type) {
    case 'null':
      return `${value} === null`;
    case 'array':
      return `Array.isArray(${value})`;
    case 'object':
      return `(${value} !== null && typeof ${value} === "object" && !Array.isArray(${value}))`;
    case 'number':
      return `(typeof ${value} === "number" && isFinite(${value}))`;
    case 'integer':
      return `(typeof ${value} === "number" && !(${value} % 1) && !isNaN(${value}) && isFinite(${value}))`;
    case 'string':
    case 'boolean':
      return `typeof ${value} === "${type}"`;
    default:
      throw new Unsupported();
  }
}

class Emitter {
  readonly preamble: string[] = [];
  private names = 0;
  private readonly refs = new Map<string, string>();
  private readonly formats = new Map<string, string>();

  constructor(private readonly formatTypes: Readonly<Record<string, 'string' | 'number'>>) {}

  private name(prefix: string): string {
    this.names += 1;
    return `${prefix}${this.names}`;
  }

  /** A module-level constant; returns its name. */
  private constant(prefix: string, code: string): string {
    const name = this.name(prefix);
    this.preamble.push(`const ${name} = ${code};`);
    return name;
  }

  /** The check of a referenced definition, loaded on first use and kept. */
  private reference(id: string): string {
    let holder = this.refs.get(id);
    if (holder === undefined) {
      holder = this.name('fastRef');
      this.preamble.push(`let ${holder};`);
      this.refs.set(id, holder);
    }
    if (!this.preamble.includes(LOAD)) this.preamble.unshift(LOAD);
    return `(${holder} ??= fastCheckOf(${JSON.stringify(id)}))`;
  }

  /** Statements that return false when `value` (a variable) does not match `schema`. */
  node(schema: JsonSchema, value: string, indent: string): string {
    for (const key of Object.keys(schema)) if (!HANDLED.has(key)) throw new Unsupported();
    if (schema.$ref !== undefined) {
      // As toAjvSchema: the reference alone, its siblings other than nullable dropped.
      const id = refId(schema.$ref);
      if (id === undefined) throw new Unsupported();
      const call = `${this.reference(id)}(${value})`;
      return `${indent}if (${schema.nullable === true ? `${value} !== null && ` : ''}!${call}) return false;\n`;
    }
    let out = '';
    // The one type a value must have past the type check, which makes its group's guard redundant.
    const only = schema.type !== undefined && !Array.isArray(schema.type) && schema.nullable !== true ? schema.type : undefined;
    const guarded = (group: SchemaType, guard: string, checks: string) => (only === group ? checks : `${indent}if (${guard}) {\n${checks}${indent}}\n`);
    if (schema.type !== undefined) {
      const types = [...(Array.isArray(schema.type) ? schema.type : [schema.type]), ...(schema.nullable === true ? ['null' as const] : [])];
      out += `${indent}if (!(${types.map((type) => typeCondition(type, value)).join(' || ')})) return false;\n`;
    } else if (schema.nullable === true) {
      throw new Unsupported();
    }
    if (schema.enum !== undefined) out += this.enumCheck(schema.enum, value, indent);
    if (schema.format !== undefined) {
      const type = this.formatTypes[schema.format];
      if (type === undefined) throw new Unsupported();
      let format = this.formats.get(schema.format);
      if (format === undefined) {
        format = this.constant('fastFormat', `require("../runtime.cjs").formats[${JSON.stringify(schema.format)}].validate`);
        this.formats.set(schema.format, format);
      }
      out += `${indent}if (${type === 'string' ? `typeof ${value} === "string"` : `typeof ${value} === "number" && isFinite(${value})`} && !${format}(${value})) return false;\n`;
    }
    if (OBJECT_KEYWORDS.some((keyword) => schema[keyword] !== undefined)) {
      out += guarded('object', `${value} && typeof ${value} === "object" && !Array.isArray(${value})`, this.objectChecks(schema, value, `${indent}  `));
    }
    if (ARRAY_KEYWORDS.some((keyword) => schema[keyword] !== undefined)) {
      out += guarded('array', `Array.isArray(${value})`, this.arrayChecks(schema, value, `${indent}  `));
    }
    if (STRING_KEYWORDS.some((keyword) => schema[keyword] !== undefined)) {
      out += guarded('string', `typeof ${value} === "string"`, this.stringChecks(schema, value, `${indent}  `));
    }
    if (NUMBER_KEYWORDS.some((keyword) => schema[keyword] !== undefined)) {
      const limits: [keyof JsonSchema, string][] = [['maximum', '>'], ['minimum', '<'], ['exclusiveMaximum', '>='], ['exclusiveMinimum', '<=']];
      const failing = limits.flatMap(([keyword, operator]) => {
        const limit = schema[keyword];
        if (limit === undefined) return [];
        if (typeof limit !== 'number') throw new Unsupported();
        return [`${value} ${operator} ${limit}`];
      });
      out += `${indent}if (typeof ${value} === "number" && isFinite(${value}) && (${failing.join(' || ')})) return false;\n`;
    }
    return out;
  }

  private enumCheck(values: readonly unknown[], value: string, indent: string): string {
    if (values.some((allowed) => allowed !== null && typeof allowed === 'object')) throw new Unsupported();
    const literals = values.map((allowed) => JSON.stringify(allowed));
    if (values.length > ENUM_SET) return `${indent}if (!${this.constant('fastEnum', `new Set([${literals.join(', ')}])`)}.has(${value})) return false;\n`;
    return `${indent}if (!(${literals.map((literal) => `${value} === ${literal}`).join(' || ') || 'false'})) return false;\n`;
  }

  private objectChecks(schema: JsonSchema, value: string, indent: string): string {
    let out = '';
    for (const field of schema.required ?? []) out += `${indent}if (${value}[${JSON.stringify(field)}] === undefined) return false;\n`;
    if (schema.minProperties !== undefined || schema.maxProperties !== undefined) {
      const count = this.name('fastCount');
      out += `${indent}const ${count} = Object.keys(${value}).length;\n`;
      if (schema.minProperties !== undefined) out += `${indent}if (${count} < ${Number(schema.minProperties)}) return false;\n`;
      if (schema.maxProperties !== undefined) out += `${indent}if (${count} > ${Number(schema.maxProperties)}) return false;\n`;
    }
    const exclusive = schema['x-at-most-one-of'];
    if (exclusive !== undefined) {
      out += `${indent}if (${exclusive.map((field) => `(${value}[${JSON.stringify(field)}] != null ? 1 : 0)`).join(' + ') || '0'} > 1) return false;\n`;
    }
    const properties = Object.entries(schema.properties ?? {});
    const additional = schema.additionalProperties;
    const additionalCheck = typeof additional === 'object' ? additional : undefined;
    if (properties.length === 0 && additional !== false && additionalCheck === undefined) return out;
    const key = this.name('fastKey');
    const item = this.name('fastValue');
    out += `${indent}for (const ${key} in ${value}) {\n${indent}  const ${item} = ${value}[${key}];\n${indent}  switch (${key}) {\n`;
    for (const [name, property] of properties) {
      // ajv skips a property whose value is undefined, as if it were absent.
      const check = this.node(property, item, `${indent}        `);
      out += `${indent}    case ${JSON.stringify(name)}:\n${check === '' ? '' : `${indent}      if (${item} !== undefined) {\n${check}${indent}      }\n`}${indent}      break;\n`;
    }
    if (additional === false) out += `${indent}    default:\n${indent}      return false;\n`;
    else if (additionalCheck !== undefined) out += `${indent}    default: {\n${this.node(additionalCheck, item, `${indent}      `)}${indent}    }\n`;
    out += `${indent}  }\n${indent}}\n`;
    return out;
  }

  private arrayChecks(schema: JsonSchema, value: string, indent: string): string {
    let out = '';
    if (schema.minItems !== undefined) out += `${indent}if (${value}.length < ${Number(schema.minItems)}) return false;\n`;
    if (schema.maxItems !== undefined) out += `${indent}if (${value}.length > ${Number(schema.maxItems)}) return false;\n`;
    if (schema.items !== undefined) {
      if (Array.isArray(schema.items)) throw new Unsupported();
      const index = this.name('fastIndex');
      const item = this.name('fastItem');
      const check = this.node(schema.items, item, `${indent}  `);
      if (check !== '') out += `${indent}for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {\n${indent}  const ${item} = ${value}[${index}];\n${check}${indent}}\n`;
    }
    return out;
  }

  private stringChecks(schema: JsonSchema, value: string, indent: string): string {
    let out = '';
    if (schema.pattern !== undefined) {
      // ajv: new RegExp(pattern, "") as unicodeRegExp is off.
      const pattern = this.constant('fastPattern', `new RegExp(${JSON.stringify(schema.pattern)}, "")`);
      out += `${indent}if (!${pattern}.test(${value})) return false;\n`;
    }
    if (schema.minLength !== undefined || schema.maxLength !== undefined) {
      const length = this.constant('fastLength', 'require("ajv/dist/runtime/ucs2length").default');
      if (schema.minLength !== undefined) out += `${indent}if (${length}(${value}) < ${Number(schema.minLength)}) return false;\n`;
      if (schema.maxLength !== undefined) out += `${indent}if (${length}(${value}) > ${Number(schema.maxLength)}) return false;\n`;
    }
    return out;
  }
}

const LOAD = 'const fastCheckOf = require("../runtime.cjs").check;';
