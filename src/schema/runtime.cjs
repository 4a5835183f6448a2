'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
// Runtime of the precompiled validators in schemas/kubernetes/validators/. `npm run schemas` copies
// this file next to them; every generated module requires it for its formats and for the validators
// of the definitions it references, which load only when first needed. Plain CommonJS on purpose:
// ajv's standalone code is CommonJS, and this must load without a build step.

// Kubernetes resource.Quantity: a signed decimal number with an optional binary (Ki…Ei), decimal
// (n, u, m, k, M…E) or exponent suffix. `1Gb` or `512MB` fail here and in the API server alike.
const QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;
// RFC 3339, as metav1.Time parses it.
const DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$/;
// Standard base64 with padding, as Go's encoding/json decodes []byte; it skips line breaks.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** The formats the converter keeps; any other format in upstream schemas is dropped. */
exports.formats = {
  quantity: { type: 'string', validate: (value) => QUANTITY.test(value) },
  'date-time': { type: 'string', validate: (value) => DATE_TIME.test(value) },
  byte: { type: 'string', validate: (value) => BASE64.test(value.replace(/[\r\n]/g, '')) },
  int32: { type: 'number', validate: (value) => Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX },
  // JSON has no infinities or NaN, which YAML's .inf and .nan would otherwise smuggle in.
  float: { type: 'number', validate: (value) => Number.isFinite(value) },
  double: { type: 'number', validate: (value) => Number.isFinite(value) },
};

const ID = /^[A-Za-z0-9._-]+$/;
const VALIDATORS = path.join(__dirname, 'validators');
/** Loaded definitions by id: `check`, and `validator` (its source until first compiled). */
const definitions = new Map();
/** Between the two CommonJS sources of a definition's file: the pre-check, then ajv's validator. */
const VALIDATOR_SEPARATOR = '\n//# validator\n';

/**
 * The length of a string as JSON Schema counts it (`minLength`, `maxLength`): in code points, so a
 * character outside the Basic Multilingual Plane (two UTF-16 units) counts once.
 */
function codePointLength(text) {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

/**
 * What ajv's generated code requires besides this module. Served from here, not from node_modules:
 * the GitHub Action runs the committed bundle and schemas without installing any package, and a
 * validator that reached for `ajv/dist/runtime/…` there failed on every Istio or Gateway API object
 * with a length limit.
 */
const AJV_RUNTIME = {
  'ajv/dist/runtime/ucs2length': { default: codePointLength },
};

/** `require` as the validators see it: this module under its relative name, ajv's runtime helpers from AJV_RUNTIME. */
function requireFromValidator(request) {
  if (request === '../runtime.cjs') return exports;
  const helper = AJV_RUNTIME[request];
  if (helper === undefined) throw new Error(`schemas/kubernetes/runtime.cjs has no ${request} for the generated validators`);
  return helper;
}

/** The modules generated validators may require, for the test that holds them to it. */
exports.validatorRequires = ['../runtime.cjs', ...Object.keys(AJV_RUNTIME)];

/** How module sources become functions; the launcher's code cache replaces it (useCompiler). */
let compileFunction = (source, filename, parameters) => vm.compileFunction(source, parameters, { filename });

/**
 * Compiles the validators with `compile(source, filename, parameters)` from now on: shipshape's
 * launcher passes its code cache, so that a run skips compiling the validators earlier runs loaded.
 */
exports.useCompiler = function useCompiler(compile) {
  compileFunction = compile;
};

const MODULE_PARAMETERS = ['exports', 'require', 'module'];

/** Runs CommonJS source as a module and returns its exports. */
function run(source, filename) {
  const module = { exports: {} };
  compileFunction(source, filename, MODULE_PARAMETERS)(module.exports, requireFromValidator, module);
  return module.exports;
}

/**
 * The definition of an id, loaded on first use and kept for the process: its file's pre-check is
 * compiled, its validator kept as source. Compiled straight from the file rather than through
 * `require`: a run loads a hundred of them, and Node's module resolution and bookkeeping cost three
 * times what compiling them does.
 */
function definition(id) {
  let loaded = definitions.get(id);
  if (loaded === undefined) {
    if (!ID.test(id)) throw new Error(`invalid schema definition id ${JSON.stringify(id)}`);
    const file = path.join(VALIDATORS, `${id}.cjs`);
    const text = readFileSync(file, 'utf8');
    const split = text.indexOf(VALIDATOR_SEPARATOR);
    if (split === -1) throw new Error(`${file}: no validator`);
    loaded = { file, check: run(text.slice(0, split), file).check, validator: text.slice(split + VALIDATOR_SEPARATOR.length) };
    definitions.set(id, loaded);
  }
  return loaded;
}

/** The yes/no pre-check of a definition id: cheap on valid data, never yes where the validator finds a problem. */
exports.check = function check(id) {
  return definition(id).check;
};

/** The ajv validator of a definition id (errors with their paths), compiled from its source on first use. */
exports.load = function load(id) {
  const loaded = definition(id);
  if (typeof loaded.validator === 'string') loaded.validator = run(loaded.validator, `${loaded.file} (validator)`);
  return loaded.validator;
};
