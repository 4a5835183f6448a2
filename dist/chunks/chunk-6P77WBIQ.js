import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-6GEXV4UB.js";
import {
  __toESM
} from "./chunk-4Q47YGAT.js";

// src/parse/scalars.ts
var NULLS = ["", "~", "null", "Null", "NULL"];
var TRUES = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
var FALSES = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];
var INT = /^[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|0[0-7]*|[1-9][0-9]*)$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var WORDS = new Map([
  ...NULLS.map((word) => [word, null]),
  ...TRUES.map((word) => [word, true]),
  ...FALSES.map((word) => [word, false]),
  [".inf", Infinity],
  [".Inf", Infinity],
  [".INF", Infinity],
  ["+.inf", Infinity],
  ["+.Inf", Infinity],
  ["+.INF", Infinity],
  ["-.inf", -Infinity],
  ["-.Inf", -Infinity],
  ["-.INF", -Infinity],
  [".nan", NaN],
  [".NaN", NaN],
  [".NAN", NaN]
]);
var LONGEST_WORD = 5;
var NON_STRING_START = new Uint8Array(128);
for (const char of "-+.~0123456789nNyYtTfFoO") NON_STRING_START[char.charCodeAt(0)] = 1;
var ZERO = 48;
var NINE = 57;
function resolvePlainScalar(text) {
  if (text === "") return null;
  const first = text.charCodeAt(0);
  if (first >= 128 || NON_STRING_START[first] === 0) return text;
  if (first > NINE && text.length > LONGEST_WORD) return text;
  const word = WORDS.get(text);
  if (word !== void 0) return word;
  if (first > NINE) return text;
  if (first !== ZERO && first >= ZERO && text.length <= 15) {
    let at = 1;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code < ZERO || code > NINE) break;
      at += 1;
    }
    if (at === text.length) return Number(text);
  }
  const digits = text.includes("_") ? text.replaceAll("_", "") : text;
  if (INT.test(digits)) return parseInteger(digits);
  if (FLOAT.test(digits)) return Number(digits);
  return text;
}
function parseInteger(digits) {
  const negative = digits.startsWith("-");
  const unsigned = digits.replace(/^[-+]/, "");
  let value;
  if (unsigned.startsWith("0b")) value = parseInt(unsigned.slice(2), 2);
  else if (unsigned.startsWith("0x")) value = parseInt(unsigned.slice(2), 16);
  else if (unsigned.startsWith("0o")) value = parseInt(unsigned.slice(2), 8);
  else if (unsigned.length > 1 && unsigned.startsWith("0")) value = parseInt(unsigned.slice(1), 8);
  else value = parseInt(unsigned, 10);
  return negative ? -value : value;
}
function resolveYaml12(text) {
  if (/^(?:~|null|Null|NULL)?$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}
function yamlVersionDisagreement(text) {
  const yaml11 = resolvePlainScalar(text);
  const yaml12 = resolveYaml12(text);
  if (Object.is(yaml11, yaml12)) return void 0;
  return { yaml11, yaml12 };
}

// src/parse/yaml-tree.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_EXPANDED_NODES = 1e6;
var DocumentValueError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function setOwn(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
function scalarValue(node) {
  const tag = node.tag;
  if (node.type === import_yaml.Scalar.PLAIN && (tag === void 0 || tag === "!")) return resolvePlainScalar(node.source ?? String(node.value));
  if (tag === "tag:yaml.org,2002:int" || tag === "tag:yaml.org,2002:float" || tag === "tag:yaml.org,2002:bool" || tag === "tag:yaml.org,2002:null") {
    return resolvePlainScalar(String(node.value));
  }
  return node.value === null || node.value === void 0 ? "" : String(node.value);
}
function documentValue(doc) {
  let budget = MAX_EXPANDED_NODES;
  const targets = /* @__PURE__ */ new Map();
  const expanding = /* @__PURE__ */ new Set();
  let outermost;
  const offsetOf = (node) => node?.range?.[0] ?? 0;
  const convert = (node) => {
    if (outermost !== void 0 && --budget < 0) {
      throw new DocumentValueError(
        `Aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} nodes (an alias bomb?); this document is not linted`,
        offsetOf(outermost)
      );
    }
    if (node === null || node === void 0) return null;
    if ((0, import_yaml.isAlias)(node)) {
      let target = targets.get(node);
      if (target === void 0) {
        target = node.resolve(doc);
        targets.set(node, target);
      }
      if (target === void 0) throw new DocumentValueError(`The alias *${node.source} names no anchor before it; this document is not linted`, offsetOf(node));
      if (expanding.has(target)) throw new DocumentValueError(`The alias *${node.source} is inside its own anchor, so it never ends; this document is not linted`, offsetOf(node));
      const top = outermost === void 0;
      if (top) outermost = node;
      expanding.add(target);
      const value = convert(target);
      expanding.delete(target);
      if (top) outermost = void 0;
      return value;
    }
    if ((0, import_yaml.isScalar)(node)) return scalarValue(node);
    if ((0, import_yaml.isSeq)(node)) return node.items.map(convert);
    if ((0, import_yaml.isMap)(node)) {
      const out = {};
      const merges = [];
      for (const pair of node.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? scalarValue(pair.key) : convert(pair.key);
        if (key === "<<" && (0, import_yaml.isScalar)(pair.key) && pair.key.type === import_yaml.Scalar.PLAIN) {
          merges.push(convert(pair.value));
          continue;
        }
        setOwn(out, typeof key === "string" ? key : JSON.stringify(key) ?? String(key), convert(pair.value));
      }
      for (const merge of merges) {
        for (const source of Array.isArray(merge) ? merge : [merge]) {
          if (source === null || typeof source !== "object") continue;
          for (const [key, value] of Object.entries(source)) {
            if (--budget < 0) throw new DocumentValueError("Merge keys (<<) copy too many entries; this document is not linted", offsetOf(node));
            if (!Object.prototype.hasOwnProperty.call(out, key)) setOwn(out, key, value);
          }
        }
      }
      return out;
    }
    if ((0, import_yaml.isPair)(node)) return convert(node.value);
    return null;
  };
  try {
    return convert(doc.contents);
  } catch (error) {
    if (error instanceof RangeError) throw new DocumentValueError("The document nests too deeply to be read; this document is not linted", offsetOf(doc.contents));
    throw error;
  }
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) {
    const value = key.type === import_yaml.Scalar.PLAIN ? resolvePlainScalar(key.source ?? String(key.value)) : key.value;
    return typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  }
  return void 0;
}

export {
  resolvePlainScalar,
  yamlVersionDisagreement,
  MAX_EXPANDED_NODES,
  DocumentValueError,
  setOwn,
  documentValue,
  keyText
};
