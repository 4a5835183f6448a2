import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  POD_TEMPLATE_OWNER_KINDS,
  formatPath,
  formatSelector,
  isControllerLabel,
  isEmptySelector,
  kubeconformNames,
  labelsForSelector,
  matchesSelector,
  require_ajv,
  selectorFromMap,
  selectorImplies,
  selectorVerdict,
  splitApiVersion,
  yamlVersionDisagreement
} from "./chunk-6OPTAQN2.js";
import {
  __toESM
} from "./chunk-4Q47YGAT.js";

// src/engine/rule.ts
function buildMessages(formatters) {
  const builders = {};
  for (const [id, format] of Object.entries(formatters)) {
    builders[id] = (...args) => ({ id, text: format(...args) });
  }
  return builders;
}
function defineRule(definition) {
  return {
    id: definition.id,
    category: definition.category,
    severity: definition.severity,
    description: definition.description,
    docs: definition.docs,
    recommended: definition.recommended ?? true,
    target: definition.target,
    reads: definition.reads ?? [],
    messageIds: Object.keys(definition.messages),
    ...definition.options ? { options: definition.options } : {},
    stage: "graph",
    check: definition.check,
    messages: buildMessages(definition.messages)
  };
}
function defineParserRule(definition) {
  return {
    id: definition.id,
    category: definition.category,
    severity: definition.severity,
    description: definition.description,
    docs: definition.docs,
    recommended: definition.recommended ?? true,
    target: [],
    reads: [],
    messageIds: Object.keys(definition.messages),
    stage: "parser",
    messages: buildMessages(definition.messages)
  };
}

