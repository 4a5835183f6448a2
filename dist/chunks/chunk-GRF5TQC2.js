import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);

// src/graph/selector.ts
function selectorFromMap(map) {
  return { matchLabels: { ...map } };
}
function matchesRequirement(labels, requirement) {
  const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case "In":
      return has && values.includes(labels[requirement.key]);
    case "NotIn":
      return !has || !values.includes(labels[requirement.key]);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    default:
      return false;
  }
}
function matchesSelector(labels, selector) {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== String(value)) return false;
  }
  for (const requirement of selector.matchExpressions ?? []) {
    if (!matchesRequirement(labels, requirement)) return false;
  }
  return true;
}
function isEmptySelector(selector) {
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}
function formatSelector(selector) {
  const parts = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${String(value)}`);
  for (const requirement of selector.matchExpressions ?? []) {
    const values = (requirement.values ?? []).join(",");
    if (requirement.operator === "Exists") parts.push(requirement.key);
    else if (requirement.operator === "DoesNotExist") parts.push(`!${requirement.key}`);
    else parts.push(`${requirement.key} ${requirement.operator.toLowerCase()} (${values})`);
  }
  return parts.length === 0 ? "(everything)" : parts.join(",");
}

// src/parse/scalars.ts
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var TRUES = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var FALSES = /* @__PURE__ */ new Set(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);
var INT = /^[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|0[0-7]*|[1-9][0-9]*)$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var SPECIAL_FLOATS = {
  ".inf": Infinity,
  ".Inf": Infinity,
  ".INF": Infinity,
  "+.inf": Infinity,
  "+.Inf": Infinity,
  "+.INF": Infinity,
  "-.inf": -Infinity,
  "-.Inf": -Infinity,
  "-.INF": -Infinity,
  ".nan": NaN,
  ".NaN": NaN,
  ".NAN": NaN
};
var NON_STRING_START = /^[-+.~0-9nNyYtTfFoO]/;
function resolvePlainScalar(text) {
  if (text === "") return null;
  if (!NON_STRING_START.test(text)) return text;
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  const special = SPECIAL_FLOATS[text];
  if (special !== void 0) return special;
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

export {
  selectorFromMap,
  matchesSelector,
  isEmptySelector,
  formatSelector,
  resolvePlainScalar,
  yamlVersionDisagreement
};
