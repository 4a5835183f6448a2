/**
 * Plain (unquoted) scalars read the way Kubernetes reads them. The API server and kubectl decode YAML
 * with go-yaml v2, which follows YAML 1.1: `yes`/`on`/`y` are booleans, `0644` is octal, underscores
 * in numbers are dropped. Timestamps stay strings because Kubernetes converts YAML to JSON before
 * decoding. Both parsers of this stage resolve plain scalars through this one function so their
 * values can never disagree.
 */
export type PlainValue = null | boolean | number | string;

const NULLS = ['', '~', 'null', 'Null', 'NULL'];
const TRUES = ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'];
const FALSES = ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'];
const INT = /^[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|0[0-7]*|[1-9][0-9]*)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
// A Map, not an object literal: `toString` or `constructor` in a manifest must not find Object.prototype.
// One lookup for every word and special float (the sets are disjoint).
const WORDS = new Map<string, null | boolean | number>([
  ...NULLS.map((word) => [word, null] as const),
  ...TRUES.map((word) => [word, true] as const),
  ...FALSES.map((word) => [word, false] as const),
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity],
  ['+.inf', Infinity], ['+.Inf', Infinity], ['+.INF', Infinity],
  ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
  ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN],
]);

/** Characters a plain scalar must start with to be anything but a string; a cheap first filter. */
const NON_STRING_START = new Uint8Array(128);
for (const char of '-+.~0123456789nNyYtTfFoO') NON_STRING_START[char.charCodeAt(0)] = 1;

/**
 * Numbers the resolver compares with, as a const enum so that the build writes them as literals (a
 * top-level const of a lazily initialised module in the bundle is a variable loaded at every use).
 */
const enum Limit {
  /** The longest word of WORDS that starts with a letter (`false`, `False`, `FALSE`). */
  LONGEST_WORD = 5,
  ZERO = 0x30,
  NINE = 0x39,
}

export function resolvePlainScalar(text: string): PlainValue {
  if (text === '') return null;
  // Nearly every scalar of a manifest is a name or a word; a table lookup settles those.
  const first = text.charCodeAt(0);
  if (first >= 128 || NON_STRING_START[first] === 0) return text;
  // A letter: only a word can be anything but a string (no number starts with one).
  if (first > Limit.NINE && text.length > Limit.LONGEST_WORD) return text;
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  if (first > Limit.NINE) return text;
  // A decimal integer short enough to be exact (the commonest number: ports, replicas, sizes).
  if (first !== Limit.ZERO && first >= Limit.ZERO && text.length <= 15) {
    let at = 1;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code < Limit.ZERO || code > Limit.NINE) break;
      at += 1;
    }
    if (at === text.length) return Number(text);
  }
  const digits = text.includes('_') ? text.replaceAll('_', '') : text;
  if (INT.test(digits)) return parseInteger(digits);
  if (FLOAT.test(digits)) return Number(digits);
  return text;
}

function parseInteger(digits: string): number {
  const negative = digits.startsWith('-');
  const unsigned = digits.replace(/^[-+]/, '');
  let value: number;
  if (unsigned.startsWith('0b')) value = parseInt(unsigned.slice(2), 2);
  else if (unsigned.startsWith('0x')) value = parseInt(unsigned.slice(2), 16);
  else if (unsigned.startsWith('0o')) value = parseInt(unsigned.slice(2), 8);
  else if (unsigned.length > 1 && unsigned.startsWith('0')) value = parseInt(unsigned.slice(1), 8);
  else value = parseInt(unsigned, 10);
  return negative ? -value : value;
}

/** YAML 1.2 core schema, what most editors, yq v4 and JavaScript tools assume. */
function resolveYaml12(text: string): PlainValue {
  if (/^(?:~|null|Null|NULL)?$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

/**
 * How Kubernetes (YAML 1.1) and a YAML 1.2 reader disagree on a plain scalar, or undefined when they
 * agree. Example: `yes` is `true` to Kubernetes and the string "yes" to YAML 1.2.
 */
export function yamlVersionDisagreement(text: string): { yaml11: PlainValue; yaml12: PlainValue } | undefined {
  const yaml11 = resolvePlainScalar(text);
  const yaml12 = resolveYaml12(text);
  if (Object.is(yaml11, yaml12)) return undefined;
  return { yaml11, yaml12 };
}

/**
 * Whether a plain scalar the loader read as `value` may be one yamlVersionDisagreement reports: cheap
 * enough for the reader to ask of every boolean and number it reads, and never false where that
 * function finds a disagreement (test/parse-scalars.test.ts holds it to that). A boolean disagrees
 * unless written true/false (the only words of four or five letters); a number may, when written
 * with an underscore, or a leading zero followed by more (octal, `0x`, `0o`, `0b`), which YAML 1.2
 * reads differently or not at all.
 */
export function mayDisagreeWithYaml12(text: string, value: PlainValue): boolean {
  if (typeof value === 'boolean') return text.length < 4;
  if (typeof value !== 'number') return false;
  if (text.includes('_')) return true;
  const first = text.charCodeAt(0);
  const digits = first === 0x2b || first === 0x2d ? 1 : 0;
  if (text.charCodeAt(digits) !== Limit.ZERO || text.length <= digits + 1) return false;
  const next = text.charCodeAt(digits + 1);
  return next !== 0x2e && next !== 0x65 && next !== 0x45;
}