// src/schema/builtin.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var INDEX = path.join("schemas", "kubernetes", "index.json");
function schemasDirectory() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(path.join(dir, INDEX))) return path.join(dir, "schemas", "kubernetes");
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`shipshape: cannot find ${INDEX} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
var loaded;
function minor(version) {
  return Number(version.split(".")[1] ?? Number.NaN);
}
function builtinSchemas() {
  if (loaded) return loaded;
  const dir = schemasDirectory();
  const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8"));
  const runtime = createRequire(import.meta.url)(path.join(dir, "runtime.cjs"));
  let definitions;
  loaded = {
    index,
    runtime,
    definitions: () => definitions ??= JSON.parse(readFileSync(path.join(dir, "definitions.json"), "utf8")),
    versions: Object.keys(index.kubernetes).sort((a, b) => minor(a) - minor(b))
  };
  return loaded;
}
function schemaVersionFor(target, versions) {
  const wanted = minor(target.replace(/^v/, ""));
  const oldest = versions[0] ?? target;
  const newest = versions[versions.length - 1] ?? target;
  if (Number.isNaN(wanted)) return newest;
  return versions.find((version) => minor(version) === wanted) ?? (wanted < minor(oldest) ? oldest : newest);
}
function minorOf(version) {
  return minor(version.replace(/^v/, ""));
}

// src/schema/api-versions.ts
var REMOVED_BEFORE_SCHEMAS = {
  "extensions/v1beta1": { DaemonSet: "1.16", Deployment: "1.16", ReplicaSet: "1.16", NetworkPolicy: "1.16", PodSecurityPolicy: "1.16", Ingress: "1.22" },
  "apps/v1beta1": { Deployment: "1.16", StatefulSet: "1.16", ControllerRevision: "1.16" },
  "apps/v1beta2": { DaemonSet: "1.16", Deployment: "1.16", ReplicaSet: "1.16", StatefulSet: "1.16", ControllerRevision: "1.16" },
  "networking.k8s.io/v1beta1": { Ingress: "1.22", IngressClass: "1.22" },
  "admissionregistration.k8s.io/v1beta1": { MutatingWebhookConfiguration: "1.22", ValidatingWebhookConfiguration: "1.22" },
  "apiextensions.k8s.io/v1beta1": { CustomResourceDefinition: "1.22" },
  "apiregistration.k8s.io/v1beta1": { APIService: "1.22" },
  "authentication.k8s.io/v1beta1": { TokenReview: "1.22" },
  "authorization.k8s.io/v1beta1": { SubjectAccessReview: "1.22", LocalSubjectAccessReview: "1.22", SelfSubjectAccessReview: "1.22", SelfSubjectRulesReview: "1.22" },
  "certificates.k8s.io/v1beta1": { CertificateSigningRequest: "1.22" },
  "coordination.k8s.io/v1beta1": { Lease: "1.22" },
  "rbac.authorization.k8s.io/v1beta1": { ClusterRole: "1.22", ClusterRoleBinding: "1.22", Role: "1.22", RoleBinding: "1.22" },
  "scheduling.k8s.io/v1beta1": { PriorityClass: "1.22" },
  "storage.k8s.io/v1beta1": { CSIDriver: "1.22", CSINode: "1.22", StorageClass: "1.22", VolumeAttachment: "1.22" }
};
var NO_SUCCESSOR = {
  PodSecurityPolicy: "nothing replaces it: use Pod Security Admission (pod-security.kubernetes.io/* labels on the namespace)"
};
var PRERELEASE = /^v\d+(alpha|beta)\d+$/;
function isStable(version) {
  return /^v\d+$/.test(version);
}
function rank(version) {
  const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!match) return 0;
  const stage = match[2] === void 0 ? 2 : match[2] === "beta" ? 1 : 0;
  return stage * 1e6 + Number(match[1]) * 1e3 + Number(match[3] ?? 0);
}
function servingApiVersions(catalog, group, kind, version = catalog.version) {
  const kinds = catalog.builtins.index.kubernetes[version]?.kinds ?? {};
  const serving = Object.keys(kinds).filter((apiVersion) => kinds[apiVersion]?.[kind]?.id !== void 0);
  const groupOf = (apiVersion) => splitApiVersion(apiVersion).group;
  return serving.sort((a, b) => Number(groupOf(b) === group) - Number(groupOf(a) === group) || rank(splitApiVersion(b).version) - rank(splitApiVersion(a).version));
}
function replacementFor(catalog, group, kind) {
  const note = NO_SUCCESSOR[kind];
  if (note !== void 0) return { note };
  const apiVersion = servingApiVersions(catalog, group, kind)[0];
  return apiVersion === void 0 ? {} : { apiVersion };
}
function crdStatus(versions, version, source, stableReplacement) {
  const declared = versions.find((entry) => entry.version === version);
  const served = versions.filter((entry) => entry.served).map((entry) => entry.version).sort((a, b) => rank(b) - rank(a));
  if (!declared?.served) return { status: "not-served-by-crd", source, served };
  if (declared.deprecated) return { status: "served", deprecated: { byCrd: true, source, ...stableReplacement ? { replacement: stableReplacement } : {} } };
  if (stableReplacement !== void 0) return { status: "served", deprecated: { replacement: stableReplacement, source } };
  return { status: "served" };
}
function stableSibling(group, version, served) {
  if (!PRERELEASE.test(version)) return void 0;
  const stable = served.filter(isStable).sort((a, b) => rank(b) - rank(a))[0];
  return stable === void 0 ? void 0 : `${group}/${stable}`;
}
function apiStatus(catalog, apiVersion, kind) {
  if (catalog.extraSchema(apiVersion, kind)) return { status: "served" };
  const { group, version } = splitApiVersion(apiVersion);
  const inputVersions = catalog.inputCrdVersions(group, kind);
  if (inputVersions.length > 0) {
    const served = inputVersions.filter((entry2) => entry2.served).map((entry2) => entry2.version);
    return crdStatus(inputVersions, version, `the CustomResourceDefinition ${inputVersions[0]?.crd.name ?? ""} in the input`, stableSibling(group, version, served));
  }
  const target = catalog.version;
  const entry = catalog.builtinEntry(apiVersion, kind);
  if (entry) {
    const stable = PRERELEASE.test(version) ? servingApiVersions(catalog, group, kind).find((candidate) => splitApiVersion(candidate).group === group && isStable(splitApiVersion(candidate).version)) : void 0;
    if (stable === void 0) return { status: "served" };
    const removedIn = catalog.builtins.versions.find((later) => minorOf(later) > minorOf(target) && !catalog.builtinEntry(apiVersion, kind, later));
    return { status: "served", deprecated: { replacement: stable, ...removedIn ? { removedIn } : {} } };
  }
  const servedIn = catalog.builtins.versions.filter((candidate) => catalog.builtinEntry(apiVersion, kind, candidate));
  const last = servedIn[servedIn.length - 1];
  const first = servedIn[0];
  if (last !== void 0 && minorOf(last) < minorOf(target)) {
    const removedIn = catalog.builtins.versions.find((later) => minorOf(later) > minorOf(last)) ?? target;
    return { status: "removed", removedIn, replacement: replacementFor(catalog, group, kind) };
  }
  if (first !== void 0) return { status: "not-yet", since: first };
  const historic = REMOVED_BEFORE_SCHEMAS[apiVersion]?.[kind];
  if (historic !== void 0 && minorOf(catalog.target) < minorOf(historic)) return { status: "served" };
  if (historic !== void 0) return { status: "removed", removedIn: historic, replacement: replacementFor(catalog, group, kind) };
  const bundledGroupVersions = Object.entries(catalog.builtins.index.crds).flatMap(([candidate, kinds]) => {
    const declared = kinds[kind];
    return declared && splitApiVersion(candidate).group === group ? [{ version: splitApiVersion(candidate).version, served: declared.served !== false && declared.id !== void 0, deprecated: declared.deprecated === true, bundle: declared.bundle ?? "" }] : [];
  });
  if (bundledGroupVersions.length > 0) {
    const bundle = bundledGroupVersions[0]?.bundle ?? "";
    const served = bundledGroupVersions.filter((candidate) => candidate.served).map((candidate) => candidate.version);
    return crdStatus(bundledGroupVersions, version, `the bundled ${bundle} CRDs`, stableSibling(group, version, served));
  }
  if (isBuiltinGroup(catalog, group)) {
    const servedNow = servingApiVersions(catalog, group, kind);
    const servedBefore = /* @__PURE__ */ new Set();
    for (const candidate of catalog.builtins.versions) for (const other of servingApiVersions(catalog, group, kind, candidate)) servedBefore.add(other);
    for (const [other, kinds] of Object.entries(REMOVED_BEFORE_SCHEMAS)) if (kinds[kind] !== void 0) servedBefore.add(other);
    for (const other of servedNow) servedBefore.delete(other);
    if (servedNow.length > 0 || servedBefore.size > 0) return { status: "never", servedNow, servedBefore: [...servedBefore].sort() };
  }
  return { status: "unknown" };
}
function isBuiltinGroup(catalog, group) {
  if (group === "") return true;
  const known = (apiVersion) => splitApiVersion(apiVersion).group === group;
  return Object.keys(REMOVED_BEFORE_SCHEMAS).some(known) || catalog.builtins.versions.some((version) => Object.keys(catalog.builtins.index.kubernetes[version]?.kinds ?? {}).some(known));
}
function builtinKindsOf(catalog, apiVersion) {
  const kinds = catalog.builtins.index.kubernetes[catalog.version]?.kinds ?? {};
  const exact = kinds[apiVersion];
  if (exact) return Object.keys(exact);
  const { group } = splitApiVersion(apiVersion);
  return [...new Set(Object.entries(kinds).filter(([candidate]) => splitApiVersion(candidate).group === group).flatMap(([, byKind]) => Object.keys(byKind)))];
}

// src/schema/ajv.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/schema/json-schema.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out = {};
  for (const key2 of Object.keys(value).sort()) out[key2] = sortKeys(value[key2]);
  return out;
}
var DEFINITION_REF_PREFIX = "#/definitions/";
function definitionRef(id) {
  return `${DEFINITION_REF_PREFIX}${id}`;
}
function refId(ref) {
  return ref.startsWith(DEFINITION_REF_PREFIX) ? ref.slice(DEFINITION_REF_PREFIX.length) : void 0;
}

// src/schema/ajv.ts
var REF_KEYWORD = "x-shipshape-ref";
var NULLABLE_REF_KEYWORD = "x-shipshape-nullable-ref";
var AT_MOST_ONE_KEYWORD = "x-at-most-one-of";
var RUNTIME_FROM_VALIDATOR = "../runtime.cjs";
var VALIDATION_ERRORS = new import_ajv.Name("vErrors");
var ERROR_COUNT = new import_ajv.Name("errors");
var INSTANCE_PATH = new import_ajv.Name("instancePath");
var ROOT_DATA = new import_ajv.Name("rootData");
function referenceKeyword(keyword, nullable, runtime) {
  return {
    keyword,
    schemaType: "string",
    code(cxt) {
      const { gen, data, it } = cxt;
      const load = gen.scopeValue("func", { ref: runtime.load, code: import_ajv._`require(${RUNTIME_FROM_VALIDATOR}).load` });
      const validate = gen.const("ref", import_ajv._`${load}(${cxt.schema})`);
      const context = import_ajv._`{instancePath: ${INSTANCE_PATH} + ${it.errorPath}, parentData: ${it.parentData}, parentDataProperty: ${it.parentDataProperty}, rootData: ${ROOT_DATA}}`;
      const call = import_ajv._`${validate}(${data}, ${context})`;
      cxt.result(nullable ? import_ajv._`${data} === null || ${call}` : call, void 0, () => {
        gen.assign(VALIDATION_ERRORS, import_ajv._`${VALIDATION_ERRORS} === null ? ${validate}.errors : ${VALIDATION_ERRORS}.concat(${validate}.errors)`);
        gen.assign(ERROR_COUNT, import_ajv._`${VALIDATION_ERRORS}.length`);
      });
    }
  };
}
var atMostOneKeyword = {
  keyword: AT_MOST_ONE_KEYWORD,
  type: "object",
  schemaType: "array",
  error: { message: "must set at most one of the fields", params: ({ schema }) => import_ajv._`{fields: ${JSON.stringify(schema)}}` },
  code(cxt) {
    const { gen, data } = cxt;
    const count = gen.let("set", 0);
    for (const field of cxt.schema) gen.if(import_ajv._`${data}[${field}] != null`, () => gen.assign(count, import_ajv._`${count} + 1`));
    cxt.fail(import_ajv._`${count} > 1`);
  }
};
function createAjv(runtime, mode) {
  const options = {
    allErrors: true,
    // shipshape writes its own messages from keyword and params; ajv's would only add code size.
    messages: false,
    strict: mode.lenient ? false : true,
    strictTypes: false,
    strictTuples: false,
    validateSchema: !mode.lenient,
    // Upstream patterns are Go RE2 syntax, which the `u` flag rejects more often than it helps.
    unicodeRegExp: false,
    logger: false,
    code: mode.standalone ? { source: true, lines: false, optimize: true, formats: import_ajv._`require(${RUNTIME_FROM_VALIDATOR}).formats` } : { optimize: true }
  };
  const ajv = new import_ajv.Ajv(options);
  for (const [name, format] of Object.entries(runtime.formats)) ajv.addFormat(name, format);
  ajv.addKeyword(referenceKeyword(REF_KEYWORD, false, runtime));
  ajv.addKeyword(referenceKeyword(NULLABLE_REF_KEYWORD, true, runtime));
  ajv.addKeyword(atMostOneKeyword);
  return ajv;
}
function toAjvSchema(schema) {
  return rewrite(schema);
}
function rewrite(value) {
  if (Array.isArray(value)) return value.map(rewrite);
  if (!isObject(value)) return value;
  const ref = value["$ref"];
  if (typeof ref === "string") {
    const id = refId(ref);
    if (id !== void 0) return { [value["nullable"] === true ? NULLABLE_REF_KEYWORD : REF_KEYWORD]: id };
  }
  const out = {};
  for (const [key2, child] of Object.entries(value)) {
    out[key2] = key2 === "properties" && isObject(child) ? Object.fromEntries(Object.entries(child).map(([name, sub]) => [name, rewrite(sub)])) : rewrite(child);
  }
  return out;
}

// src/schema/convert.ts
function emptyStats() {
  return { celRules: 0, droppedFormats: {}, droppedPatterns: [] };
}
var TYPES = /* @__PURE__ */ new Set(["object", "array", "string", "integer", "number", "boolean", "null"]);
var NUMBER_KEYWORDS = ["minimum", "maximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"];
function refTarget(node) {
  let ref = node["$ref"];
  const allOf2 = node["allOf"];
  if (ref === void 0 && Array.isArray(allOf2) && allOf2.length === 1 && isObject(allOf2[0]) && Object.keys(allOf2[0]).length === 1) ref = allOf2[0]["$ref"];
  if (typeof ref !== "string") return void 0;
  return ref.slice(ref.lastIndexOf("/") + 1);
}
function typeAlternatives(branches) {
  if (!Array.isArray(branches) || branches.length === 0) return void 0;
  const types = [];
  for (const branch of branches) {
    if (!isObject(branch) || typeof branch["type"] !== "string" || !TYPES.has(branch["type"])) return void 0;
    if (Object.keys(branch).some((key2) => key2 !== "type" && key2 !== "format")) return void 0;
    types.push(branch["type"]);
  }
  return types;
}
function atMostOneOf(branches) {
  if (!Array.isArray(branches) || branches.length < 2) return void 0;
  const [first, ...rest] = branches;
  const negated = isObject(first) && Object.keys(first).length === 1 && isObject(first["not"]) ? first["not"]["anyOf"] : void 0;
  const single = (branch) => isObject(branch) && Object.keys(branch).length === 1 && Array.isArray(branch["required"]) && branch["required"].length === 1 && typeof branch["required"][0] === "string" ? branch["required"][0] : void 0;
  if (!Array.isArray(negated) || negated.length !== rest.length) return void 0;
  const fields = rest.map(single);
  if (fields.some((field) => field === void 0)) return void 0;
  if (negated.some((branch, index) => single(branch) !== fields[index])) return void 0;
  return fields;
}
function acceptNull(schema) {
  if (schema.$ref === void 0 && schema.type === void 0) return schema;
  const widened = { ...schema, nullable: true };
  if (widened.enum !== void 0 && !widened.enum.includes(null)) widened.enum = [...widened.enum, null];
  return widened;
}
function uniqueValues(values) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const value of values) {
    const key2 = canonicalJson(value);
    if (seen.has(key2)) continue;
    seen.add(key2);
    out.push(value);
  }
  return out;
}
function accepts(schema, value) {
  const known = /* @__PURE__ */ new Set(["enum", "not", "type", "pattern", "nullable"]);
  if (Object.keys(schema).some((key2) => !known.has(key2))) return void 0;
  if (schema.enum && !schema.enum.some((allowed) => canonicalJson(allowed) === canonicalJson(value))) return false;
  if (typeof schema.type === "string" && !(schema.type === "string" ? typeof value === "string" : schema.type === "integer" ? Number.isInteger(value) : schema.type === "number" ? typeof value === "number" : schema.type === "boolean" ? typeof value === "boolean" : true)) return false;
  if (schema.pattern !== void 0 && typeof value === "string" && !new RegExp(schema.pattern).test(value)) return false;
  if (schema.not) {
    const inner = accepts(schema.not, value);
    return inner === void 0 ? void 0 : !inner;
  }
  return true;
}
function withDefaults(branch, defaults) {
  const required = Object.entries(branch.properties ?? {}).filter(([name, constraint]) => defaults.has(name) && accepts(constraint, defaults.get(name)) === false).map(([name]) => name);
  if (required.length === 0) return branch;
  return { ...branch, required: [.../* @__PURE__ */ new Set([...branch.required ?? [], ...required])] };
}
function compiles(pattern) {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
function convertNode(node, options) {
  if (!isObject(node)) return {};
  const target = refTarget(node);
  if (target !== void 0 && options.reference) {
    const referenced = options.reference(target);
    return node["nullable"] === true ? acceptNull(referenced) : referenced;
  }
  const out = {};
  const intOrString = node["x-kubernetes-int-or-string"] === true || node["format"] === "int-or-string";
  const alternatives2 = typeAlternatives(node["oneOf"]) ?? typeAlternatives(node["anyOf"]);
  if (intOrString) out.type = ["integer", "string"];
  else if (alternatives2) out.type = alternatives2;
  else if (typeof node["type"] === "string" && TYPES.has(node["type"])) out.type = node["type"];
  const format = node["format"];
  if (typeof format === "string" && !intOrString && format !== "int64") {
    if (options.formats.has(format)) out.format = format;
    else options.stats.droppedFormats[format] = (options.stats.droppedFormats[format] ?? 0) + 1;
  }
  if (Array.isArray(node["enum"])) out.enum = uniqueValues(node["enum"]);
  const pattern = node["pattern"];
  if (typeof pattern === "string") {
    if (compiles(pattern)) out.pattern = pattern;
    else options.stats.droppedPatterns.push(pattern);
  }
  for (const keyword of NUMBER_KEYWORDS) {
    const value = node[keyword];
    if (typeof value === "number") out[keyword] = value;
  }
  if (node["exclusiveMinimum"] === true && out.minimum !== void 0) {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  }
  if (node["exclusiveMaximum"] === true && out.maximum !== void 0) {
    out.exclusiveMaximum = out.maximum;
    delete out.maximum;
  }
  if (node["uniqueItems"] === true) out.uniqueItems = true;
  if (isObject(node["items"])) out.items = convertNode(node["items"], options);
  const preserveUnknown = node["x-kubernetes-preserve-unknown-fields"] === true;
  const properties = node["properties"];
  if (isObject(properties)) {
    const required = Array.isArray(node["required"]) ? node["required"].filter((name) => typeof name === "string") : [];
    out.properties = {};
    for (const [name, child] of Object.entries(properties)) {
      const converted = convertNode(child, options);
      out.properties[name] = required.includes(name) || options.branch === true ? converted : acceptNull(converted);
    }
    if (node["x-kubernetes-embedded-resource"] === true) {
      out.properties["apiVersion"] ??= { type: "string", nullable: true };
      out.properties["kind"] ??= { type: "string", nullable: true };
      out.properties["metadata"] ??= { type: "object", nullable: true };
    }
    if (required.length > 0) out.required = [...new Set(required)];
  }
  const additional = node["additionalProperties"];
  if (isObject(additional)) out.additionalProperties = options.branch === true ? convertNode(additional, options) : acceptNull(convertNode(additional, options));
  else if (additional === false) out.additionalProperties = false;
  else if (out.properties !== void 0 && additional === void 0 && !preserveUnknown && options.branch !== true) out.additionalProperties = false;
  const inBranch = { ...options, branch: true };
  const defaults = new Map(Object.entries(isObject(properties) ? properties : {}).flatMap(([name, child]) => isObject(child) && child["default"] !== void 0 ? [[name, child["default"]]] : []));
  const branchOf = (branch) => withDefaults(convertNode(branch, inBranch), defaults);
  const exclusive = atMostOneOf(node["oneOf"]);
  if (exclusive) out["x-at-most-one-of"] = exclusive;
  else if (Array.isArray(node["oneOf"]) && !alternatives2) out.oneOf = node["oneOf"].map(branchOf);
  if (Array.isArray(node["anyOf"]) && !alternatives2) out.anyOf = node["anyOf"].map(branchOf);
  if (Array.isArray(node["allOf"]) && target === void 0) out.allOf = node["allOf"].map((branch) => convertNode(branch, inBranch));
  if (isObject(node["not"])) out.not = convertNode(node["not"], inBranch);
  if (Array.isArray(node["x-kubernetes-validations"])) options.stats.celRules += node["x-kubernetes-validations"].length;
  return node["nullable"] === true ? acceptNull(out) : out;
}

// src/schema/crd.ts
function text(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function openApiSchema(holder) {
  if (!isObject(holder)) return void 0;
  const schema = holder["openAPIV3Schema"];
  return isObject(schema) ? schema : void 0;
}
function customResourceRoot(raw, options) {
  const converted = raw === void 0 ? {} : convertNode(raw, options);
  return {
    ...converted,
    type: "object",
    properties: {
      ...converted.properties,
      apiVersion: { type: "string" },
      kind: { type: "string" },
      metadata: acceptNull({ $ref: options.objectMetaRef })
    }
  };
}
function convertCrd(crd, options) {
  if (!isObject(crd) || !isObject(crd["spec"])) return [];
  const spec = crd["spec"];
  const group = text(spec["group"]);
  const kind = isObject(spec["names"]) ? text(spec["names"]["kind"]) : void 0;
  if (group === void 0 || kind === void 0) return [];
  const namespaced = spec["scope"] !== "Cluster";
  const shared = openApiSchema(spec["validation"]);
  const declared = Array.isArray(spec["versions"]) ? spec["versions"].filter(isObject) : [];
  const legacyVersion = text(spec["version"]);
  if (declared.length === 0 && legacyVersion !== void 0) declared.push({ name: legacyVersion, served: true });
  const versions = [];
  for (const entry of declared) {
    const version = text(entry["name"]);
    if (version === void 0) continue;
    versions.push({
      group,
      version,
      kind,
      namespaced,
      served: entry["served"] !== false,
      deprecated: entry["deprecated"] === true,
      schema: customResourceRoot(openApiSchema(entry["schema"]) ?? shared, options)
    });
  }
  return versions;
}

// src/schema/catalog.ts
function key(apiVersion, kind) {
  return `${apiVersion}\0${kind}`;
}
var SchemaCatalog = class {
  /** The Kubernetes version the user targets (`1.35`, `1.21`). */
  target;
  /** The shipped Kubernetes version whose schemas are used (the target, or the nearest shipped). */
  version;
  builtins;
  inputCrds = /* @__PURE__ */ new Map();
  extra = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  ajv;
  lenientAjv;
  constructor(target, crds, extraSchemas, builtins = builtinSchemas()) {
    this.builtins = builtins;
    this.target = target.replace(/^v/, "");
    this.version = schemaVersionFor(target, builtins.versions);
    const objectMetaRef = definitionRef(builtins.index.kubernetes[this.version]?.objectMeta ?? "");
    const formats = new Set(Object.keys(builtins.runtime.formats));
    for (const crd of crds) {
      for (const version of convertCrd(crd.body, { formats, objectMetaRef, stats: emptyStats() })) {
        const apiVersion = `${version.group}/${version.version}`;
        if (!this.inputCrds.has(key(apiVersion, version.kind))) this.inputCrds.set(key(apiVersion, version.kind), { ...version, crd });
      }
    }
    for (const schema of extraSchemas) if (!this.extra.has(schema.name)) this.extra.set(schema.name, schema);
  }
  /** Built-in kinds of the target version by apiVersion, then kind. */
  builtinEntry(apiVersion, kind, version = this.version) {
    return this.builtins.index.kubernetes[version]?.kinds[apiVersion]?.[kind];
  }
  bundledEntry(apiVersion, kind) {
    return this.builtins.index.crds[apiVersion]?.[kind];
  }
  inputCrd(apiVersion, kind) {
    return this.inputCrds.get(key(apiVersion, kind));
  }
  /** Every version of a group/kind the input's CRDs declare. */
  inputCrdVersions(group, kind) {
    return [...this.inputCrds.values()].filter((version) => version.group === group && version.kind === kind);
  }
  extraSchema(apiVersion, kind) {
    for (const name of kubeconformNames(apiVersion, kind)) {
      const schema = this.extra.get(name);
      if (schema) return schema;
    }
    return void 0;
  }
  /** The schema a resource of apiVersion/kind is validated against, or undefined when there is none. */
  schemaFor(apiVersion, kind) {
    const cacheKey = key(apiVersion, kind);
    if (this.cache.has(cacheKey)) return this.cache.get(cacheKey);
    const found = this.find(apiVersion, kind);
    this.cache.set(cacheKey, found);
    return found;
  }
  find(apiVersion, kind) {
    const extra = this.extraSchema(apiVersion, kind);
    if (extra) return this.compiled({ type: "schema-dir", file: extra.file }, extra.schema, true);
    const crd = this.inputCrd(apiVersion, kind);
    if (crd?.served) return this.compiled({ type: "input-crd", crd: crd.crd }, crd.schema, false);
    const builtin = this.builtinEntry(apiVersion, kind);
    if (builtin?.id !== void 0) return this.precompiled({ type: "kubernetes", version: this.version }, builtin.id);
    const bundled = this.bundledEntry(apiVersion, kind);
    if (bundled?.id !== void 0 && bundled.bundle !== void 0) return this.precompiled({ type: "bundled-crd", bundle: bundled.bundle }, bundled.id);
    return void 0;
  }
  precompiled(origin, id) {
    return {
      origin,
      validator: () => this.builtins.runtime.load(id),
      root: () => this.builtins.definitions()[id]
    };
  }
  /** Compiles a schema from the input or `--schema-dir` once, on first use; a broken one is reported, not thrown. */
  compiled(origin, schema, lenient) {
    let validate;
    let tried = false;
    const entry = {
      origin,
      validator: () => {
        if (tried) return validate;
        tried = true;
        try {
          const ajv = lenient ? this.lenientAjv ??= createAjv(this.builtins.runtime, { standalone: false, lenient: true }) : this.ajv ??= createAjv(this.builtins.runtime, { standalone: false });
          validate = ajv.compile(lenient ? withoutMetaKeys(schema) : toAjvSchema(schema));
        } catch (error) {
          entry.problem = error instanceof Error ? error.message : String(error);
        }
        return validate;
      },
      root: () => isObject(schema) ? schema : void 0
    };
    return entry;
  }
};
function withoutMetaKeys(schema) {
  if (!isObject(schema)) return {};
  const { $schema: _schema, id: _id, $id: _dollarId, ...rest } = schema;
  return rest;
}
var catalogs = /* @__PURE__ */ new WeakMap();
function catalogFor(graph, settings) {
  let bySettings = catalogs.get(graph);
  if (!bySettings) {
    bySettings = /* @__PURE__ */ new WeakMap();
    catalogs.set(graph, bySettings);
  }
  let catalog = bySettings.get(settings);
  if (!catalog) {
    catalog = new SchemaCatalog(settings.kubernetesVersion, graph.ofKind("CustomResourceDefinition"), settings.extraSchemas ?? []);
    bySettings.set(settings, catalog);
  }
  return catalog;
}

// rules/api-version-deprecated/index.ts
var api_version_deprecated_default = defineRule({
  id: "api-version-deprecated",
  category: "schema",
  severity: "warning",
  description: "A resource should not use a pre-release (alpha or beta) apiVersion when a stable one serves the same kind, nor a version its CRD deprecates.",
  target: ["*"],
  reads: ["CustomResourceDefinition"],
  messages: {
    stableExists: (apiVersion, kind, target, replacement, removedIn) => `${apiVersion} ${kind} has a stable successor in Kubernetes ${target}: use ${replacement}${removedIn ? ` (${apiVersion} is removed in ${removedIn})` : ""}.`,
    stableInCrd: (apiVersion, kind, source, replacement) => `${apiVersion} ${kind} is a pre-release version; ${source} also serve${source.startsWith("the bundled") ? "" : "s"} the stable ${replacement}: use it.`,
    deprecatedByCrd: (apiVersion, kind, source, replacement) => `${apiVersion} ${kind} is deprecated by ${source}${replacement ? `; use ${replacement}` : ""}.`
  },
  docs: {
    diagnosis: "The resource uses an alpha or beta apiVersion although the target Kubernetes version (or the CRD of a custom resource) serves the same kind under a stable version, or the CRD marks the version `deprecated: true`. `kubectl apply` prints a deprecation warning for such objects.",
    fix: "Move the manifest to the stable apiVersion the message names and check the fields that changed between the versions (the Kubernetes deprecation guide lists them per API). For custom resources, the CRD's stable version usually has the same schema (Istio `networking.istio.io/v1alpha3` and `v1`, for example).",
    why: "Pre-release versions are removed a few releases after the stable version appears; Kubernetes removed `policy/v1beta1`, `batch/v1beta1` and `autoscaling/v2beta2` that way. A manifest still on the old version keeps applying until the upgrade that removes it, then breaks the pipeline at the worst moment. Moving while both versions are served is a no-op for the cluster, since the API server stores and converts between them."
  },
  check(resource, { graph, settings, report, messages }) {
    const catalog = catalogFor(graph, settings);
    const status = apiStatus(catalog, resource.apiVersion, resource.kind);
    if (status.status !== "served" || status.deprecated === void 0) return;
    const { replacement, removedIn, byCrd, source } = status.deprecated;
    const at = ["apiVersion"];
    if (byCrd === true && source !== void 0) report(messages.deprecatedByCrd(resource.apiVersion, resource.kind, source, replacement), { at });
    else if (replacement !== void 0 && source !== void 0) report(messages.stableInCrd(resource.apiVersion, resource.kind, source, replacement), { at });
    else if (replacement !== void 0) report(messages.stableExists(resource.apiVersion, resource.kind, catalog.target, replacement, removedIn), { at });
  }
});

// rules/api-version-removed/index.ts
function instead(replacement) {
  if ("apiVersion" in replacement) return `; use ${replacement.apiVersion}`;
  if ("note" in replacement) return `; ${replacement.note}`;
  return "";
}
var api_version_removed_default = defineRule({
  id: "api-version-removed",
  category: "schema",
  severity: "error",
  description: "The apiVersion of a resource must be served by the target Kubernetes version (or by the CRD that defines it).",
  target: ["*"],
  reads: ["CustomResourceDefinition"],
  messages: {
    removed: (apiVersion, kind, target, removedIn, replacement) => `${apiVersion} ${kind} is not served by Kubernetes ${target}: it was removed in ${removedIn}${instead(replacement)}.`,
    notYetServed: (apiVersion, kind, target, since) => `${apiVersion} ${kind} is not served by Kubernetes ${target} yet: it is first served in ${since}.`,
    neverServed: (apiVersion, kind, target, servedNow, servedBefore) => servedNow.length > 0 ? `${apiVersion} never served ${kind}; Kubernetes ${target} serves it as ${servedNow.join(", ")}.` : `${apiVersion} never served ${kind}, and Kubernetes ${target} does not serve it at all (it was served as ${servedBefore.join(", ")}).`,
    notServedByCrd: (apiVersion, kind, source, served) => `${apiVersion} ${kind} is not served by ${source} (${served.length === 0 ? "no version is served" : `served: ${served.join(", ")}`}).`
  },
  docs: {
    diagnosis: "The apiVersion/kind pair is not one the target cluster serves: Kubernetes removed it (`policy/v1beta1` PodDisruptionBudget in 1.25, `extensions/v1beta1` Ingress in 1.22), added it after the target version, never served the kind under that apiVersion, or the CustomResourceDefinition marks that version `served: false`. `kubectl api-resources` and `kubectl explain <kind> --api-version=<apiVersion>` on the cluster show what it serves.",
    fix: "Change `apiVersion` to the replacement the message names and adjust the fields that changed with it (for example `policy/v1` PodDisruptionBudget, `networking.k8s.io/v1` Ingress with `pathType` and `service.name`), or set `kubernetesVersion` (`--kubernetes-version`) to the version you really target. `kubectl convert` rewrites many manifests mechanically.",
    why: 'The API server answers a request for an unserved apiVersion with "no matches for kind \u2026 in version \u2026", so the whole apply fails. Removed APIs are the most common reason a cluster upgrade breaks deployment pipelines: manifests that applied yesterday fail after the control plane is upgraded, while the running objects keep working and hide the problem until the next change.'
  },
  check(resource, { graph, settings, report, messages }) {
    const catalog = catalogFor(graph, settings);
    const status = apiStatus(catalog, resource.apiVersion, resource.kind);
    const at = ["apiVersion"];
    const target = catalog.target;
    switch (status.status) {
      case "removed":
        report(messages.removed(resource.apiVersion, resource.kind, target, status.removedIn, status.replacement), { at });
        break;
      case "not-yet":
        report(messages.notYetServed(resource.apiVersion, resource.kind, target, status.since), { at });
        break;
      case "never":
        report(messages.neverServed(resource.apiVersion, resource.kind, target, status.servedNow, status.servedBefore), { at });
        break;
      case "not-served-by-crd":
        report(messages.notServedByCrd(resource.apiVersion, resource.kind, status.source, status.served), { at });
        break;
      default:
        break;
    }
  }
});

// rules/file-unreadable/index.ts
var file_unreadable_default = defineParserRule({
  id: "file-unreadable",
  category: "yaml",
  severity: "error",
  description: "A file that cannot be read or is not UTF-8/UTF-16 text (binary data, another encoding, a permission problem).",
  messages: { unreadable: (detail) => detail },
  docs: {
    diagnosis: "The file could not be opened, contains NUL bytes, or is not valid UTF-8 (and has no UTF-16 byte-order mark).",
    fix: "Save the file as UTF-8, fix its permissions, or exclude it with `ignore` in `.shipshape.yaml` or a `.shipshapeignore` line.",
    why: "Kubernetes reads manifests as UTF-8; a file in another encoding is either rejected or applied with mangled names and values."
  }
});

// src/k8s/object-names.ts
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function isObjectName(name) {
  return name.length <= 253 && DNS_SUBDOMAIN.test(name);
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious = [];
  let previous = Array.from({ length: b.length + 1 }, (_2, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
function similarName(name, candidates) {
  if (name.length < MIN_TYPO_LENGTH) return void 0;
  let best;
  for (const candidate of candidates) {
    if (candidate === name || editDistance(name, candidate, 1) > 1 || sameButDigits(name, candidate)) continue;
    if (best === void 0 || candidate < best) best = candidate;
  }
  return best;
}
var MIN_TYPO_LENGTH = 4;
function sameButDigits(a, b) {
  return a.replace(/[0-9]/g, "0") === b.replace(/[0-9]/g, "0");
}

// src/k8s/missing-references.ts
function describeUse(reference) {
  const path2 = reference.path;
  if (path2[0] === "roleRef" || path2.includes("scaleTargetRef")) return reference.to.kind;
  const use = reference.use ?? {};
  const container = use.container === void 0 ? "" : ` of container ${use.container}`;
  if (path2.includes("imagePullSecrets")) return "imagePullSecrets";
  if (path2.includes("envFrom")) return `envFrom${container}`;
  if (path2.includes("valueFrom")) return use.env === void 0 ? `env${container}` : `env ${use.env}${container}`;
  if (path2.includes("volumes")) return use.volume === void 0 ? "a volume" : `volume "${use.volume}"`;
  return String(path2[path2.length - 1]);
}
function missingEffect(reference) {
  const path2 = reference.path;
  if (path2[0] === "roleRef") return "the binding grants nothing and its subjects get 403 Forbidden";
  if (path2.includes("scaleTargetRef")) return "the autoscaler fails with FailedGetScale and scales nothing";
  if (reference.to.kind === "ServiceAccount") return "no pod can be created (error looking up service account)";
  if (reference.to.kind === "PersistentVolumeClaim") return "the pods stay Pending";
  if (path2.includes("imagePullSecrets")) return "image pulls from a private registry fail with ErrImagePull";
  if (path2.includes("volumes")) return "the volume cannot be mounted and the pods stay in ContainerCreating";
  return "the containers fail to start with CreateContainerConfigError";
}
function danglingReferences(graph, resource, kind) {
  const dangling = [];
  for (const reference of graph.referencesFrom(resource)) {
    const to = reference.to;
    if (to.kind !== kind || reference.resolved || reference.optional || !isObjectName(to.name)) continue;
    if (graph.exists(to) !== "no") continue;
    const found = { reference };
    const candidates = graph.ofAnyKind(kind, to.namespace === void 0 ? {} : { namespace: to.namespace });
    const similar = similarName(to.name, candidates.map((candidate) => candidate.name));
    const match = similar === void 0 ? void 0 : candidates.find((candidate) => candidate.name === similar);
    if (match) found.similar = match;
    const elsewhere = graph.findInAnyNamespace(kind, to.name).find((candidate) => candidate.namespace !== to.namespace);
    if (elsewhere) found.elsewhere = elsewhere;
    dangling.push(found);
  }
  return dangling;
}
var DATA_FIELDS = {
  ConfigMap: ["data", "binaryData"],
  Secret: ["data", "stringData"]
};
var FILLED_BY_CONTROLLER = /* @__PURE__ */ new Set(["kubernetes.io/service-account-token"]);
function dataKeys(target) {
  const fields = DATA_FIELDS[target.kind];
  if (fields === void 0) return void 0;
  const body = target.body;
  if (target.kind === "Secret" && FILLED_BY_CONTROLLER.has(String(body["type"]))) return void 0;
  const keys = /* @__PURE__ */ new Set();
  for (const field of fields) {
    const data = body[field];
    if (data !== null && typeof data === "object" && !Array.isArray(data)) for (const key2 of Object.keys(data)) keys.add(key2);
  }
  return keys.size === 0 ? void 0 : keys;
}
function missingKeys(graph, reference) {
  const target = reference.resolved;
  if (!target || reference.optional || reference.keys.length === 0) return [];
  if (graph.producerOf(target.ref)) return [];
  const available = /* @__PURE__ */ new Set();
  for (const definition of graph.findAll(target.kind, target.namespace, target.name)) {
    const keys = dataKeys(definition);
    if (keys === void 0) return [];
    for (const key2 of keys) available.add(key2);
  }
  const sorted = [...available].sort();
  return reference.keys.filter((key2) => !available.has(key2.key)).map((key2) => ({ reference, key: key2, target, available: sorted }));
}
function listKeys(keys, shown = 5) {
  if (keys.length <= shown) return keys.map((key2) => `"${key2}"`).join(", ");
  return `${keys.slice(0, shown).map((key2) => `"${key2}"`).join(", ")} and ${keys.length - shown} more`;
}
function checkMissingReferences(kind, owner, { graph, settings, messages, report }) {
  const who = `${owner.kind} ${owner.name}`;
  for (const { reference, similar, elsewhere } of danglingReferences(graph, owner, kind)) {
    const { name, namespace = "" } = reference.to;
    const use = describeUse(reference);
    const at = [...reference.path];
    if (elsewhere && hasExplicitNamespace(owner) && hasExplicitNamespace(elsewhere)) {
      const other = elsewhere.namespace ?? "";
      report(messages.wrongNamespace(who, name, use, namespace, other), { at, related: [{ resource: elsewhere, message: `${kind} ${name} is defined in namespace ${other}` }] });
    } else if (similar) {
      report(messages.missingWithHint(who, name, use, namespace, similar.name), { at, related: [{ resource: similar, message: `${kind} ${similar.name} is defined here` }] });
    } else if (settings.assume === "complete") {
      report(messages.missing(who, name, use, namespace, missingEffect(reference)), { at });
    }
  }
}
function checkMissingKeys(kind, owner, { graph, messages, report }) {
  const who = `${owner.kind} ${owner.name}`;
  for (const reference of graph.referencesFrom(owner)) {
    if (reference.to.kind !== kind) continue;
    for (const missing of missingKeys(graph, reference)) {
      const hint = similarName(missing.key.key, missing.available);
      const use = describeUse(reference);
      const message = hint === void 0 ? messages.keyMissing(who, missing.key.key, missing.target.name, use, listKeys(missing.available), missingEffect(reference)) : messages.keyMissingWithHint(who, missing.key.key, missing.target.name, use, hint);
      report(message, { at: [...missing.key.path], related: [{ resource: missing.target, message: `${kind} ${missing.target.name} is defined here` }] });
    }
  }
}
function hasExplicitNamespace(resource) {
  const namespace = resource.body.metadata?.namespace;
  return typeof namespace === "string" && namespace !== "";
}

// rules/hpa-target-missing/index.ts
var hpa_target_missing_default = defineRule({
  id: "hpa-target-missing",
  category: "workloads",
  severity: "error",
  description: "A HorizontalPodAutoscaler's scaleTargetRef names a workload that its namespace does not have.",
  target: ["HorizontalPodAutoscaler"],
  reads: ["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"],
  messages: {
    missing: (autoscaler, target, kind, namespace, effect) => `${autoscaler} scales ${kind} "${target}", but namespace ${namespace} has no ${kind} of that name, so ${effect}.`,
    missingWithHint: (autoscaler, target, kind, namespace, candidate) => `${autoscaler} scales ${kind} "${target}", but namespace ${namespace} has no ${kind} of that name; did you mean "${candidate}"?`,
    wrongNamespace: (autoscaler, target, kind, namespace, other) => `${autoscaler} in namespace ${namespace} scales ${kind} "${target}", which is in namespace ${other}; an autoscaler only scales objects of its own namespace.`
  },
  docs: {
    diagnosis: "`spec.scaleTargetRef` names a Deployment, StatefulSet, ReplicaSet or other scalable object (by `kind` and `name`) that is not in the autoscaler's namespace. `kubectl describe hpa` shows `FailedGetScale` and the targets column reads `<unknown>`.",
    fix: "Correct `scaleTargetRef.kind` and `scaleTargetRef.name` (and `apiVersion`) to the workload to scale, which must be in the same namespace as the autoscaler.",
    why: "The autoscaler reads and writes the target's scale subresource. Without the target it cannot compute a replica count, so the workload it was meant to protect runs with a fixed replica count under load. Kubernetes accepts the autoscaler anyway, so nothing fails at apply time.",
    world: "The target may be made outside the manifests (another chart, an operator's custom resource), so in a partial input a missing target is reported only with evidence of a mistake: the namespace holds an object of that kind with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing target is reported. Targets named after a custom resource whose operator makes them are not missing."
  },
  check(autoscaler, context) {
    const target = context.graph.referencesFrom(autoscaler).find((reference) => reference.path[1] === "scaleTargetRef");
    if (target) checkMissingReferences(target.to.kind, autoscaler, context);
  }
});

// src/k8s/mesh.ts
var INJECTION = "istio-injection";
var REVISION = "istio.io/rev";
var INJECT = "sidecar.istio.io/inject";
var DATAPLANE_MODE = "istio.io/dataplane-mode";
var NEVER_INJECTED = /* @__PURE__ */ new Set(["kube-system", "kube-public", "kube-node-lease", "local-path-storage"]);
function isIstioGroup(group) {
  return group === "sailoperator.io" || group.endsWith(".istio.io") || group === "istio.io";
}
function isIstiod(resource) {
  return resource.name === "istiod" || resource.name.startsWith("istiod-");
}
function hasInjectionLabels(namespace) {
  return namespace.labels[INJECTION] === "enabled" || namespace.labels[REVISION] !== void 0;
}
function usesIstio(graph, settings) {
  if (settings.istio.enabled !== "auto") return settings.istio.enabled;
  for (const group of graph.apiGroups()) if (isIstioGroup(group)) return true;
  if (graph.isNamespaceDeclared(settings.istio.namespace)) return true;
  if (graph.ofKind("Deployment").some(isIstiod)) return true;
  return graph.ofKind("Namespace").some(hasInjectionLabels);
}
function labelEvidence(resource, metadataPath, key2, message) {
  return { resource, path: [...metadataPath, "metadata", "labels", key2], message };
}
function byNamespaceLabels(namespace) {
  const injection = namespace.labels[INJECTION];
  const name = namespace.name;
  if (injection === "enabled") {
    return { verdict: "yes", dataPlane: "sidecar", reason: `namespace ${name} has ${INJECTION}=enabled`, evidence: labelEvidence(namespace, [], INJECTION, `namespace ${name} turns on sidecar injection`) };
  }
  if (injection !== void 0) {
    return { verdict: "no", reason: `namespace ${name} has ${INJECTION}=${injection}` };
  }
  const revision = namespace.labels[REVISION];
  if (revision !== void 0) {
    return { verdict: "yes", dataPlane: "sidecar", reason: `namespace ${name} has ${REVISION}=${revision}`, evidence: labelEvidence(namespace, [], REVISION, `namespace ${name} injects revision ${revision}`) };
  }
  if (namespace.labels[DATAPLANE_MODE] === "ambient") {
    return { verdict: "yes", dataPlane: "ambient", reason: `namespace ${name} has ${DATAPLANE_MODE}=ambient`, evidence: labelEvidence(namespace, [], DATAPLANE_MODE, `namespace ${name} is in ambient mode`) };
  }
  return void 0;
}
function namespaceMesh(graph, settings, namespace) {
  if (settings.istio.enabled === false) return { verdict: "no", reason: "Istio is turned off in the settings" };
  if (NEVER_INJECTED.has(namespace)) return { verdict: "no", reason: `Istio never injects pods in ${namespace}` };
  const declared = graph.find("Namespace", void 0, namespace);
  if (declared) return byNamespaceLabels(declared) ?? { verdict: "no", reason: `namespace ${namespace} has no injection label` };
  if (usesIstio(graph, settings)) return { verdict: "maybe", reason: `namespace ${namespace} is not in the input, and the repository uses Istio` };
  return { verdict: "no", reason: "the repository does not use Istio" };
}
function podOptIn(pod) {
  const owner = pod.owner;
  if (pod.labels[INJECT] === "true") {
    return { verdict: "yes", dataPlane: "sidecar", reason: `the pods of ${owner.kind} ${owner.name} have ${INJECT}=true`, evidence: labelEvidence(owner, pod.path, INJECT, `the pod template opts in to injection`) };
  }
  const revision = pod.labels[REVISION];
  if (revision !== void 0) {
    return { verdict: "yes", dataPlane: "sidecar", reason: `the pods of ${owner.kind} ${owner.name} have ${REVISION}=${revision}`, evidence: labelEvidence(owner, pod.path, REVISION, `the pod template opts in to revision ${revision}`) };
  }
  return void 0;
}
function hasProxyContainer(pod) {
  const containers = Array.isArray(pod.spec.containers) ? pod.spec.containers : [];
  const initContainers = Array.isArray(pod.spec.initContainers) ? pod.spec.initContainers : [];
  return [...containers, ...initContainers].some((container) => container?.name === "istio-proxy");
}
function podMesh(graph, settings, pod) {
  const owner = `${pod.owner.kind} ${pod.owner.name}`;
  if (settings.istio.enabled === false) return { verdict: "no", reason: "Istio is turned off in the settings" };
  if (hasProxyContainer(pod)) return { verdict: "yes", dataPlane: "sidecar", reason: `the pods of ${owner} have an istio-proxy container` };
  if (pod.spec.hostNetwork === true) return { verdict: "no", reason: `the pods of ${owner} use the host network, which Istio never injects` };
  if (NEVER_INJECTED.has(pod.namespace)) return { verdict: "no", reason: `Istio never injects pods in ${pod.namespace}` };
  const optOut = pod.labels[INJECT] ?? pod.annotations[INJECT];
  if (optOut === "false") return { verdict: "no", reason: `the pods of ${owner} have ${INJECT}=false` };
  const namespace = namespaceMesh(graph, settings, pod.namespace);
  if (namespace.verdict === "yes" && namespace.dataPlane === "sidecar") return namespace;
  if (graph.find("Namespace", void 0, pod.namespace)?.labels[INJECTION] !== void 0) return namespace;
  return podOptIn(pod) ?? namespace;
}

// rules/istio-injection-label-conflict/index.ts
var istio_injection_label_conflict_default = defineRule({
  id: "istio-injection-label-conflict",
  category: "istio",
  severity: "warning",
  description: "A Namespace or pod template carries Istio injection labels that contradict each other.",
  target: ["Namespace", ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    legacyWins: (namespace, revision) => `Namespace ${namespace} has both ${INJECTION}=enabled and ${REVISION}=${revision}: the ${INJECTION} label wins, so pods get the default revision's sidecar, not revision ${revision}'s.`,
    neitherInjects: (namespace, value, revision) => `Namespace ${namespace} has ${INJECTION}=${value} and ${REVISION}=${revision}: the revision is honoured only without ${INJECTION}, and "${value}" is not "enabled", so no sidecar is injected at all.`,
    ambientNamespace: (namespace) => `Namespace ${namespace} has ${DATAPLANE_MODE}=ambient and ${INJECTION}=enabled: its pods get sidecars, and ambient mode leaves pods with sidecars alone, so the namespace is not in ambient mode at all.`,
    ambientPod: (workload) => `The pod template of ${workload} asks for ambient mode (${DATAPLANE_MODE}=ambient) and for a sidecar (${INJECT}=true): the sidecar wins and ambient mode ignores these pods.`
  },
  docs: {
    diagnosis: 'A Namespace carries `istio-injection` together with `istio.io/rev` (`istioctl analyze` reports IST0123), or `istio-injection: enabled` together with `istio.io/dataplane-mode: ambient`; or a pod template carries both `istio.io/dataplane-mode: ambient` and `sidecar.istio.io/inject: "true"`. `kubectl get pods -o jsonpath="{..metadata.annotations.sidecar\\.istio\\.io/status}"` shows which revision injected a pod, if any.',
    fix: 'Keep one injection mechanism per namespace: for revision-based installs and canary upgrades remove `istio-injection` and keep `istio.io/rev`; for ambient mode remove `istio-injection` (and the pod-level `sidecar.istio.io/inject: "true"`). Restart the workloads afterwards: labels are read when pods are created.',
    why: "Istio's injection webhooks select namespaces by label: the default revision's by `istio-injection=enabled`, each revision's by `istio.io/rev=<rev>` only where `istio-injection` is absent. With both labels the legacy one silently wins, so a canary upgrade never moves the namespace's pods; with another value of `istio-injection` no webhook matches. Ambient mode skips pods that have a sidecar, so sidecar injection in an ambient namespace takes it out of ambient mode without saying so.",
    world: "`istio-injection: disabled` together with `istio.io/rev` is not reported: the namespace stays out of the mesh, as the first label says. Whether `istio.io/rev` on an ambient namespace conflicts depends on the Istio version (newer versions use it to pick the waypoint revision), so it is not reported."
  },
  check(resource, { graph, settings, report, messages }) {
    if (settings.istio.enabled === false) return;
    if (resource.is("Namespace")) {
      const injection = resource.labels[INJECTION];
      const revision = resource.labels[REVISION];
      if (injection === void 0) return;
      const at = ["metadata", "labels", INJECTION];
      if (revision !== void 0 && injection !== "disabled") {
        const message = injection === "enabled" ? messages.legacyWins(resource.name, revision) : messages.neitherInjects(resource.name, injection, revision);
        report(message, { at, related: [{ path: ["metadata", "labels", REVISION], message: `${REVISION}=${revision} is ignored while ${INJECTION} is set` }] });
      }
      if (injection === "enabled" && resource.labels[DATAPLANE_MODE] === "ambient") {
        report(messages.ambientNamespace(resource.name), { at, related: [{ path: ["metadata", "labels", DATAPLANE_MODE], message: "ambient mode is asked for here" }] });
      }
      return;
    }
    const pod = graph.podTemplateOf(resource);
    if (!pod || pod.labels[DATAPLANE_MODE] !== "ambient" || pod.labels[INJECT] !== "true") return;
    report(messages.ambientPod(`${resource.kind} ${resource.name}`), {
      at: [...pod.path, "metadata", "labels", INJECT],
      related: [{ path: [...pod.path, "metadata", "labels", DATAPLANE_MODE], message: "ambient mode is asked for here" }]
    });
  }
});

// rules/istio-injection-label-misplaced/index.ts
var istio_injection_label_misplaced_default = defineRule({
  id: "istio-injection-label-misplaced",
  category: "istio",
  severity: "warning",
  description: "An Istio injection label or annotation sits where the injector never reads it.",
  target: ["Namespace", ...POD_TEMPLATE_OWNER_KINDS],
  reads: ["Namespace"],
  messages: {
    namespaceLabelOnPods: (workload, namespace) => `${INJECTION} is read only on Namespaces; on the pods of ${workload} it does nothing. Label Namespace ${namespace} ${INJECTION}: enabled, or give the pod template the label ${INJECT}: "true".`,
    podLabelOnNamespace: (namespace, form) => `${INJECT} is read only on pods; as a ${form} of Namespace ${namespace} it does nothing. Use the label ${INJECTION}: enabled (or istio.io/rev) on the Namespace.`,
    podLabelOnWorkload: (workload, form) => `${INJECT} is read only on pods; as a ${form} of ${workload}'s own metadata it does nothing. Move it to the label spec.template.metadata.labels.`,
    annotationCannotOptIn: (workload, namespace) => `The pods of ${workload} opt in with the deprecated ${INJECT} annotation, but Namespace ${namespace} does not inject and the injection webhook matches pods by label only: they get no sidecar. Make it a pod template label.`
  },
  docs: {
    diagnosis: "`istio-injection` on a workload or its pod template; `sidecar.istio.io/inject` on a Namespace, or on a Deployment's (StatefulSet's, \u2026) own metadata instead of its pod template; or the annotation `sidecar.istio.io/inject: \"true\"` used to opt pods in, in a namespace that does not inject, where only the label works. `istioctl analyze` reports some of these as IST0107 and IST0135. The pods start with one container where two are expected.",
    fix: 'Put each label where Istio reads it: `istio-injection: enabled` (or `istio.io/rev: <revision>`) on the Namespace; `sidecar.istio.io/inject: "true"` or `"false"` as a label of the pod template (`spec.template.metadata.labels`). Restart the workloads afterwards.',
    why: "Injection is decided by a mutating webhook when a pod is created. Its namespace selector reads Namespace labels (`istio-injection`, `istio.io/rev`); its object selector reads pod labels (`sidecar.istio.io/inject`, `istio.io/rev`). Labels elsewhere are never seen: a workload's own metadata is not copied to its pods, and pod labels on a Namespace select nothing. Since the webhook matches labels, the annotation form can still opt pods out (the injector reads it) but cannot opt them in where the namespace does not inject.",
    world: "The annotation is reported only when the input declares the pods' Namespace without injection labels; when the namespace is not in the input its labels are unknown. `istio-injection: disabled` namespaces are not reported for the annotation: no pod label opts in there either."
  },
  check(resource, { graph, settings, report, messages }) {
    if (settings.istio.enabled === false) return;
    if (resource.is("Namespace")) {
      for (const form of ["labels", "annotations"]) {
        if ((form === "labels" ? resource.labels : resource.annotations)[INJECT] === void 0) continue;
        report(messages.podLabelOnNamespace(resource.name, form === "labels" ? "label" : "annotation"), { at: { path: ["metadata", form, INJECT], key: true } });
      }
      return;
    }
    const pod = graph.podTemplateOf(resource);
    if (!pod) return;
    const workload = `${resource.kind} ${resource.name}`;
    const isPod = resource.kind === "Pod";
    if (pod.labels[INJECTION] !== void 0) {
      report(messages.namespaceLabelOnPods(workload, pod.namespace), { at: { path: [...pod.path, "metadata", "labels", INJECTION], key: true } });
    }
    if (!isPod && resource.labels[INJECTION] !== void 0) {
      report(messages.namespaceLabelOnPods(workload, pod.namespace), { at: { path: ["metadata", "labels", INJECTION], key: true } });
    }
    if (!isPod && pod.labels[INJECT] === void 0 && pod.annotations[INJECT] === void 0) {
      for (const form of ["labels", "annotations"]) {
        if ((form === "labels" ? resource.labels : resource.annotations)[INJECT] === void 0) continue;
        report(messages.podLabelOnWorkload(workload, form === "labels" ? "label" : "annotation"), { at: { path: ["metadata", form, INJECT], key: true } });
      }
    }
    if (pod.annotations[INJECT] === "true" && pod.labels[INJECT] === void 0) {
      const namespace = graph.find("Namespace", void 0, pod.namespace);
      if (!namespace || namespace.labels[INJECTION] !== void 0 || namespaceMesh(graph, settings, pod.namespace).verdict !== "no") return;
      report(messages.annotationCannotOptIn(workload, pod.namespace), {
        at: { path: [...pod.path, "metadata", "annotations", INJECT], key: true },
        related: [{ resource: namespace, path: ["metadata", "name"], message: `Namespace ${namespace.name} has no injection label` }]
      });
    }
  }
});

