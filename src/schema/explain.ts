import type { ErrorObject } from 'ajv';
import { similarName } from '../k8s/object-names.js';
import { formatPath, type PathSegment } from '../parse/source.js';
import { isObject, own } from './json-schema.js';

/** What kind of problem a schema violation is; each becomes one message of the `schema` rule. */
export type ProblemKind = 'unknownField' | 'wrongType' | 'notAllowed' | 'required' | 'invalid';

/** One schema violation, said the way a person would, with the place to point at. */
export interface SchemaProblem {
  kind: ProblemKind;
  /** Path inside the resource; for unknown fields the unknown key itself. */
  path: PathSegment[];
  /** Point at the key (unknown fields) rather than the value. */
  key: boolean;
  message: string;
}

/** What the schema says of the object at a path: its fields (for "did you mean") and type name. */
export type DescribeObject = (path: readonly PathSegment[]) => { fields: readonly string[]; typeName?: string };

/** Splits an ajv instance path into segments, array indexes as numbers (only where the data is a list). */
function segments(instancePath: string, data: unknown): PathSegment[] {
  if (instancePath === '') return [];
  const out: PathSegment[] = [];
  let node = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      out.push(Number(key));
      node = node[Number(key)];
    } else {
      out.push(key);
      node = isObject(node) ? node[key] : undefined;
    }
  }
  return out;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) node = Array.isArray(node) ? node[segment as number] : isObject(node) ? node[segment as string] : undefined;
  return node;
}

const ARTICLES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function typeNames(type: unknown): string {
  const names = (Array.isArray(type) ? type : String(type).split(',')).map(String).filter((name) => name !== 'null');
  return names.map((name) => own(ARTICLES, name) ?? name).join(' or ');
}

/** A value as the message shows it: words bare, other strings quoted, collections by shape. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return /^[\w./:-]+$/.test(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'a mapping';
  return String(value);
}

function showType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return String(value);
}

const FORMAT_MESSAGES: Record<string, (value: unknown) => string> = {
  quantity: (value) => `must be a quantity such as 250m, 0.5, 512Mi or 2Gi; got ${showValue(value)}`,
  'date-time': (value) => `must be an RFC 3339 time such as 2024-05-01T12:00:00Z; got ${showValue(value)}`,
  byte: () => 'must be base64-encoded (plain text belongs under stringData)',
  int32: (value) => `must be a 32-bit integer (-2147483648 to 2147483647); got ${showValue(value)}`,
  float: (value) => `must be a finite number; got ${showValue(value)}`,
  double: (value) => `must be a finite number; got ${showValue(value)}`,
};

function limitMessage(error: ErrorObject, value: unknown): string {
  const params = error.params as { limit?: number; comparison?: string; multipleOf?: number };
  switch (error.keyword) {
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${params.comparison ?? ''} ${params.limit ?? ''}; got ${showValue(value)}`;
    case 'multipleOf':
      return `must be a multiple of ${params.multipleOf ?? ''}; got ${showValue(value)}`;
    case 'minLength':
      return `must be at least ${params.limit ?? ''} characters long`;
    case 'maxLength':
      return `must be at most ${params.limit ?? ''} characters long; it has ${typeof value === 'string' ? value.length : '?'}`;
    case 'minItems':
      return `must have at least ${params.limit ?? ''} items`;
    case 'maxItems':
      return `must have at most ${params.limit ?? ''} items`;
    case 'minProperties':
      return `must have at least ${params.limit ?? ''} fields`;
    case 'maxProperties':
      return `must have at most ${params.limit ?? ''} fields`;
    default:
      return `is not valid (${error.keyword})`;
  }
}

/** The explanation of one error that is neither an unknown field nor a missing one. */
function describe(error: ErrorObject, value: unknown): { kind: ProblemKind; text: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      // `[1.2.3.4, 2001:db8::]`: an unquoted ':' inside a flow list turns the item into a one-key mapping.
      const accidentalKey = isObject(value) && Object.keys(value).length === 1 && Object.values(value)[0] === null && String(params['type']).includes('string');
      const hint = accidentalKey ? ` (an unquoted ':' made ${JSON.stringify(Object.keys(value)[0])} a mapping key; quote the value)` : '';
      return { kind: 'wrongType', text: `must be ${typeNames(params['type'])}, not ${showType(value)}${hint}` };
    }
    case 'enum': {
      const allowed = (Array.isArray(params['allowedValues']) ? params['allowedValues'] : []).filter((entry) => entry !== null);
      return { kind: 'notAllowed', text: `must be one of ${allowed.map(showValue).join(', ')}; got ${showValue(value)}` };
    }
    case 'const':
      return { kind: 'notAllowed', text: `must be ${showValue(params['allowedValue'])}; got ${showValue(value)}` };
    case 'format': {
      const format = String(params['format']);
      return { kind: 'invalid', text: own(FORMAT_MESSAGES, format)?.(value) ?? `must be a valid ${format}; got ${showValue(value)}` };
    }
    case 'pattern':
      return { kind: 'invalid', text: `must match the pattern ${String(params['pattern'])}; got ${showValue(value)}` };
    case 'uniqueItems':
      return { kind: 'invalid', text: `must not repeat items (items ${String(params['i'])} and ${String(params['j'])} are equal)` };
    case 'x-at-most-one-of': {
      const fields = Array.isArray(params['fields']) ? params['fields'].map(String) : [];
      const set = fields.filter((field) => isObject(value) && value[field] !== undefined && value[field] !== null);
      return { kind: 'invalid', text: `sets ${set.join(' and ')}; set at most one of ${fields.join(', ')}` };
    }
    case 'not':
      return { kind: 'invalid', text: 'has a value or combination of fields the schema forbids' };
    default:
      return { kind: 'invalid', text: limitMessage(error, value) };
  }
}

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * Turns ajv's errors into one problem per real mistake: unknown fields at their key with a "did you
 * mean", wrong types and enum typos at the value, missing required fields at their parent. The
 * branch errors of a failed anyOf/oneOf are folded into one problem, and a wrong type hides the
 * other complaints about the same value (an enum cannot match a number where a string belongs).
 * `schemaSource` (" in the bundled istio CRDs") says whose schema an unknown field is unknown to.
 */