// src/k8s/mesh-intent.ts
var NAMESPACED_ISTIO_KINDS = [
  "VirtualService",
  "DestinationRule",
  "Gateway",
  "ServiceEntry",
  "Sidecar",
  "PeerAuthentication",
  "AuthorizationPolicy",
  "RequestAuthentication",
  "EnvoyFilter",
  "Telemetry",
  "WorkloadEntry",
  "WorkloadGroup",
  "WasmPlugin",
  "ProxyConfig"
];
function istioResourceIn(graph, namespace) {
  for (const kind of NAMESPACED_ISTIO_KINDS) {
    const found = graph.ofAnyKind(kind, { namespace }).find((resource) => resource.group.endsWith("istio.io"));
    if (found) return found;
  }
  return void 0;
}
function joinsMesh(namespace) {
  const injection = namespace.labels[INJECTION];
  return injection === "enabled" || injection === void 0 && (namespace.labels[REVISION] !== void 0 || namespace.labels[DATAPLANE_MODE] === "ambient");
}
function meshedNamespace(graph) {
  return graph.ofKind("Namespace").find(joinsMesh);
}
function anyDeclarationJoinsMesh(graph, namespace) {
  return graph.findAll("Namespace", void 0, namespace).some(joinsMesh);
}
function meshIntent(graph, settings, namespace) {
  if (settings.istio.enabled === true) return "`istio.enabled` is true in the settings";
  const local = istioResourceIn(graph, namespace);
  if (local) return `${local.kind} ${local.name} configures Istio in namespace ${namespace}`;
  const meshed = meshedNamespace(graph);
  if (meshed && meshed.name !== namespace) return `Namespace ${meshed.name} is labelled for the mesh`;
  return void 0;
}

// rules/istio-namespace-not-injected/index.ts
var LISTED = 3;
function decidesForItself(pod) {
  if (pod.spec.hostNetwork === true) return true;
  if (pod.labels[INJECT] !== void 0 || pod.annotations[INJECT] !== void 0 || pod.labels[REVISION] !== void 0) return true;
  return (pod.spec.containers ?? []).some((container) => container.name === "istio-proxy");
}
function isScaffoldPlaceholder(namespace) {
  return namespace.name === "system" && namespace.labels["control-plane"] === "controller-manager";
}
function nameWorkloads(pods) {
  const names = pods.map((pod) => `${pod.owner.kind} ${pod.owner.name}`);
  return names.length <= LISTED ? names.join(", ") : `${names.slice(0, LISTED).join(", ")} and ${names.length - LISTED} more`;
}
var istio_namespace_not_injected_default = defineRule({
  id: "istio-namespace-not-injected",
  category: "istio",
  severity: "warning",
  description: "In a repository that uses Istio, a Namespace with workloads has no sidecar injection label.",
  target: ["Namespace"],
  reads: [...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    notInjected: (namespace, workloads, intent) => `Namespace ${namespace} hosts ${workloads} but has neither ${INJECTION} nor ${REVISION}, while ${intent}: its pods get no Istio sidecar and stay outside the mesh (no mTLS, routing or telemetry).`,
    unknownValue: (namespace, value) => `Namespace ${namespace} has ${INJECTION}=${value}: only "enabled" turns injection on, so its pods get no Istio sidecar.`
  },
  docs: {
    diagnosis: "The repository uses Istio (it holds Istio resources, istiod or the Istio namespace, or `istio.enabled: true` is set), and a Namespace that hosts workloads carries neither `istio-injection` nor `istio.io/rev` (nor `istio.io/dataplane-mode: ambient`), or carries `istio-injection` with a value other than `enabled` or `disabled`. `kubectl get pods -n <namespace>` shows 1/1 containers ready where 2/2 are expected; `istioctl analyze` reports IST0102.",
    fix: "Label the Namespace `istio-injection: enabled` (default revision) or `istio.io/rev: <revision>` (revision-based installs), then restart its workloads: the sidecar is injected only when a pod is created. To keep a namespace out of the mesh on purpose, say so with `istio-injection: disabled`.",
    why: `Istio's injection webhook selects namespaces by these labels; without them pods start without the Envoy sidecar. Meshed clients then talk to them in plain text (STRICT mTLS rejects it with "connection reset"), and routing, retries and telemetry do not apply. The label is read when pods are created, so a namespace created without it keeps uninjected pods until they are restarted.`,
    world: 'System namespaces (kube-system, kube-public, kube-node-lease, local-path-storage) and the Istio namespace are skipped, as are namespaces whose every workload decides for itself (a `sidecar.istio.io/inject` or `istio.io/rev` pod label, an `istio-proxy` container from `istioctl kube-inject`, or the host network). Only Namespaces declared in the input are judged: the labels of others are unknown. "Uses Istio" alone is not enough (one Istio sample in a repository of many says it), so the rule also needs a sign that this namespace is meant for the mesh: `istio.enabled: true`, Istio configuration (a VirtualService, PeerAuthentication, \u2026) in the namespace, or another Namespace of the input labelled for the mesh. A namespace declared twice (a kustomize base and an overlay) counts as labelled when any declaration is; kubebuilder\'s placeholder Namespace `system` (labelled `control-plane: controller-manager`, renamed by kustomize) is skipped.'
  },
  check(namespace, { graph, settings, report, messages }) {
    if (NEVER_INJECTED.has(namespace.name) || namespace.name === settings.istio.namespace || isScaffoldPlaceholder(namespace)) return;
    if (!usesIstio(graph, settings)) return;
    const injection = namespace.labels[INJECTION];
    if (injection !== void 0) {
      if (injection !== "enabled" && injection !== "disabled") {
        report(messages.unknownValue(namespace.name, injection), { at: ["metadata", "labels", INJECTION] });
      }
      return;
    }
    if (namespace.labels[REVISION] !== void 0 || namespace.labels[DATAPLANE_MODE] === "ambient") return;
    if (anyDeclarationJoinsMesh(graph, namespace.name)) return;
    const pods = graph.pods(namespace.name).filter((pod) => !decidesForItself(pod));
    if (pods.length === 0) return;
    const intent = meshIntent(graph, settings, namespace.name);
    if (intent === void 0) return;
    report(messages.notInjected(namespace.name, nameWorkloads(pods), intent), {
      at: namespace.body.metadata?.labels ? ["metadata", "labels"] : ["metadata", "name"],
      related: pods.slice(0, LISTED).map((pod) => ({ resource: pod.owner, path: [...pod.path, "metadata"], message: `pods of ${pod.owner.kind} ${pod.owner.name} start without a sidecar` }))
    });
  }
});