export function explainErrors(errors: readonly ErrorObject[], data: unknown, describeObject: DescribeObject, schemaSource = ''): SchemaProblem[] {
  const hidden = new Set<ErrorObject>();
  const branchErrors = new Map<ErrorObject, ErrorObject[]>();
  errors.forEach((error, position) => {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return;
    // ajv records a failed branch's errors just before the anyOf/oneOf error itself.
    const folded = errors.slice(0, position).filter((earlier) => within(earlier.instancePath, error.instancePath) && earlier.schemaPath.startsWith(`${error.schemaPath}/`));
    for (const earlier of folded) hidden.add(earlier);
    branchErrors.set(error, folded);
  });
  const wrongTypes = new Set(errors.filter((error) => error.keyword === 'type' && !hidden.has(error)).map((error) => error.instancePath));

  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const push = (problem: SchemaProblem) => {
    const key = `${problem.kind}\u0000${formatPath(problem.path)}\u0000${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(problem);
  };
  // A misspelt required field is one mistake, not two: its "did you mean" absorbs the "is required".
  const misspelt = new Map<string, string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties' || hidden.has(error)) continue;
    const path = segments(error.instancePath, data);
    const field = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    const suggestion = similarName(field, describeObject(path).fields);
    if (suggestion !== undefined) misspelt.set(`${error.instancePath}/${suggestion}`, field);
  }
  const requiredMissing = new Set(errors.filter((error) => error.keyword === 'required' && !hidden.has(error)).map((error) => `${error.instancePath}/${String((error.params as { missingProperty?: unknown }).missingProperty)}`));

  for (const error of errors) {
    if (hidden.has(error)) continue;
    if (error.keyword !== 'type' && wrongTypes.has(error.instancePath) && error.keyword !== 'additionalProperties' && error.keyword !== 'required') continue;
    const path = segments(error.instancePath, data);
    const where = formatPath(path);
    const value = valueAt(data, path);
    if (error.keyword === 'additionalProperties') {
      const field = String((error.params as { additionalProperty?: unknown }).additionalProperty);
      const { fields, typeName } = describeObject(path);
      const suggestion = similarName(field, fields) ?? fields.find((name) => name.toLowerCase() === field.toLowerCase());
      const owner = typeName ?? (where === '' ? 'the object' : where);
      const required = suggestion !== undefined && requiredMissing.has(`${error.instancePath}/${suggestion}`) ? ` (${suggestion} is required)` : '';
      push({
        kind: 'unknownField',
        path: [...path, field],
        key: true,
        message: `unknown-field: ${formatPath([...path, field])} is not a field of ${owner}${schemaSource}${suggestion ? `; did you mean ${suggestion}?${required}` : ''}`,
      });
      continue;
    }
    if (error.keyword === 'required') {
      const field = String((error.params as { missingProperty?: unknown }).missingProperty);
      if (misspelt.has(`${error.instancePath}/${field}`)) continue;
      // A field missing at the top has no parent key to point at; the kind says what was meant.
      push({ kind: 'required', path: path.length === 0 ? ['kind'] : [...path, field], key: false, message: `${formatPath([...path, field])} is required` });
      continue;
    }
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      const folded = branchErrors.get(error) ?? [];
      const missing = folded.filter((branch) => branch.keyword === 'required' && branch.instancePath === error.instancePath);
      const passing = (error.params as { passingSchemas?: unknown }).passingSchemas;
      let text: string;
      if (Array.isArray(passing)) text = 'matches more than one of the forms it may take; keep the fields of only one';
      else if (missing.length === folded.length && missing.length > 0) text = `must set one of ${[...new Set(missing.map((branch) => String((branch.params as { missingProperty?: unknown }).missingProperty)))].join(', ')}`;
      else text = `matches none of the forms it may take${folded[0] ? ` (for one: ${describe(folded[0], valueAt(data, segments(folded[0].instancePath, data))).text})` : ''}`;
      push({ kind: 'invalid', path, key: false, message: `${where === '' ? 'the object' : where} ${text}` });
      continue;
    }
    const { kind, text } = describe(error, value);
    push({ kind, path, key: false, message: `${where === '' ? 'the object' : where} ${text}` });
  }
  return problems;
}