// src/k8s/cidr.ts
var BITS = { 4: 32, 6: 128 };
function parseIpv4(text2) {
  const parts = text2.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return void 0;
    value = value << 8n | BigInt(Number(part));
  }
  return value;
}
function parseIpv6(text2) {
  let address = text2;
  const lastColon = address.lastIndexOf(":");
  const tail = address.slice(lastColon + 1);
  if (tail.includes(".")) {
    const v4 = parseIpv4(tail);
    if (v4 === void 0) return void 0;
    address = `${address.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = address.split("::");
  if (halves.length > 2) return void 0;
  const groups = (half) => half === void 0 || half === "" ? [] : half.split(":");
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return void 0;
  let value = 0n;
  for (const group of [...head, ...Array(halves.length === 1 ? 0 : missing).fill("0"), ...rest]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return void 0;
    value = value << 16n | BigInt(parseInt(group, 16));
  }
  return value;
}
function parseCidr(text2) {
  const slash = text2.indexOf("/");
  if (slash === -1) return void 0;
  const prefixText = text2.slice(slash + 1);
  const addressText = text2.slice(0, slash);
  const family = addressText.includes(":") ? 6 : 4;
  const address = family === 4 ? parseIpv4(addressText) : parseIpv6(addressText);
  if (address === void 0 || !/^\d{1,3}$/.test(prefixText)) return void 0;
  const bits = BITS[family];
  const prefix = Number(prefixText);
  if (prefix > bits) return void 0;
  const hostBits = BigInt(bits - prefix);
  const first = address >> hostBits << hostBits;
  return { family, first, last: first + (1n << hostBits) - 1n };
}
function overlaps(a, b) {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}
function subtractRanges(ranges, holes) {
  let current = [...ranges];
  for (const hole of holes) {
    const next = [];
    for (const range of current) {
      if (!overlaps(range, hole)) {
        next.push(range);
        continue;
      }
      if (range.first < hole.first) next.push({ family: range.family, first: range.first, last: hole.first - 1n });
      if (range.last > hole.last) next.push({ family: range.family, first: hole.last + 1n, last: range.last });
    }
    current = next;
  }
  return current;
}
function anyOverlap(a, b) {
  return a.some((left) => b.some((right) => overlaps(left, right)));
}
function ipBlockRanges(block) {
  if (typeof block.cidr !== "string") return void 0;
  const cidr = parseCidr(block.cidr);
  if (!cidr) return void 0;
  const except = Array.isArray(block.except) ? block.except : [];
  const holes = except.map((entry) => typeof entry === "string" ? parseCidr(entry) : void 0).filter((range) => range !== void 0);
  return subtractRanges([cidr], holes);
}
function cidrs(...texts) {
  return texts.map((text2) => {
    const range = parseCidr(text2);
    if (!range) throw new Error(`not a CIDR: ${text2}`);
    return range;
  });
}
var CLUSTER_ADDRESSES = cidrs("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "::/0");
var NODE_LOCAL_DNS = cidrs("169.254.20.10/32");
var ANY_ADDRESS = cidrs("0.0.0.0/0", "::/0");

// src/k8s/network-policy.ts
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function records(value) {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
function policyTypesOf(policy) {
  const spec = policy.body.spec;
  const declared = Array.isArray(spec?.policyTypes) ? spec.policyTypes : [];
  if (declared.length > 0) return new Set(declared.filter((type) => type === "Ingress" || type === "Egress"));
  return new Set(records(spec?.egress).length > 0 ? ["Ingress", "Egress"] : ["Ingress"]);
}
function isolates(policy, direction) {
  return policyTypesOf(policy).has(direction);
}
function rulesOf(policy, direction) {
  return records(direction === "Ingress" ? policy.body.spec?.ingress : policy.body.spec?.egress);
}
function rulesPath(policy, direction) {
  const key2 = direction === "Ingress" ? "ingress" : "egress";
  if (rulesOf(policy, direction).length > 0) return ["spec", key2];
  return Array.isArray(policy.body.spec?.policyTypes) ? ["spec", "policyTypes"] : ["spec", "podSelector"];
}
function podSelectorOf(policy) {
  const selector = policy.body.spec?.podSelector;
  return isRecord(selector) ? selector : {};
}
function selectsPod(policy, pod) {
  const selector = podSelectorOf(policy);
  const wanted = {};
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) wanted[key2] = String(value);
  return matchesSelector(labelsForSelector(pod, wanted), selector);
}
function policiesSelecting(graph, pod) {
  return graph.ofKind("NetworkPolicy", pod.namespace).filter((policy) => selectsPod(policy, pod));
}
function policiesCovering(graph, policy) {
  const narrow = podSelectorOf(policy);
  return graph.ofKind("NetworkPolicy", policy.namespace).filter((other) => other === policy || selectorImplies(narrow, podSelectorOf(other)));
}
function namespaceFacts(graph, namespace) {
  const declared = graph.find("Namespace", void 0, namespace);
  const labels = { ...declared?.labels, [NAMESPACE_NAME_LABEL]: namespace };
  const known = declared !== void 0 || graph.assume === "complete";
  return { labels, mayHave: (key2) => !known && key2 !== NAMESPACE_NAME_LABEL };
}
function podFacts(pod) {
  return { labels: pod.labels, mayHave: isControllerLabel };
}
function selectedPodFacts(selector) {
  const labels = {};
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) labels[key2] = String(value);
  return { labels, mayHave: () => true };
}
function podPortNames(pod) {
  if (!pod) return () => "maybe";
  return (name, port, protocol) => {
    for (const group of [pod.spec.containers, pod.spec.initContainers]) {
      for (const container of records(group)) {
        for (const declared of records(container.ports)) {
          if (declared.name === name && (declared.protocol ?? "TCP") === protocol) return declared.containerPort === port ? "yes" : "no";
        }
      }
    }
    return "no";
  };
}
function wellKnownPortNames(known) {
  return (name, port, protocol) => {
    const entry = Object.prototype.hasOwnProperty.call(known, name) ? known[name] : void 0;
    if (!entry) return "maybe";
    return entry.port === port && entry.protocol === protocol ? "yes" : "no";
  };
}
function anyOf(verdicts) {
  let result = "no";
  for (const verdict of verdicts) {
    if (verdict === "yes") return "yes";
    if (verdict === "maybe") result = "maybe";
  }
  return result;
}
function allOf(...verdicts) {
  if (verdicts.includes("no")) return "no";
  return verdicts.includes("maybe") ? "maybe" : "yes";
}
function peerVerdict(peer, policyNamespace, other) {
  if (isRecord(peer.ipBlock)) {
    const ranges = ipBlockRanges(peer.ipBlock);
    return ranges === void 0 || anyOverlap(ranges, other.addresses) ? "maybe" : "no";
  }
  const podSelector = isRecord(peer.podSelector) ? peer.podSelector : void 0;
  const namespaceSelector = isRecord(peer.namespaceSelector) ? peer.namespaceSelector : void 0;
  if (!podSelector && !namespaceSelector) return "maybe";
  if (!other.pod) return "no";
  const inNamespace = namespaceSelector ? selectorVerdict(other.pod.namespaceLabels, namespaceSelector) : other.pod.namespace === policyNamespace ? "yes" : "no";
  return allOf(inNamespace, podSelector ? selectorVerdict(other.pod.labels, podSelector) : "yes");
}
function portVerdict(port, connection) {
  if ((port.protocol ?? "TCP") !== connection.protocol) return "no";
  if (port.port === void 0 || port.port === null) return "yes";
  if (typeof port.port === "string") {
    if (/^\d+$/.test(port.port)) return Number(port.port) === connection.port ? "yes" : "no";
    return connection.names(port.port, connection.port, connection.protocol);
  }
  const last = typeof port.endPort === "number" ? port.endPort : port.port;
  return port.port <= connection.port && connection.port <= last ? "yes" : "no";
}
function ruleVerdict(rule, direction, policyNamespace, other, connection) {
  const ports = records(rule.ports);
  const peers = records(direction === "Ingress" ? rule.from : rule.to);
  const portAllowed = ports.length === 0 ? "yes" : anyOf(ports.map((port) => portVerdict(port, connection)));
  const peerAllowed = peers.length === 0 ? "yes" : anyOf(peers.map((peer) => peerVerdict(peer, policyNamespace, other)));
  return allOf(portAllowed, peerAllowed);
}
function allows(policies, direction, other, connection) {
  const isolating = policies.filter((policy) => isolates(policy, direction));
  if (isolating.length === 0) return "yes";
  return anyOf(isolating.flatMap((policy) => rulesOf(policy, direction).map((rule) => ruleVerdict(rule, direction, policy.namespace ?? "", other, connection))));
}
function blamed(policies, direction) {
  const isolating = policies.filter((policy) => isolates(policy, direction));
  const withRules = isolating.filter((policy) => rulesOf(policy, direction).length > 0);
  return withRules.length > 0 ? withRules : isolating;
}
function usesHostNetwork(pod) {
  return pod.spec.hostNetwork === true;
}
function mayHoldUnseenPods(graph, namespace) {
  if (!graph.isAuthoritative(namespace, "Pod")) return true;
  return graph.assume !== "complete" && graph.pods(namespace).length === 0;
}
function subjectsOf(graph, policy) {
  const namespace = policy.namespace;
  if (namespace === void 0) return [];
  const selector = podSelectorOf(policy);
  const pods = graph.podsSelectedBy(selector, namespace);
  if (pods.length > 0) return pods.filter((pod) => !usesHostNetwork(pod)).map((pod) => ({ pod, policies: policiesSelecting(graph, pod), labels: podFacts(pod) }));
  if (!mayHoldUnseenPods(graph, namespace)) return [];
  return [{ policies: policiesCovering(graph, policy), labels: selectedPodFacts(selector) }];
}
function describeSubject(subject, policy) {
  return subject.pod ? `${subject.pod.owner.kind} ${subject.pod.owner.name}` : `the pods it selects in namespace ${policy.namespace ?? ""}`;
}

// src/k8s/network-policy-findings.ts
var LISTED2 = 3;
function nameSubjects(subjects, policy) {
  const names = [...new Set(subjects.map((subject) => describeSubject(subject, policy)))];
  if (names.length <= LISTED2) return names.length === 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
  return `${names.slice(0, LISTED2).join(", ")} and ${names.length - LISTED2} more`;
}
function subjectRelated(subjects, policy, others, role) {
  const related = [];
  const seen = /* @__PURE__ */ new Set();
  for (const subject of subjects) {
    const pod = subject.pod;
    if (!pod || seen.has(pod.owner) || seen.size >= LISTED2) continue;
    seen.add(pod.owner);
    related.push({ resource: pod.owner, path: [...pod.path, "metadata", "labels"], message: `pods of ${pod.owner.kind} ${pod.owner.name}, selected by NetworkPolicy ${policy.name}` });
  }
  for (const other of others) {
    if (other === policy) continue;
    related.push({ resource: other, path: ["spec", "podSelector"], message: `NetworkPolicy ${other.name} also ${role}` });
  }
  return related;
}

// rules/networkpolicy-blocks-dns/index.ts
function clusterDns(graph, namespace) {
  return {
    pod: { namespace, namespaceLabels: namespaceFacts(graph, namespace), labels: { labels: {}, mayHave: () => true } },
    addresses: [...CLUSTER_ADDRESSES, ...NODE_LOCAL_DNS]
  };
}
var networkpolicy_blocks_dns_default = defineRule({
  id: "networkpolicy-blocks-dns",
  category: "network-policy",
  severity: "error",
  description: "NetworkPolicies restrict the egress of pods without leaving a path to cluster DNS on port 53 (UDP and TCP).",
  target: ["NetworkPolicy"],
  reads: ["NetworkPolicy", "Namespace", ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    blocked: (policy, pods, dns) => `NetworkPolicy ${policy} restricts the egress of ${pods}, and no NetworkPolicy selecting them allows DNS to ${dns}: every name lookup will time out.`,
    tcpOnly: (policy, pods, dns) => `NetworkPolicy ${policy} restricts the egress of ${pods} and lets DNS reach ${dns} over TCP only (a port without \`protocol\` means TCP); lookups start over UDP and will time out.`,
    udpOnly: (policy, pods, dns) => `NetworkPolicy ${policy} restricts the egress of ${pods} and lets DNS reach ${dns} over UDP only; answers too large for UDP (a headless Service with many pods) are retried over TCP and will fail.`
  },
  options: {
    defaults: { dnsNamespace: "kube-system", dnsPort: 53 },
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        dnsNamespace: { type: "string", description: "Namespace of the cluster DNS pods (openshift-dns on OpenShift)." },
        dnsPort: { type: "integer", minimum: 1, maximum: 65535, description: "Port the DNS pods listen on (5353 on OpenShift)." }
      }
    }
  },
  docs: {
    diagnosis: "A pod is selected by at least one NetworkPolicy with `Egress` in its policy types, those policies allow some egress, but none of their egress rules allows port 53 to the cluster DNS pods (in `kube-system`) over UDP and over TCP. All NetworkPolicies that select the pod are read together, as Kubernetes adds them up. From the pod, `nslookup kubernetes.default` times out; with Istio, the sidecar never becomes ready because it cannot resolve istiod.",
    fix: "Add an egress rule that allows DNS, for example `to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]` with `ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]`. A port without `protocol` is TCP only. A `podSelector` alone in a peer selects pods of the policy's own namespace, never kube-system.",
    why: 'Once a policy isolates a pod for egress, only connections that some rule allows leave it, and DNS is no exception. Applications reach each other by Service names, so without DNS they fail with "unknown host" or time out. Resolvers query over UDP first and retry over TCP when the answer is truncated, which happens for a headless Service with many pods or long SRV answers, so both protocols are needed; UDP alone is reported as a warning.',
    world: "Pods fully cut off from egress (no egress rule at all) are not reported: they talk to nothing, so DNS does not matter. Only a definite block is reported: labels of namespaces the input does not declare (other than `kubernetes.io/metadata.name`) and of the DNS pods are unknown, so a rule selecting `name: kube-system` is trusted; an `ipBlock` covering private ranges or `169.254.20.10` (NodeLocal DNSCache) is trusted, because whether it matches DNS traffic depends on the network plugin. Policies selecting no pod of the input are judged together with the policies of their namespace whose selectors cover the same pods, unless the input is the authority for that namespace's pods. Set `dnsNamespace` and `dnsPort` for distributions whose DNS runs elsewhere (OpenShift: `openshift-dns`, port 5353)."
  },
  check(policy, { graph, report, messages, options }) {
    if (!isolates(policy, "Egress") || rulesOf(policy, "Egress").length === 0) return;
    const { dnsNamespace, dnsPort } = options;
    const dns = clusterDns(graph, dnsNamespace);
    const names = wellKnownPortNames({ dns: { port: dnsPort, protocol: "UDP" }, "dns-tcp": { port: dnsPort, protocol: "TCP" } });
    const found = /* @__PURE__ */ new Map();
    for (const subject of subjectsOf(graph, policy)) {
      if (!blamed(subject.policies, "Egress").includes(policy)) continue;
      const udp = allows(subject.policies, "Egress", dns, { port: dnsPort, protocol: "UDP", names });
      const tcp = allows(subject.policies, "Egress", dns, { port: dnsPort, protocol: "TCP", names });
      const finding = udp === "no" ? tcp === "no" ? "blocked" : "tcpOnly" : tcp === "no" ? "udpOnly" : void 0;
      if (finding) found.set(finding, [...found.get(finding) ?? [], subject]);
    }
    const target = `cluster DNS (namespace ${dnsNamespace}, port ${dnsPort})`;
    for (const [finding, subjects] of found) {
      const others = [...new Set(subjects.flatMap((subject) => blamed(subject.policies, "Egress")))];
      report(messages[finding](policy.name, nameSubjects(subjects, policy), target), {
        at: rulesPath(policy, "Egress"),
        related: subjectRelated(subjects, policy, others, "restricts their egress without allowing DNS"),
        ...finding === "udpOnly" ? { severity: "warning" } : {}
      });
    }
  }
});

// rules/networkpolicy-blocks-statefulset-peers/index.ts
var HBONE_PORT = 15008;
function targetNumber(port, pod) {
  const target = port.targetPort ?? port.port;
  if (typeof target === "number") return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const container of pod.spec.containers ?? []) {
    for (const declared of container.ports ?? []) if (declared.name === target && (declared.protocol ?? "TCP") === (port.protocol ?? "TCP")) return declared.containerPort;
  }
  return void 0;
}
function peerPorts(service, pod) {
  const ports = [];
  (service.body.spec?.ports ?? []).forEach((port, index) => {
    const number = targetNumber(port, pod);
    const protocol = port.protocol ?? "TCP";
    if (number === void 0 || protocol !== "TCP" && protocol !== "UDP" && protocol !== "SCTP") return;
    ports.push({ index, connection: { port: number, protocol, names: podPortNames(pod) }, label: `${number}/${protocol}${port.name ? ` (${port.name})` : ""}` });
  });
  return ports;
}
var networkpolicy_blocks_statefulset_peers_default = defineRule({
  id: "networkpolicy-blocks-statefulset-peers",
  category: "network-policy",
  severity: "error",
  description: "NetworkPolicies keep a StatefulSet's pods from reaching each other on the ports of its governing Service.",
  target: ["NetworkPolicy"],
  reads: ["NetworkPolicy", "StatefulSet", "Service", "Namespace"],
  messages: {
    ingress: (policy, statefulSet, ports, service) => `NetworkPolicy ${policy} restricts ingress to the pods of StatefulSet ${statefulSet}, and no NetworkPolicy selecting them lets the StatefulSet's own pods in on ${ports} of its governing Service ${service}: its members cannot reach each other, which replication, gossip and leader election need.`,
    egress: (policy, statefulSet, ports, service) => `NetworkPolicy ${policy} restricts the egress of the pods of StatefulSet ${statefulSet}, and no NetworkPolicy selecting them lets them reach the StatefulSet's own pods on ${ports} of its governing Service ${service}: its members cannot reach each other, which replication, gossip and leader election need.`
  },
  docs: {
    diagnosis: "A StatefulSet with more than one replica is selected by NetworkPolicies that isolate its pods (for ingress, or for egress), and no rule of those policies allows the StatefulSet's own pods on a port of its governing Service (`spec.serviceName`). All policies selecting the pods are read together. Peers log connection timeouts to `<pod>.<service>` addresses; quorum-based systems (ZooKeeper, etcd, Kafka KRaft, Cassandra, Elasticsearch) never form a cluster.",
    fix: "Add a rule that allows the StatefulSet's own pods, for example `from: [{podSelector: {matchLabels: <the pod template labels>}}]` with the governing Service's ports (and the same under `egress` with `to:` when egress is isolated). A `podSelector` alone in a peer selects pods of the policy's own namespace, which is where the peers are.",
    why: 'Members of a StatefulSet talk to each other directly, pod to pod, through the per-pod DNS names the governing headless Service provides; those connections are ordinary pod traffic that NetworkPolicies filter like any other. Client-facing rules ("allow from the app namespace") are easily written without remembering that the peers themselves are clients too.',
    world: "Only StatefulSets in the input with `replicas` above 1 and their governing Service in the input are judged; the ports are the Service's target ports as the pod template declares them. An `ipBlock` covering private ranges, and labels the input does not settle, are trusted to allow the traffic. Pods that are (or may be) in Istio's ambient mode reach each other through the HBONE tunnel on port 15008, so a policy that allows 15008 is trusted for them."
  },
  check(policy, { graph, settings, report, messages }) {
    for (const direction of ["Ingress", "Egress"]) {
      if (!isolates(policy, direction)) continue;
      for (const subject of subjectsOf(graph, policy)) {
        const pod = subject.pod;
        if (!pod || !pod.owner.is("StatefulSet") || !blamed(subject.policies, direction).includes(policy)) continue;
        const statefulSet = pod.owner;
        const serviceName = statefulSet.body.spec?.serviceName;
        const replicas = statefulSet.body.spec?.replicas;
        if (typeof serviceName !== "string" || typeof replicas !== "number" || replicas < 2) continue;
        const service = graph.find("Service", pod.namespace, serviceName);
        if (!service) continue;
        const peer = { pod: { namespace: pod.namespace, namespaceLabels: namespaceFacts(graph, pod.namespace), labels: podFacts(pod) }, addresses: CLUSTER_ADDRESSES };
        const mesh = podMesh(graph, settings, pod);
        const tunnelled = mesh.verdict === "maybe" || mesh.verdict === "yes" && mesh.dataPlane === "ambient";
        const hbone = { port: HBONE_PORT, protocol: "TCP", names: podPortNames(pod) };
        if (tunnelled && allows(subject.policies, direction, peer, hbone) !== "no") continue;
        const blocked = peerPorts(service, pod).filter((port) => allows(subject.policies, direction, peer, port.connection) === "no");
        if (blocked.length === 0) continue;
        const ports = blocked.map((port) => port.label).join(", ");
        const message = direction === "Ingress" ? messages.ingress : messages.egress;
        const others = blamed(subject.policies, direction);
        report(message(policy.name, statefulSet.name, `port${blocked.length > 1 ? "s" : ""} ${ports}`, service.name), {
          at: rulesPath(policy, direction),
          related: [
            ...blocked.map((port) => ({ resource: service, path: ["spec", "ports", port.index], message: `port ${port.label} of Service ${service.name}, which governs StatefulSet ${statefulSet.name}` })),
            ...subjectRelated([subject], policy, others, `restricts ${direction === "Ingress" ? "ingress to" : "egress of"} these pods`)
          ]
        });
      }
    }
  }
});

// src/graph/closest-pod.ts
function closeness(wanted, pod) {
  let score = 0;
  for (const [key2, value] of Object.entries(wanted)) {
    if (pod.labels[key2] === value) score += 2;
    else if (pod.labels[key2] !== void 0) score += 1;
  }
  return score;
}
function closestPod(pods, selector) {
  const wanted = {};
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) wanted[key2] = String(value);
  let closest;
  let best = 0;
  for (const pod2 of pods) {
    const score = closeness(wanted, pod2);
    if (score > best) {
      best = score;
      closest = pod2;
    }
  }
  if (!closest) return void 0;
  const pod = closest;
  const missing = Object.entries(wanted).filter(([key2, value]) => pod.labels[key2] !== value).map(([key2, value]) => pod.labels[key2] === void 0 ? `${key2}=${value}` : `${key2}=${value} (it has ${key2}=${pod.labels[key2]})`).join(", ");
  return { pod, missing };
}

// rules/networkpolicy-selects-nothing/index.ts
var networkpolicy_selects_nothing_default = defineRule({
  id: "networkpolicy-selects-nothing",
  category: "network-policy",
  severity: "warning",
  description: "A NetworkPolicy's podSelector matches no pod template in its namespace.",
  target: ["NetworkPolicy"],
  reads: ["Namespace", ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    noPods: (policy, selector, namespace) => `NetworkPolicy ${policy} selects ${selector}, but no pod template in namespace ${namespace} has those labels; the policy applies to no pod.`,
    closest: (policy, selector, owner, missing) => `NetworkPolicy ${policy} selects ${selector}, but no pod template has those labels; the closest, ${owner}, lacks ${missing}.`
  },
  docs: {
    diagnosis: "No Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob in the policy's namespace has pod labels that satisfy `spec.podSelector`. `kubectl get pods -n <namespace> -l <selector>` returns nothing. An empty `podSelector: {}` selects every pod of the namespace and is never reported.",
    fix: "Correct the selector (or the pod template labels) so that they agree; a typo in a label key or value, or labels put on the workload's own metadata instead of its pod template, are the usual causes. Remember that a NetworkPolicy only selects pods in its own namespace.",
    why: "A NetworkPolicy applies only to the pods its `podSelector` matches. One that matches nothing leaves the pods it was written for unprotected (no isolation at all) or, when it was meant to open a path next to a default-deny policy, leaves that path closed.",
    world: "Reported only when the input holds at least one workload in the policy's namespace (or `assume: complete` is set): a declared Namespace alone is not enough, because policies often ship apart from their workloads. Namespaces holding custom resources whose operators may run pods are not judged."
  },
  check(policy, { graph, report, messages }) {
    const namespace = policy.namespace;
    const selector = podSelectorOf(policy);
    if (namespace === void 0 || isEmptySelector(selector)) return;
    if (graph.podsSelectedBy(selector, namespace).length > 0 || mayHoldUnseenPods(graph, namespace)) return;
    const pods = graph.pods(namespace);
    const text2 = formatSelector(selector);
    const closest = closestPod(pods, selector);
    if (!closest) {
      report(messages.noPods(policy.name, text2, namespace), { at: ["spec", "podSelector"] });
      return;
    }
    const owner = closest.pod.owner;
    report(messages.closest(policy.name, text2, `${owner.kind} ${owner.name}`, closest.missing), {
      at: ["spec", "podSelector"],
      related: [{ resource: owner, path: [...closest.pod.path, "metadata", "labels"], message: `pod labels of ${owner.kind} ${owner.name}` }]
    });
  }
});

// rules/resource-malformed/index.ts
var resource_malformed_default = defineParserRule({
  id: "resource-malformed",
  category: "yaml",
  severity: "error",
  description: "A document that is not a Kubernetes object: no apiVersion, kind or metadata.name, or not a mapping.",
  messages: { malformed: (detail) => detail },
  docs: {
    diagnosis: "The document is a list or a scalar, or lacks `apiVersion`, `kind` or `metadata.name` (or has them with the wrong type), so it cannot be identified.",
    fix: "Add the missing identity fields, or move files that are not manifests out of the linted paths (or into `ignore`).",
    why: "The API server identifies every object by apiVersion, kind, namespace and name; a document without them is rejected, and no cross-resource check can refer to it."
  }
});

// rules/rolebinding-role-missing/index.ts
function where(namespace) {
  return namespace === "" ? "the cluster does" : `namespace ${namespace} does`;
}
var rolebinding_role_missing_default = defineRule({
  id: "rolebinding-role-missing",
  category: "rbac",
  severity: "error",
  description: "A RoleBinding's or ClusterRoleBinding's roleRef names a Role or ClusterRole that does not exist.",
  target: ["RoleBinding", "ClusterRoleBinding"],
  reads: ["Role", "ClusterRole"],
  messages: {
    missing: (binding, role, kind, namespace, effect) => `${binding} grants ${kind} "${role}", which ${where(namespace)} not have, so ${effect}.`,
    missingWithHint: (binding, role, kind, namespace, candidate) => `${binding} grants ${kind} "${role}", which ${where(namespace)} not have; did you mean "${candidate}"?`,
    wrongNamespace: (binding, role, kind, namespace, other) => `${binding} in namespace ${namespace} grants ${kind} "${role}", which is in namespace ${other}; a RoleBinding can only grant a Role of its own namespace (or a ClusterRole).`
  },
  docs: {
    diagnosis: "`roleRef` of the binding names a Role (in the binding's namespace) or a ClusterRole that is not defined. `kubectl auth can-i --as=system:serviceaccount:<namespace>:<name> ...` answers no, and the subjects' API calls fail with 403 Forbidden.",
    fix: "Correct `roleRef.name` (and `roleRef.kind`), or define the Role in the binding's namespace. To grant the same permissions in many namespaces, define a ClusterRole once and bind it with a RoleBinding per namespace. `roleRef` is immutable: changing it means deleting and recreating the binding.",
    why: 'RBAC grants nothing through a binding whose role does not exist, and it never reports that: the subjects are simply denied. Controllers and operators running under the account fail with "forbidden" errors at run time, often deep in their logs.',
    world: "Roles may come from elsewhere (another chart, an operator's aggregated ClusterRoles), so in a partial input a missing role is reported only with evidence of a mistake: a role of that kind with a similar name (a typo), or a Role of that very name in another namespace. With `assume: complete` every missing role is reported. The API server's default roles (`cluster-admin`, `admin`, `edit`, `view`, every `system:` role) always exist."
  },
  check(binding, context) {
    checkMissingReferences("Role", binding, context);
    checkMissingReferences("ClusterRole", binding, context);
  }
});

// src/schema/explain.ts
function segments(instancePath, data) {
  if (instancePath === "") return [];
  const out = [];
  let node = data;
  for (const raw of instancePath.slice(1).split("/")) {
    const key2 = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node) && /^\d+$/.test(key2)) {
      out.push(Number(key2));
      node = node[Number(key2)];
    } else {
      out.push(key2);
      node = isObject(node) ? node[key2] : void 0;
    }
  }
  return out;
}
function valueAt(data, path2) {
  let node = data;
  for (const segment of path2) node = Array.isArray(node) ? node[segment] : isObject(node) ? node[segment] : void 0;
  return node;
}
var ARTICLES = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null"
};
function typeNames(type) {
  const names = (Array.isArray(type) ? type : String(type).split(",")).map(String).filter((name) => name !== "null");
  return names.map((name) => ARTICLES[name] ?? name).join(" or ");
}
function showValue(value) {
  if (typeof value === "string") return /^[\w./:-]+$/.test(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (isObject(value)) return "a mapping";
  return String(value);
}
function showType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (isObject(value)) return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (typeof value === "number") return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return String(value);
}
var FORMAT_MESSAGES = {
  quantity: (value) => `must be a quantity such as 250m, 0.5, 512Mi or 2Gi; got ${showValue(value)}`,
  "date-time": (value) => `must be an RFC 3339 time such as 2024-05-01T12:00:00Z; got ${showValue(value)}`,
  byte: () => "must be base64-encoded (plain text belongs under stringData)",
  int32: (value) => `must be a 32-bit integer (-2147483648 to 2147483647); got ${showValue(value)}`,
  float: (value) => `must be a finite number; got ${showValue(value)}`,
  double: (value) => `must be a finite number; got ${showValue(value)}`
};
function limitMessage(error, value) {
  const params = error.params;
  switch (error.keyword) {
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${params.comparison ?? ""} ${params.limit ?? ""}; got ${showValue(value)}`;
    case "multipleOf":
      return `must be a multiple of ${params.multipleOf ?? ""}; got ${showValue(value)}`;
    case "minLength":
      return `must be at least ${params.limit ?? ""} characters long`;
    case "maxLength":
      return `must be at most ${params.limit ?? ""} characters long; it has ${typeof value === "string" ? value.length : "?"}`;
    case "minItems":
      return `must have at least ${params.limit ?? ""} items`;
    case "maxItems":
      return `must have at most ${params.limit ?? ""} items`;
    case "minProperties":
      return `must have at least ${params.limit ?? ""} fields`;
    case "maxProperties":
      return `must have at most ${params.limit ?? ""} fields`;
    default:
      return `is not valid (${error.keyword})`;
  }
}
function describe(error, value) {
  const params = error.params;
  switch (error.keyword) {
    case "type": {
      const accidentalKey = isObject(value) && Object.keys(value).length === 1 && Object.values(value)[0] === null && String(params["type"]).includes("string");
      const hint = accidentalKey ? ` (an unquoted ':' made ${JSON.stringify(Object.keys(value)[0])} a mapping key; quote the value)` : "";
      return { kind: "wrongType", text: `must be ${typeNames(params["type"])}, not ${showType(value)}${hint}` };
    }
    case "enum": {
      const allowed = (Array.isArray(params["allowedValues"]) ? params["allowedValues"] : []).filter((entry) => entry !== null);
      return { kind: "notAllowed", text: `must be one of ${allowed.map(showValue).join(", ")}; got ${showValue(value)}` };
    }
    case "const":
      return { kind: "notAllowed", text: `must be ${showValue(params["allowedValue"])}; got ${showValue(value)}` };
    case "format": {
      const format = String(params["format"]);
      return { kind: "invalid", text: FORMAT_MESSAGES[format]?.(value) ?? `must be a valid ${format}; got ${showValue(value)}` };
    }
    case "pattern":
      return { kind: "invalid", text: `must match the pattern ${String(params["pattern"])}; got ${showValue(value)}` };
    case "uniqueItems":
      return { kind: "invalid", text: `must not repeat items (items ${String(params["j"])} and ${String(params["i"])} are equal)` };
    case "x-at-most-one-of": {
      const fields = Array.isArray(params["fields"]) ? params["fields"].map(String) : [];
      const set = fields.filter((field) => isObject(value) && value[field] !== void 0 && value[field] !== null);
      return { kind: "invalid", text: `sets ${set.join(" and ")}; set at most one of ${fields.join(", ")}` };
    }
    case "not":
      return { kind: "invalid", text: "has a value or combination of fields the schema forbids" };
    default:
      return { kind: "invalid", text: limitMessage(error, value) };
  }
}
function within(path2, prefix) {
  return path2 === prefix || path2.startsWith(`${prefix}/`);
}
function explainErrors(errors, data, describeObject, schemaSource = "") {
  const hidden = /* @__PURE__ */ new Set();
  const branchErrors = /* @__PURE__ */ new Map();
  errors.forEach((error, position) => {
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") return;
    const folded = errors.slice(0, position).filter((earlier) => within(earlier.instancePath, error.instancePath) && earlier.schemaPath.startsWith(`${error.schemaPath}/`));
    for (const earlier of folded) hidden.add(earlier);
    branchErrors.set(error, folded);
  });
  const wrongTypes = new Set(errors.filter((error) => error.keyword === "type" && !hidden.has(error)).map((error) => error.instancePath));
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (problem) => {
    const key2 = `${problem.kind}\0${formatPath(problem.path)}\0${problem.message}`;
    if (seen.has(key2)) return;
    seen.add(key2);
    problems.push(problem);
  };
  const misspelt = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties" || hidden.has(error)) continue;
    const path2 = segments(error.instancePath, data);
    const field = String(error.params.additionalProperty);
    const suggestion = similarName(field, describeObject(path2).fields);
    if (suggestion !== void 0) misspelt.set(`${error.instancePath}/${suggestion}`, field);
  }
  const requiredMissing = new Set(errors.filter((error) => error.keyword === "required" && !hidden.has(error)).map((error) => `${error.instancePath}/${String(error.params.missingProperty)}`));
  for (const error of errors) {
    if (hidden.has(error)) continue;
    if (error.keyword !== "type" && wrongTypes.has(error.instancePath) && error.keyword !== "additionalProperties" && error.keyword !== "required") continue;
    const path2 = segments(error.instancePath, data);
    const where2 = formatPath(path2);
    const value = valueAt(data, path2);
    if (error.keyword === "additionalProperties") {
      const field = String(error.params.additionalProperty);
      const { fields, typeName } = describeObject(path2);
      const suggestion = similarName(field, fields) ?? fields.find((name) => name.toLowerCase() === field.toLowerCase());
      const owner = typeName ?? (where2 === "" ? "the object" : where2);
      const required = suggestion !== void 0 && requiredMissing.has(`${error.instancePath}/${suggestion}`) ? ` (${suggestion} is required)` : "";
      push({
        kind: "unknownField",
        path: [...path2, field],
        key: true,
        message: `unknown-field: ${formatPath([...path2, field])} is not a field of ${owner}${schemaSource}${suggestion ? `; did you mean ${suggestion}?${required}` : ""}`
      });
      continue;
    }
    if (error.keyword === "required") {
      const field = String(error.params.missingProperty);
      if (misspelt.has(`${error.instancePath}/${field}`)) continue;
      push({ kind: "required", path: path2.length === 0 ? ["kind"] : [...path2, field], key: false, message: `${formatPath([...path2, field])} is required` });
      continue;
    }
    if (error.keyword === "anyOf" || error.keyword === "oneOf") {
      const folded = branchErrors.get(error) ?? [];
      const missing = folded.filter((branch) => branch.keyword === "required" && branch.instancePath === error.instancePath);
      const passing = error.params.passingSchemas;
      let text3;
      if (Array.isArray(passing)) text3 = "matches more than one of the forms it may take; keep the fields of only one";
      else if (missing.length === folded.length && missing.length > 0) text3 = `must set one of ${[...new Set(missing.map((branch) => String(branch.params.missingProperty)))].join(", ")}`;
      else text3 = `matches none of the forms it may take${folded[0] ? ` (for one: ${describe(folded[0], valueAt(data, segments(folded[0].instancePath, data))).text})` : ""}`;
      push({ kind: "invalid", path: path2, key: false, message: `${where2 === "" ? "the object" : where2} ${text3}` });
      continue;
    }
    const { kind, text: text2 } = describe(error, value);
    push({ kind, path: path2, key: false, message: `${where2 === "" ? "the object" : where2} ${text2}` });
  }
  return problems;
}

// src/schema/walk.ts
function follow(schema, resolve) {
  let current = schema;
  let id;
  for (let hops = 0; current?.$ref !== void 0 && hops < 32; hops += 1) {
    id = refId(current.$ref);
    current = id === void 0 ? void 0 : resolve(id);
  }
  return current === void 0 ? void 0 : { schema: current, ...id === void 0 ? {} : { id } };
}
function alternatives(schema, resolve) {
  const reached = follow(schema, resolve);
  if (!reached) return [];
  const branches = [...reached.schema.allOf ?? [], ...reached.schema.anyOf ?? [], ...reached.schema.oneOf ?? []];
  return [reached, ...branches.flatMap((branch) => alternatives(branch, resolve))];
}
function schemasAt(root, path2, resolve) {
  let current = alternatives(root, resolve);
  for (const segment of path2) {
    const next = [];
    for (const { schema } of current) {
      if (typeof segment === "number") {
        if (schema.items) next.push(...alternatives(schema.items, resolve));
        continue;
      }
      const property = schema.properties?.[segment];
      if (property) next.push(...alternatives(property, resolve));
      else if (isObject(schema.additionalProperties)) next.push(...alternatives(schema.additionalProperties, resolve));
    }
    current = next;
  }
  return current;
}
function describeObjectAt(root, path2, resolve) {
  const reached = schemasAt(root, path2, resolve);
  const fields = [...new Set(reached.flatMap(({ schema }) => Object.keys(schema.properties ?? {})))];
  const id = reached.find((entry) => entry.id?.startsWith("io.k8s."))?.id;
  const typeName = id?.split(".").slice(-2, -1)[0];
  return typeName === void 0 ? { fields } : { fields, typeName };
}

// src/schema/validate.ts
function schemaProblems(catalog, resource) {
  const schema = catalog.schemaFor(resource.apiVersion, resource.kind);
  const validate = schema?.validator();
  if (!schema || !validate) return void 0;
  if (validate(resource.body)) return [];
  const root = schema.root();
  const resolve = (id) => catalog.builtins.definitions()[id];
  const source = schema.origin.type === "bundled-crd" ? ` in the bundled ${schema.origin.bundle} CRDs` : "";
  return explainErrors(validate.errors ?? [], resource.body, (path2) => root ? describeObjectAt(root, path2, resolve) : { fields: [] }, source);
}

// rules/schema/index.ts
var schema_default = defineRule({
  id: "schema",
  category: "schema",
  severity: "error",
  description: "A resource must match the schema of its apiVersion and kind in the target Kubernetes version: known fields, right types, allowed values, required fields.",
  target: ["*"],
  reads: ["CustomResourceDefinition"],
  messages: {
    unknownField: (text2) => text2,
    wrongType: (text2) => text2,
    notAllowed: (text2) => text2,
    required: (text2) => text2,
    invalid: (text2) => text2
  },
  docs: {
    diagnosis: 'The resource does not match the OpenAPI schema the API server checks it against: a field name that does not exist (`unknown-field`, often a typo or a field at the wrong indentation), a value of the wrong type (`replicas: "3"`), a value outside an enum (`imagePullPolicy: Sometimes`), a malformed quantity (`memory: 1Gb`) or a missing required field. `kubectl apply --dry-run=server -f <file>` shows the same errors from a cluster.',
    fix: "Correct the field at the reported line: rename or re-indent an unknown field (the message suggests the closest real field), quote or unquote the value to give it the right type, pick one of the listed values, or add the required field. The schema follows `kubernetesVersion` (config) or `--kubernetes-version`, default 1.35; custom resources are checked against CustomResourceDefinitions in the input, the bundled Istio, Gateway API and prometheus-operator CRDs, or `--schema-dir` schemas.",
    why: "The API server rejects an object that does not match its schema, so `kubectl apply` fails, often halfway through a multi-document file, and a GitOps sync stays broken. Unknown fields are worse where they are not rejected: older kubectl versions and `--validate=false` drop them silently, so a mistyped `livenessProbe` or `resources` is simply never applied and the workload runs without it. Checking against the schema of the target version catches both before the manifest reaches a cluster."
  },
  check(resource, { graph, settings, report, messages }) {
    const problems = schemaProblems(catalogFor(graph, settings), resource);
    for (const problem of problems ?? []) {
      report(messages[problem.kind](problem.message), { at: { path: problem.path, key: problem.key } });
    }
  }
});

// rules/service-no-matching-pods/index.ts
var service_no_matching_pods_default = defineRule({
  id: "service-no-matching-pods",
  category: "services",
  severity: "error",
  description: "A Service's selector matches no pod template in its namespace.",
  target: ["Service"],
  reads: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"],
  messages: {
    noPods: (service, selector, namespace) => `Service ${service} selects ${selector}, but no pod template in namespace ${namespace} has those labels; the Service has no endpoints.`,
    closest: (service, selector, owner, missing) => `Service ${service} selects ${selector}, but no pod template has those labels; the closest, ${owner}, lacks ${missing}.`
  },
  docs: {
    diagnosis: "No Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob in the Service's namespace has pod labels that satisfy `spec.selector`. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` shows no endpoints.",
    fix: "Correct the selector (or the pod template labels) so that they agree; a typo in a label key or value is the usual cause. Services without a selector (for manually managed endpoints) and ExternalName Services are not reported.",
    why: "A Service routes only to ready pods matched by its selector. With no match, connections to the Service IP are refused or time out, and a headless Service name resolves to nothing.",
    world: "Reported only when the input is the authority for pods in that namespace: the Namespace is declared in the input, the input holds some workload there, or `assume: complete` is set."
  },
  check(service, { graph, report, messages }) {
    const spec = service.body.spec;
    const selector = spec?.selector;
    const namespace = service.namespace;
    if (!selector || Object.keys(selector).length === 0 || spec?.type === "ExternalName" || namespace === void 0) return;
    if (graph.podsSelectedBy(selector, namespace).length > 0) return;
    if (!graph.isAuthoritative(namespace, "Pod")) return;
    const labelSelector = selectorFromMap(selector);
    const text2 = formatSelector(labelSelector);
    const closest = closestPod(graph.pods(namespace), labelSelector);
    if (!closest) {
      report(messages.noPods(service.name, text2, namespace), { at: ["spec", "selector"] });
      return;
    }
    const owner = closest.pod.owner;
    report(messages.closest(service.name, text2, `${owner.kind} ${owner.name}`, closest.missing), {
      at: ["spec", "selector"],
      related: [{ resource: owner, path: [...closest.pod.path, "metadata", "labels"], message: `pod labels of ${owner.kind} ${owner.name}` }]
    });
  }
});

// rules/statefulset-service-missing/index.ts
var statefulset_service_missing_default = defineRule({
  id: "statefulset-service-missing",
  category: "workloads",
  severity: "error",
  description: "A StatefulSet's spec.serviceName names no Service in its namespace.",
  target: ["StatefulSet"],
  reads: ["Service"],
  messages: {
    missing: (statefulSet, service, namespace) => `StatefulSet ${statefulSet} is governed by Service "${service}", but namespace ${namespace} has no Service of that name, so its pods get no stable DNS names.`,
    missingWithHint: (statefulSet, service, namespace, candidate) => `StatefulSet ${statefulSet} is governed by Service "${service}", but namespace ${namespace} has no Service of that name; Service "${candidate}" selects its pods \u2014 did you mean it?`
  },
  docs: {
    diagnosis: "`spec.serviceName` of the StatefulSet names a Service that is not defined in the StatefulSet's namespace. `kubectl get svc <serviceName> -n <namespace>` returns NotFound, and `nslookup <pod>.<serviceName>` fails from any pod.",
    fix: "Create a headless Service (`clusterIP: None`) with that name whose selector matches the pod template labels, or change `spec.serviceName` to the existing headless Service. `spec.serviceName` is immutable: changing it means deleting and recreating the StatefulSet (`kubectl delete sts <name> --cascade=orphan` keeps the pods).",
    why: 'The governing Service is what gives StatefulSet pods their stable DNS names `<pod>.<serviceName>.<namespace>.svc.<cluster-domain>`. Kubernetes accepts a StatefulSet whose Service does not exist and creates the pods anyway; peers that find each other by those names (Kafka, ZooKeeper, Cassandra, etcd) then fail with "unknown host" or "connection refused".',
    world: "Reported only when the input is the authority for Services in that namespace: the Namespace is declared in the input, the input holds other Services there, or `assume: complete` is set."
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    if (typeof serviceName !== "string" || serviceName === "" || namespace === void 0) return;
    if (graph.find("Service", namespace, serviceName)) return;
    if (graph.exists({ kind: "Service", namespace, name: serviceName }) !== "no") return;
    const template = graph.podTemplateOf(statefulSet);
    const candidate = graph.ofKind("Service", namespace).filter((service) => {
      const selector = service.body.spec?.selector;
      return selector !== void 0 && Object.keys(selector).length > 0 && template !== void 0 && graph.podsSelectedBy(selector, namespace).includes(template);
    }).sort((a, b) => Number(b.body.spec?.clusterIP === "None") - Number(a.body.spec?.clusterIP === "None"))[0];
    const message = candidate ? messages.missingWithHint(statefulSet.name, serviceName, namespace, candidate.name) : messages.missing(statefulSet.name, serviceName, namespace);
    report(message, {
      at: ["spec", "serviceName"],
      related: candidate ? [{ resource: candidate, message: `Service ${candidate.name} selects the StatefulSet's pods` }] : []
    });
  }
});

// rules/statefulset-service-not-headless/index.ts
var statefulset_service_not_headless_default = defineRule({
  id: "statefulset-service-not-headless",
  category: "workloads",
  severity: "warning",
  description: "The Service governing a StatefulSet is not headless (clusterIP: None), so the pods get no stable DNS names.",
  target: ["StatefulSet"],
  reads: ["Service"],
  messages: {
    notHeadless: (service, statefulSet, clusterIP) => `Service ${service} governs StatefulSet ${statefulSet} but is not headless (${clusterIP}); set clusterIP: None so that each pod gets a DNS name.`,
    externalName: (service, statefulSet) => `Service ${service} governs StatefulSet ${statefulSet} but is of type ExternalName; the governing Service must be a headless Service selecting the pods.`
  },
  docs: {
    diagnosis: "The Service named by the StatefulSet's `spec.serviceName` exists but has a cluster IP (no `clusterIP: None`, or a concrete IP), or is an ExternalName Service. `kubectl get svc <name>` shows an IP in CLUSTER-IP instead of `None`.",
    fix: "Set `spec.clusterIP: None` on the governing Service (clusterIP is immutable: delete and recreate the Service), and keep a second, normal Service for clients that want load balancing.",
    why: "A warning, not an error, because a single-replica database reached only through the Service name keeps working; the error-level findings are in dns-name-unresolvable, when something actually uses a pod name. Cluster DNS publishes per-pod A records `<pod>.<service>.<namespace>.svc.<domain>` only for headless Services. With a cluster IP, the Service name resolves to one virtual IP and the pod names do not resolve at all, so members that address each other by pod name cannot form a cluster."
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    if (typeof serviceName !== "string" || namespace === void 0) return;
    const service = graph.find("Service", namespace, serviceName);
    if (!service) return;
    const spec = service.body.spec;
    const related = [{ resource: statefulSet, path: ["spec", "serviceName"], message: `StatefulSet ${statefulSet.name} names this Service as its governing Service` }];
    if (spec?.type === "ExternalName") {
      report(messages.externalName(service.name, statefulSet.name), { at: { resource: service, path: ["spec", "type"] }, related });
      return;
    }
    if (spec?.clusterIP === "None") return;
    const clusterIP = spec?.clusterIP === void 0 ? "no clusterIP, so one is allocated" : `clusterIP: ${spec.clusterIP}`;
    report(messages.notHeadless(service.name, statefulSet.name, clusterIP), {
      at: { resource: service, path: spec?.clusterIP === void 0 ? ["spec"] : ["spec", "clusterIP"] },
      related
    });
  }
});

// rules/statefulset-service-selector-mismatch/index.ts
var statefulset_service_selector_mismatch_default = defineRule({
  id: "statefulset-service-selector-mismatch",
  category: "workloads",
  severity: "error",
  description: "The Service governing a StatefulSet does not select the StatefulSet's pods.",
  target: ["StatefulSet"],
  reads: ["Service"],
  messages: {
    mismatch: (service, selector, statefulSet, labels) => `Service ${service} governs StatefulSet ${statefulSet} but its selector ${selector} does not match the pod labels ${labels}; the pods get no DNS records.`,
    noSelector: (service, statefulSet) => `Service ${service} governs StatefulSet ${statefulSet} but has no selector, so no endpoints (and no pod DNS records) are created for its pods.`
  },
  docs: {
    diagnosis: "The governing Service's `spec.selector` is missing, or asks for labels the StatefulSet's pod template does not carry. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` lists no pod addresses.",
    fix: "Make the Service's `spec.selector` a subset of the pod template's `metadata.labels` (usually the same labels as the StatefulSet's `spec.selector.matchLabels`).",
    why: "Cluster DNS builds the per-pod records of a headless Service from its endpoints, and endpoints come from the selector. A selector that matches none of the StatefulSet's pods leaves `<pod>.<service>` unresolvable even though the Service exists and is headless."
  },
  check(statefulSet, { graph, report, messages }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    const template = graph.podTemplateOf(statefulSet);
    if (typeof serviceName !== "string" || namespace === void 0 || !template) return;
    const service = graph.find("Service", namespace, serviceName);
    if (!service || service.body.spec?.type === "ExternalName") return;
    const selector = service.body.spec?.selector;
    const related = [{ resource: statefulSet, path: [...template.path, "metadata", "labels"], message: `the pod labels of StatefulSet ${statefulSet.name}` }];
    if (selector === void 0 || selector === null || Object.keys(selector).length === 0) {
      report(messages.noSelector(service.name, statefulSet.name), { at: { resource: service, path: ["spec", "selector"] }, related });
      return;
    }
    if (matchesSelector(template.labels, selectorFromMap(selector))) return;
    const labels = formatSelector(selectorFromMap(template.labels));
    report(messages.mismatch(service.name, formatSelector(selectorFromMap(selector)), statefulSet.name, labels), {
      at: { resource: service, path: ["spec", "selector"] },
      related
    });
  }
});

// rules/unknown-kind/index.ts
var unknown_kind_default = defineRule({
  id: "unknown-kind",
  category: "schema",
  severity: "warning",
  description: "Every apiVersion/kind should have a schema (built in, bundled, from a CRD in the input or from --schema-dir); reported once per kind.",
  target: ["*"],
  reads: ["CustomResourceDefinition"],
  messages: {
    noSchema: (apiVersion, kind, target, count) => `No schema for ${apiVersion} ${kind}: it is no built-in kind of Kubernetes ${target}, no bundled CRD, and no CustomResourceDefinition in the input defines it, so ${count === 1 ? "this resource is" : `its ${count} resources are`} not checked; add the CRD to the input or pass --schema-dir.`,
    notBuiltinKind: (apiVersion, kind, target, suggestion) => `${apiVersion} has no kind ${kind} in Kubernetes ${target}${suggestion ? `; did you mean ${suggestion}?` : ""} (a built-in API group, so no CustomResourceDefinition can add it).`,
    brokenSchema: (apiVersion, kind, source, problem) => `The schema for ${apiVersion} ${kind} from ${source} cannot be used (${problem}), so resources of this kind are not checked.`
  },
  docs: {
    diagnosis: "shipshape has no schema for this apiVersion/kind, so the `schema` rule cannot check its resources. Usually the kind comes from an operator whose CustomResourceDefinition is not part of the linted files; sometimes the kind itself is misspelt (`Deploymnet`) or belongs to an API that no longer exists.",
    fix: "Lint the CRD together with its resources (add its file or directory to the command line), or pass `--schema-dir <dir>` with JSON Schemas in kubeconform's layout (`<kind>-<group>-<version>.json`, lower-cased). If the kind is misspelt, correct it. Turn the rule off (`unknown-kind: off`) or make it an error to decide how strict unknown kinds should be.",
    why: "A resource without a schema passes every schema check by default, so typos and wrong fields in it go unnoticed until the API server (or the operator) rejects it. Reporting each such kind once makes the blind spot visible without burying the output."
  },
  check(resource, { graph, settings, report, messages }) {
    const catalog = catalogFor(graph, settings);
    const schema = catalog.schemaFor(resource.apiVersion, resource.kind);
    if (schema !== void 0 && (schema.origin.type === "kubernetes" || schema.origin.type === "bundled-crd" || (schema.validator(), schema.problem === void 0))) return;
    if (schema === void 0 && apiStatus(catalog, resource.apiVersion, resource.kind).status !== "unknown") return;
    const same = graph.ofAnyKind(resource.kind).filter((other) => other.apiVersion === resource.apiVersion);
    if (same[0] !== resource) return;
    if (schema?.problem !== void 0) {
      const source = schema.origin.type === "schema-dir" ? schema.origin.file : `CustomResourceDefinition ${schema.origin.type === "input-crd" ? schema.origin.crd.name : ""}`;
      report(messages.brokenSchema(resource.apiVersion, resource.kind, source, schema.problem), { at: ["kind"] });
      return;
    }
    if (isBuiltinGroup(catalog, splitApiVersion(resource.apiVersion).group)) {
      report(messages.notBuiltinKind(resource.apiVersion, resource.kind, catalog.target, similarName(resource.kind, builtinKindsOf(catalog, resource.apiVersion))), { at: ["kind"] });
      return;
    }
    report(messages.noSchema(resource.apiVersion, resource.kind, catalog.target, same.length), { at: ["kind"] });
  }
});

// rules/workload-configmap-missing/index.ts
var workload_configmap_missing_default = defineRule({
  id: "workload-configmap-missing",
  category: "workloads",
  severity: "error",
  description: "A pod template uses a ConfigMap, or a key of one, that its namespace does not have.",
  target: POD_TEMPLATE_OWNER_KINDS,
  reads: ["ConfigMap"],
  messages: {
    missing: (owner, configMap, use, namespace, effect) => `${owner} uses ConfigMap "${configMap}" (${use}), but namespace ${namespace} has no ConfigMap of that name, so ${effect}.`,
    missingWithHint: (owner, configMap, use, namespace, candidate) => `${owner} uses ConfigMap "${configMap}" (${use}), but namespace ${namespace} has no ConfigMap of that name; did you mean "${candidate}"?`,
    wrongNamespace: (owner, configMap, use, namespace, other) => `${owner} uses ConfigMap "${configMap}" (${use}) in namespace ${namespace}, but that ConfigMap is in namespace ${other}; pods can only use ConfigMaps of their own namespace.`,
    keyMissing: (owner, key2, configMap, use, available, effect) => `${owner} reads key "${key2}" of ConfigMap ${configMap} (${use}), which has only ${available}, so ${effect}.`,
    keyMissingWithHint: (owner, key2, configMap, use, candidate) => `${owner} reads key "${key2}" of ConfigMap ${configMap} (${use}), which has no such key; did you mean "${candidate}"?`
  },
  docs: {
    diagnosis: "A `configMap` volume, a projected `configMap` source, `envFrom.configMapRef` or `env.valueFrom.configMapKeyRef` names a ConfigMap that is not in the pod's namespace, or a key (`configMapKeyRef.key`, `items[].key`) that the ConfigMap does not hold. `kubectl describe pod` shows `configmap \"<name>\" not found` or `couldn't find key <key> in ConfigMap`.",
    fix: "Correct the name or the key, or define the ConfigMap (with the key) in the namespace of the pods: a pod can only use ConfigMaps of its own namespace. If the pod must start without it, mark the reference `optional: true`.",
    why: "The kubelet resolves ConfigMaps when it starts a pod. A missing ConfigMap or key behind a volume keeps the pod in ContainerCreating (`MountVolume.SetUp failed`); behind an environment variable the container never starts (`CreateContainerConfigError`). Kubernetes accepts the workload anyway, so the mistake surfaces only at rollout.",
    world: "ConfigMaps are often made outside the manifests (`kubectl create configmap --from-file`, a CI step), so in a partial input a missing ConfigMap is reported only with evidence of a mistake: the namespace holds a ConfigMap with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing ConfigMap is reported. Never reported: optional references; `kube-root-ca.crt` and Istio's `istio-ca-root-cert`; kustomize `configMapGenerator` entries; objects named after a custom resource whose operator makes them; placeholders that cannot be names (`$CONFIG`, `<your-config>`). A missing key is reported only for a ConfigMap defined in the input with at least one key."
  },
  check(owner, context) {
    checkMissingReferences("ConfigMap", owner, context);
    checkMissingKeys("ConfigMap", owner, context);
  }
});

// rules/workload-pvc-missing/index.ts
var workload_pvc_missing_default = defineRule({
  id: "workload-pvc-missing",
  category: "workloads",
  severity: "error",
  description: "A pod template mounts a PersistentVolumeClaim that its namespace does not have.",
  target: POD_TEMPLATE_OWNER_KINDS,
  reads: ["PersistentVolumeClaim"],
  messages: {
    missing: (owner, claim, use, namespace, effect) => `${owner} mounts PersistentVolumeClaim "${claim}" (${use}), but namespace ${namespace} has no claim of that name, so ${effect}.`,
    missingWithHint: (owner, claim, use, namespace, candidate) => `${owner} mounts PersistentVolumeClaim "${claim}" (${use}), but namespace ${namespace} has no claim of that name; did you mean "${candidate}"?`,
    wrongNamespace: (owner, claim, use, namespace, other) => `${owner} mounts PersistentVolumeClaim "${claim}" (${use}) in namespace ${namespace}, but that claim is in namespace ${other}; pods can only mount claims of their own namespace.`
  },
  docs: {
    diagnosis: 'A `persistentVolumeClaim.claimName` volume of the pod template names a claim that is not in the pod\'s namespace. The pods stay Pending and `kubectl describe pod` shows `persistentvolumeclaim "<name>" not found`.',
    fix: "Correct the claim name, or create the PersistentVolumeClaim in the namespace of the pods. For per-replica storage in a StatefulSet, use `spec.volumeClaimTemplates` instead of a shared claim: a volume named like a claim template is replaced by the per-pod claim and is not reported.",
    why: "The scheduler cannot place a pod whose claim does not exist, so it stays Pending until the claim appears. Kubernetes accepts the workload itself, so the mistake surfaces only at rollout.",
    world: "Claims are sometimes created outside the manifests (by hand, by a backup restore, by an operator), so in a partial input a missing claim is reported only with evidence of a mistake: the namespace holds a claim with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing claim is reported. Never reported: StatefulSet volumes that a claim template replaces; ephemeral volumes; placeholders that cannot be names."
  },
  check(owner, context) {
    checkMissingReferences("PersistentVolumeClaim", owner, context);
  }
});

// rules/workload-secret-missing/index.ts
var workload_secret_missing_default = defineRule({
  id: "workload-secret-missing",
  category: "workloads",
  severity: "error",
  description: "A pod template uses a Secret, or a key of one, that its namespace does not have.",
  target: POD_TEMPLATE_OWNER_KINDS,
  reads: ["Secret"],
  messages: {
    missing: (owner, secret, use, namespace, effect) => `${owner} uses Secret "${secret}" (${use}), but namespace ${namespace} has no Secret of that name, so ${effect}.`,
    missingWithHint: (owner, secret, use, namespace, candidate) => `${owner} uses Secret "${secret}" (${use}), but namespace ${namespace} has no Secret of that name; did you mean "${candidate}"?`,
    wrongNamespace: (owner, secret, use, namespace, other) => `${owner} uses Secret "${secret}" (${use}) in namespace ${namespace}, but that Secret is in namespace ${other}; pods can only use Secrets of their own namespace.`,
    keyMissing: (owner, key2, secret, use, available, effect) => `${owner} reads key "${key2}" of Secret ${secret} (${use}), which has only ${available}, so ${effect}.`,
    keyMissingWithHint: (owner, key2, secret, use, candidate) => `${owner} reads key "${key2}" of Secret ${secret} (${use}), which has no such key; did you mean "${candidate}"?`
  },
  docs: {
    diagnosis: "A `secret` volume, a projected `secret` source, `envFrom.secretRef`, `env.valueFrom.secretKeyRef` or `imagePullSecrets` names a Secret that is not in the pod's namespace, or a key (`secretKeyRef.key`, `items[].key`) that the Secret does not hold. `kubectl describe pod` shows `secret \"<name>\" not found` or `couldn't find key <key> in Secret`.",
    fix: "Correct the name or the key, or create the Secret (with the key) in the namespace of the pods: a pod can only use Secrets of its own namespace. If the pod must start without it, mark the reference `optional: true`.",
    why: "The kubelet resolves Secrets when it starts a pod. A missing Secret or key behind a volume keeps the pod in ContainerCreating (`MountVolume.SetUp failed`); behind an environment variable the container never starts (`CreateContainerConfigError`); a missing image pull Secret makes pulls from a private registry fail. Kubernetes accepts the workload anyway, so the mistake surfaces only at rollout.",
    world: "Secrets are usually kept out of manifests on purpose (`kubectl create secret`, Vault, a CI job, an operator), so in a partial input a missing Secret is reported only with evidence of a mistake: the namespace holds a Secret with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing Secret is reported. Never reported: optional references; Secrets that objects in the input will have written (cert-manager `Certificate.spec.secretName`, SealedSecret, ExternalSecret, Vault Secrets Operator, 1Password, Strimzi `KafkaUser`, `writeConnectionSecretToRef`); kustomize `secretGenerator` entries; Secrets named after a custom resource whose operator makes them; placeholders that cannot be names. A missing key is reported only for a Secret defined in the input with at least one key."
  },
  check(owner, context) {
    checkMissingReferences("Secret", owner, context);
    checkMissingKeys("Secret", owner, context);
  }
});

// rules/workload-selector-mismatch/index.ts
var workload_selector_mismatch_default = defineRule({
  id: "workload-selector-mismatch",
  category: "workloads",
  severity: "error",
  description: "A workload's spec.selector does not match the labels of its own pod template.",
  target: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"],
  messages: {
    mismatch: (kind, name, selector, labels) => `${kind} ${name} selects ${selector}, but its own pod template has labels ${labels}; the API server rejects it ("selector does not match template labels").`,
    empty: (kind, name) => `${kind} ${name} has an empty selector, which selects every pod in the namespace; the API server rejects it for apps/v1 workloads.`
  },
  docs: {
    diagnosis: "`spec.selector` asks for labels that `spec.template.metadata.labels` does not carry (or is empty). `kubectl apply` fails with `selector does not match template labels` or `empty selector is invalid`.",
    fix: "Make `spec.selector.matchLabels` a subset of the pod template labels. The selector of an apps/v1 workload is immutable, so change the template labels if the workload already exists.",
    why: "A controller owns the pods its selector matches. If its own template does not match, the API server refuses the object; with an empty selector the workload would adopt and fight over every pod in the namespace."
  },
  check(workload, { graph, report, messages }) {
    const template = graph.podTemplateOf(workload);
    const raw = workload.body.spec?.selector;
    if (!template || raw === void 0 || raw === null || typeof raw !== "object") return;
    if (workload.kind === "Job" && workload.body.spec?.manualSelector !== true) return;
    const selector = workload.kind === "ReplicationController" ? selectorFromMap(raw) : raw;
    if (isEmptySelector(selector)) {
      if (workload.group === "apps") report(messages.empty(workload.kind, workload.name), { at: ["spec", "selector"] });
      return;
    }
    if (matchesSelector(template.labels, selector)) return;
    report(messages.mismatch(workload.kind, workload.name, formatSelector(selector), formatSelector(selectorFromMap(template.labels))), {
      at: ["spec", "selector"],
      related: [{ path: [...template.path, "metadata", "labels"], message: "the pod template labels" }]
    });
  }
});

// rules/workload-serviceaccount-missing/index.ts
var workload_serviceaccount_missing_default = defineRule({
  id: "workload-serviceaccount-missing",
  category: "workloads",
  severity: "error",
  description: "A pod template's serviceAccountName names a ServiceAccount that its namespace does not have.",
  target: POD_TEMPLATE_OWNER_KINDS,
  reads: ["ServiceAccount"],
  messages: {
    missing: (owner, account, _use, namespace, effect) => `${owner} runs as ServiceAccount "${account}", but namespace ${namespace} has no ServiceAccount of that name, so ${effect}.`,
    missingWithHint: (owner, account, _use, namespace, candidate) => `${owner} runs as ServiceAccount "${account}", but namespace ${namespace} has no ServiceAccount of that name; did you mean "${candidate}"?`,
    wrongNamespace: (owner, account, _use, namespace, other) => `${owner} runs as ServiceAccount "${account}" in namespace ${namespace}, but that ServiceAccount is in namespace ${other}; pods can only run as ServiceAccounts of their own namespace.`
  },
  docs: {
    diagnosis: '`spec.serviceAccountName` (or the deprecated `spec.serviceAccount`) of the pod template names a ServiceAccount that is not in the pod\'s namespace. The workload exists but has no pods; `kubectl describe replicaset` shows `error looking up service account <namespace>/<name>: serviceaccount "<name>" not found`.',
    fix: "Correct the name, or create the ServiceAccount in the namespace of the pods. RoleBindings that grant the workload its permissions must name the same ServiceAccount and namespace.",
    why: "The ServiceAccount admission plugin rejects a pod whose ServiceAccount does not exist, so a Deployment, StatefulSet or Job stays at zero pods (a bare Pod is refused outright) until the account appears. Kubernetes accepts the workload itself, so the mistake surfaces only at rollout.",
    world: "ServiceAccounts are often created outside the manifests (a Workload Identity tutorial's `kubectl create serviceaccount`, Terraform, an operator), so in a partial input a missing one is reported only with evidence of a mistake: the namespace holds a ServiceAccount with a similar name (a typo) or another namespace holds one with that very name. With `assume: complete` every missing ServiceAccount is reported. Never reported: `default`; anything in kube-system, kube-public and kube-node-lease; placeholders that cannot be names (`$KSA_NAME`, `<ksa>`)."
  },
  check(owner, context) {
    checkMissingReferences("ServiceAccount", owner, context);
  }
});

// rules/yaml-ambiguous-value/index.ts
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function* stringFields(resource) {
  const body = resource.body;
  const mapFields = function* (base, map) {
    for (const [key2, value] of Object.entries(record(map) ?? {})) yield { path: [...base, key2], value };
  };
  yield* mapFields(["metadata", "labels"], record(body["metadata"])?.["labels"]);
  yield* mapFields(["metadata", "annotations"], record(body["metadata"])?.["annotations"]);
  if (resource.kind === "ConfigMap") yield* mapFields(["data"], body["data"]);
  if (resource.kind === "Secret") yield* mapFields(["stringData"], body["stringData"]);
  if (resource.kind === "Service") yield* mapFields(["spec", "selector"], record(body["spec"])?.["selector"]);
}
function* podFields(resource, graph) {
  const pod = graph.podTemplateOf(resource);
  if (!pod) return;
  let template = resource.body;
  for (const key2 of pod.path) template = record(template)?.[key2];
  if (pod.path.length > 0) {
    const metadata = record(record(template)?.["metadata"]);
    for (const field of ["labels", "annotations"]) {
      for (const [key2, value] of Object.entries(record(metadata?.[field]) ?? {})) yield { path: [...pod.path, "metadata", field, key2], value };
    }
  }
  const spec = record(record(template)?.["spec"]) ?? {};
  for (const group of ["initContainers", "containers"]) {
    const containers = spec[group];
    if (!Array.isArray(containers)) continue;
    for (const [c, container] of containers.entries()) {
      const base = [...pod.specPath, group, c];
      for (const list of ["command", "args"]) {
        const items = record(container)?.[list];
        if (Array.isArray(items)) for (const [i, value] of items.entries()) yield { path: [...base, list, i], value };
      }
      const env = record(container)?.["env"];
      if (Array.isArray(env)) for (const [i, variable] of env.entries()) yield { path: [...base, "env", i, "value"], value: record(variable)?.["value"] };
    }
  }
}
function show(value) {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
var yaml_ambiguous_value_default = defineRule({
  id: "yaml-ambiguous-value",
  category: "yaml",
  severity: "error",
  description: "An unquoted value that Kubernetes (YAML 1.1) reads differently from YAML 1.2 tools, where a string is expected.",
  target: ["*"],
  messages: {
    ambiguous: (text2, yaml11, yaml12) => `\`${text2}\` is unquoted: Kubernetes reads it as ${yaml11} (YAML 1.1) where a string is expected, while YAML 1.2 tools read ${yaml12}. Quote it: "${text2}".`
  },
  docs: {
    diagnosis: "A label, annotation, env value, command argument or ConfigMap entry is written without quotes as `yes`, `no`, `on`, `off`, `y`, `n` or a number with a leading zero such as `0644`.",
    fix: 'Quote the value (`value: "yes"`, `mode: "0644"`), so every reader sees the same string.',
    why: 'Kubernetes decodes YAML with go-yaml v2, which follows YAML 1.1: `on` becomes the boolean true and `0644` the number 420. Where the API expects a string the object is rejected ("cannot unmarshal bool into Go struct field"), while editors, yq and Helm tooling that speak YAML 1.2 show you the string you meant.'
  },
  check(resource, { graph, report, messages }) {
    const fields = [...stringFields(resource), ...podFields(resource, graph)];
    for (const { path: path2, value } of fields) {
      if (typeof value !== "boolean" && typeof value !== "number") continue;
      const scalar = resource.scalarAt(...path2);
      if (!scalar?.plain) continue;
      const disagreement = yamlVersionDisagreement(scalar.text);
      if (!disagreement) continue;
      report(messages.ambiguous(scalar.text, show(disagreement.yaml11), show(disagreement.yaml12)), {
        at: path2,
        fix: (rangeOf) => ({ description: `Quote ${scalar.text}`, edits: [{ range: rangeOf({ path: path2 }), text: JSON.stringify(scalar.text) }] })
      });
    }
  }
});

// rules/yaml-duplicate-key/index.ts
var yaml_duplicate_key_default = defineParserRule({
  id: "yaml-duplicate-key",
  category: "yaml",
  severity: "error",
  description: "A mapping that repeats a key: Kubernetes rejects it, other tools silently keep one value.",
  messages: { duplicate: (detail) => detail },
  docs: {
    diagnosis: "The same key appears twice in one mapping, often after a merge conflict or a copy-paste (two `env:` or two `labels:` blocks).",
    fix: "Merge the two entries into one key and delete the other.",
    why: 'kubectl and the API server decode manifests strictly and fail with "mapping key already defined"; tools that accept the file (Helm, many YAML libraries) keep only the last value, so what you review is not what is applied.'
  }
});

// rules/yaml-syntax/index.ts
var yaml_syntax_default = defineParserRule({
  id: "yaml-syntax",
  category: "yaml",
  severity: "error",
  description: "A YAML document that does not parse; the other documents of the file are still linted.",
  messages: { syntax: (detail) => detail },
  docs: {
    diagnosis: "The parser stops at the reported line and column: a bad indentation, an unclosed quote or bracket, a tab used for indentation, a key without a colon.",
    fix: "Correct the syntax at the reported position. `kubectl apply --dry-run=client -f <file>` reports the same document.",
    why: "kubectl and the API server refuse the whole file when one document does not parse, so nothing in it is applied; shipshape keeps linting the other documents so that one typo does not hide other findings."
  }
});

// rules/index.ts
var rules = [
  api_version_deprecated_default,
  api_version_removed_default,
  file_unreadable_default,
  hpa_target_missing_default,
  istio_injection_label_conflict_default,
  istio_injection_label_misplaced_default,
  istio_namespace_not_injected_default,
  networkpolicy_blocks_dns_default,
  networkpolicy_blocks_statefulset_peers_default,
  networkpolicy_selects_nothing_default,
  resource_malformed_default,
  rolebinding_role_missing_default,
  schema_default,
  service_no_matching_pods_default,
  statefulset_service_missing_default,
  statefulset_service_not_headless_default,
  statefulset_service_selector_mismatch_default,
  unknown_kind_default,
  workload_configmap_missing_default,
  workload_pvc_missing_default,
  workload_secret_missing_default,
  workload_selector_mismatch_default,
  workload_serviceaccount_missing_default,
  yaml_ambiguous_value_default,
  yaml_duplicate_key_default,
  yaml_syntax_default
];
export {
  rules
};
