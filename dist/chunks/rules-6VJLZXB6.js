import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  kubeconformNames
} from "./chunk-67DVGMNT.js";
import {
  POD_TEMPLATE_OWNER_KINDS,
  SYSTEM_NAMESPACES,
  cached,
  cachedPer,
  formatSelector,
  isControllerLabel,
  isEmptySelector,
  labelsForSelector,
  matchesSelector,
  normalSelector,
  selectorFromMap,
  selectorImplies,
  selectorVerdict,
  splitApiVersion,
  yamlVersionDisagreement
} from "./chunk-BAYS3YCH.js";
import {
  formatPath
} from "./chunk-6GEXV4UB.js";
import "./chunk-4Q47YGAT.js";

// src/engine/rule.ts
function buildMessages(formatters) {
  const builders = {};
  for (const [id, format] of Object.entries(formatters)) {
    builders[id] = (...args) => ({ id, text: format(...args) });
  }
  return builders;
}
function metadataOf(definition) {
  return {
    id: definition.id,
    category: definition.category,
    severity: definition.severity,
    description: definition.description,
    docs: definition.docs,
    recommended: definition.recommended ?? true,
    messageIds: Object.keys(definition.messages),
    messages: buildMessages(definition.messages)
  };
}
function defineRule(definition) {
  return {
    ...metadataOf(definition),
    target: definition.target,
    reads: definition.reads ?? [],
    ...definition.options ? { options: definition.options } : {},
    stage: "graph",
    check: definition.check
  };
}
function defineParserRule(definition) {
  return { ...metadataOf(definition), target: [], reads: [], stage: "parser" };
}

// src/schema/builtin.ts
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";
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
function loadRuntime(linked) {
  const file = realpathSync(linked);
  const module = { exports: {} };
  const run = compileFunction(readFileSync(file, "utf8"), ["exports", "require", "module", "__filename", "__dirname"], { filename: file });
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}
function minor(version) {
  return Number(version.split(".")[1] ?? Number.NaN);
}
function builtinSchemas() {
  if (loaded) return loaded;
  const dir = schemasDirectory();
  const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8"));
  const runtime = loadRuntime(path.join(dir, "runtime.cjs"));
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
function matchesType(type, value) {
  switch (type) {
    case "null":
      return value === null;
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "string":
      return typeof value === "string";
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
  }
}
function own(record2, key2) {
  return record2 !== void 0 && Object.prototype.hasOwnProperty.call(record2, key2) ? record2[key2] : void 0;
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
  const serving = Object.keys(kinds).filter((apiVersion) => own(kinds[apiVersion], kind)?.id !== void 0);
  const groupOf = (apiVersion) => splitApiVersion(apiVersion).group;
  return serving.sort((a, b) => Number(groupOf(b) === group) - Number(groupOf(a) === group) || rank(splitApiVersion(b).version) - rank(splitApiVersion(a).version));
}
function replacementFor(catalog, group, kind) {
  const note = own(NO_SUCCESSOR, kind);
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
  return catalog.rememberForKind("api-status", apiVersion, kind, computeStatus);
}
function computeStatus(catalog, apiVersion, kind) {
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
  const historic = own(own(REMOVED_BEFORE_SCHEMAS, apiVersion), kind);
  if (historic !== void 0 && minorOf(catalog.target) < minorOf(historic)) return { status: "served" };
  if (historic !== void 0) return { status: "removed", removedIn: historic, replacement: replacementFor(catalog, group, kind) };
  const bundledGroupVersions = Object.entries(catalog.builtins.index.crds).flatMap(([candidate, kinds]) => {
    const declared = own(kinds, kind);
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
    for (const [other, kinds] of Object.entries(REMOVED_BEFORE_SCHEMAS)) if (own(kinds, kind) !== void 0) servedBefore.add(other);
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
  const exact = own(kinds, apiVersion);
  if (exact) return Object.keys(exact);
  const { group } = splitApiVersion(apiVersion);
  return [...new Set(Object.entries(kinds).filter(([candidate]) => splitApiVersion(candidate).group === group).flatMap(([, byKind]) => Object.keys(byKind)))];
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
  if (typeof schema.type === "string" && !matchesType(schema.type, value)) return false;
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
function crdDeclarations(crd) {
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
  return declared.flatMap((entry) => {
    const version = text(entry["name"]);
    if (version === void 0) return [];
    return [{ group, version, kind, namespaced, served: entry["served"] !== false, deprecated: entry["deprecated"] === true, rawSchema: openApiSchema(entry["schema"]) ?? shared }];
  });
}

// src/schema/interpret.ts
var LIMITS = [
  ["minimum", ">="],
  ["maximum", "<="],
  ["exclusiveMinimum", ">"],
  ["exclusiveMaximum", "<"]
];
function escapePointer(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
function length(text2) {
  let count = 0;
  for (const _ of text2) count += 1;
  return count;
}
function interpretedValidator(root, resolve, runtime) {
  const patterns = /* @__PURE__ */ new Map();
  const pattern = (source) => {
    let compiled = patterns.get(source);
    if (!compiled) {
      compiled = new RegExp(source);
      patterns.set(source, compiled);
    }
    return compiled;
  };
  const check = (schema, data, instancePath, schemaPath, errors, depth) => {
    const fail = (keyword, params, at = instancePath) => errors.push({ keyword, instancePath: at, schemaPath: `${schemaPath}/${keyword}`, params });
    if (depth > 64) return;
    if (schema.$ref !== void 0) {
      if (data === null && schema.nullable === true) return;
      const target = resolve(schema.$ref);
      if (typeof target === "function") {
        if (!target(data)) for (const error of target.errors ?? []) errors.push({ ...error, instancePath: `${instancePath}${error.instancePath}` });
      } else if (target !== void 0) {
        check(target, data, instancePath, `#/definitions/${refId(schema.$ref) ?? ""}`, errors, depth + 1);
      }
      return;
    }
    if (schema.type !== void 0) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (data === null && schema.nullable === true) {
        if (schema.enum === void 0) return;
      } else if (!types.some((type) => matchesType(type, data))) {
        fail("type", { type: Array.isArray(schema.type) ? schema.type.join(",") : schema.type });
        return;
      }
    }
    if (schema.enum !== void 0 && !schema.enum.some((allowed) => canonicalJson(allowed) === canonicalJson(data))) fail("enum", { allowedValues: schema.enum });
    if (typeof data === "number") {
      for (const [keyword, comparison] of LIMITS) {
        const limit = schema[keyword];
        if (limit === void 0) continue;
        const ok = comparison === ">=" ? data >= limit : comparison === "<=" ? data <= limit : comparison === ">" ? data > limit : data < limit;
        if (!ok) fail(keyword, { comparison, limit });
      }
      if (schema.multipleOf !== void 0 && !Number.isInteger(data / schema.multipleOf)) fail("multipleOf", { multipleOf: schema.multipleOf });
    }
    if (typeof data === "string") {
      if (schema.minLength !== void 0 && length(data) < schema.minLength) fail("minLength", { limit: schema.minLength });
      if (schema.maxLength !== void 0 && length(data) > schema.maxLength) fail("maxLength", { limit: schema.maxLength });
      if (schema.pattern !== void 0 && !pattern(schema.pattern).test(data)) fail("pattern", { pattern: schema.pattern });
    }
    if (schema.format !== void 0) {
      const format = own(runtime.formats, schema.format);
      const applies = format !== void 0 && (format.type === "string" ? typeof data === "string" : typeof data === "number");
      if (applies && !format.validate(data)) fail("format", { format: schema.format });
    }
    if (Array.isArray(data)) {
      if (schema.minItems !== void 0 && data.length < schema.minItems) fail("minItems", { limit: schema.minItems });
      if (schema.maxItems !== void 0 && data.length > schema.maxItems) fail("maxItems", { limit: schema.maxItems });
      if (schema.uniqueItems === true) {
        const seen = /* @__PURE__ */ new Map();
        for (let index = data.length - 1; index >= 0; index -= 1) {
          const key2 = canonicalJson(data[index]);
          const later = seen.get(key2);
          if (later !== void 0) {
            fail("uniqueItems", { i: index, j: later });
            break;
          }
          seen.set(key2, index);
        }
      }
      if (schema.items) {
        const items = schema.items;
        data.forEach((item, index) => check(items, item, `${instancePath}/${index}`, `${schemaPath}/items`, errors, depth + 1));
      }
    }
    if (isObject(data)) {
      const keys = Object.keys(data);
      if (schema.minProperties !== void 0 && keys.length < schema.minProperties) fail("minProperties", { limit: schema.minProperties });
      if (schema.maxProperties !== void 0 && keys.length > schema.maxProperties) fail("maxProperties", { limit: schema.maxProperties });
      for (const field of schema.required ?? []) if (data[field] === void 0) fail("required", { missingProperty: field });
      const properties = schema.properties ?? {};
      for (const key2 of keys) {
        const child = `${instancePath}/${escapePointer(key2)}`;
        const property = own(properties, key2);
        if (property) check(property, data[key2], child, `${schemaPath}/properties/${escapePointer(key2)}`, errors, depth + 1);
        else if (schema.additionalProperties === false) fail("additionalProperties", { additionalProperty: key2 });
        else if (isObject(schema.additionalProperties)) check(schema.additionalProperties, data[key2], child, `${schemaPath}/additionalProperties`, errors, depth + 1);
      }
      const exclusive = schema["x-at-most-one-of"];
      if (exclusive && exclusive.filter((field) => data[field] !== void 0 && data[field] !== null).length > 1) fail("x-at-most-one-of", { fields: exclusive });
    }
    for (const [index, branch] of (schema.allOf ?? []).entries()) check(branch, data, instancePath, `${schemaPath}/allOf/${index}`, errors, depth + 1);
    for (const keyword of ["anyOf", "oneOf"]) {
      const branches = schema[keyword];
      if (!branches) continue;
      const branchErrors = [];
      const passing = [];
      branches.forEach((branch, index) => {
        const before = branchErrors.length;
        check(branch, data, instancePath, `${schemaPath}/${keyword}/${index}`, branchErrors, depth + 1);
        if (branchErrors.length === before) passing.push(index);
      });
      const ok = keyword === "anyOf" ? passing.length > 0 : passing.length === 1;
      if (!ok) {
        errors.push(...branchErrors);
        fail(keyword, keyword === "oneOf" ? { passingSchemas: passing.length > 1 ? passing.slice(0, 2) : null } : {});
      }
    }
    if (schema.not) {
      const inner = [];
      check(schema.not, data, instancePath, `${schemaPath}/not`, inner, depth + 1);
      if (inner.length === 0) fail("not", {});
    }
  };
  const validate = (data) => {
    const errors = [];
    check(root, data, "", "#", errors, 0);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}
function refsOf(schema, out = /* @__PURE__ */ new Set()) {
  if (Array.isArray(schema)) for (const item of schema) refsOf(item, out);
  else if (isObject(schema)) {
    for (const [key2, value] of Object.entries(schema)) {
      if (key2 === "$ref" && typeof value === "string") out.add(value);
      else refsOf(value, out);
    }
  }
  return out;
}

// src/schema/catalog.ts
function key(apiVersion, kind) {
  return `${apiVersion}\0${kind}`;
}
var KindMap = class {
  byApiVersion = /* @__PURE__ */ new Map();
  /** The value, or undefined when there is none (store null rather than undefined to remember nothing). */
  get(apiVersion, kind) {
    return this.byApiVersion.get(apiVersion)?.get(kind);
  }
  set(apiVersion, kind, value) {
    let byKind = this.byApiVersion.get(apiVersion);
    if (!byKind) {
      byKind = /* @__PURE__ */ new Map();
      this.byApiVersion.set(apiVersion, byKind);
    }
    byKind.set(kind, value);
  }
};
var SchemaCatalog = class {
  /** The Kubernetes version the user targets (`1.35`, `1.21`). */
  target;
  /** The shipped Kubernetes version whose schemas are used (the target, or the nearest shipped). */
  version;
  builtins;
  inputCrds = /* @__PURE__ */ new Map();
  extra = /* @__PURE__ */ new Map();
  schemas = new KindMap();
  memo = /* @__PURE__ */ new Map();
  objectMetaRef;
  formats;
  constructor(target, crds, extraSchemas, builtins = builtinSchemas()) {
    this.builtins = builtins;
    this.target = target.replace(/^v/, "");
    this.version = schemaVersionFor(target, builtins.versions);
    this.objectMetaRef = definitionRef(builtins.index.kubernetes[this.version]?.objectMeta ?? "");
    this.formats = new Set(Object.keys(builtins.runtime.formats));
    for (const crd of crds) {
      for (const version of crdDeclarations(crd.body)) {
        const apiVersion = `${version.group}/${version.version}`;
        if (!this.inputCrds.has(key(apiVersion, version.kind))) this.inputCrds.set(key(apiVersion, version.kind), { ...version, crd });
      }
    }
    for (const schema of extraSchemas) if (!this.extra.has(schema.name)) this.extra.set(schema.name, schema);
  }
  /** Built-in kinds of the target version by apiVersion, then kind. */
  builtinEntry(apiVersion, kind, version = this.version) {
    return own(own(own(this.builtins.index.kubernetes, version)?.kinds, apiVersion), kind);
  }
  bundledEntry(apiVersion, kind) {
    return own(own(this.builtins.index.crds, apiVersion), kind);
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
  /**
   * A value computed once per catalog (per run) for one apiVersion/kind: what rules derive from the
   * schemas for a kind. `what` names the value; `compute` gets the catalog and the kind, so callers
   * asking once per resource need not allocate a closure for it.
   */
  rememberForKind(what, apiVersion, kind, compute) {
    let values = this.memo.get(what);
    if (!values) {
      values = new KindMap();
      this.memo.set(what, values);
    }
    const known = values.get(apiVersion, kind);
    if (known !== void 0) return known;
    const value = compute(this, apiVersion, kind);
    values.set(apiVersion, kind, value);
    return value;
  }
  /** The schema a resource of apiVersion/kind is validated against, or undefined when there is none. */
  schemaFor(apiVersion, kind) {
    const known = this.schemas.get(apiVersion, kind);
    if (known !== void 0) return known ?? void 0;
    const found = this.find(apiVersion, kind);
    this.schemas.set(apiVersion, kind, found ?? null);
    return found;
  }
  find(apiVersion, kind) {
    const extra = this.extraSchema(apiVersion, kind);
    if (extra) return this.interpreted({ type: "schema-dir", file: extra.file }, extra.schema);
    const crd = this.inputCrd(apiVersion, kind);
    if (crd?.served) return this.interpreted({ type: "input-crd", crd: crd.crd }, customResourceRoot(crd.rawSchema, { formats: this.formats, objectMetaRef: this.objectMetaRef, stats: emptyStats() }));
    const builtin = this.builtinEntry(apiVersion, kind);
    if (builtin?.id !== void 0) return this.precompiled({ type: "kubernetes", version: this.version }, builtin.id);
    const bundled = this.bundledEntry(apiVersion, kind);
    if (bundled?.id !== void 0 && bundled.bundle !== void 0) return this.precompiled({ type: "bundled-crd", bundle: bundled.bundle }, bundled.id);
    return void 0;
  }
  precompiled(origin, id) {
    let validator;
    return {
      origin,
      validator: () => validator ??= precompiledValidator(this.builtins.runtime, id),
      // A reference rather than the definition itself, so messages can name the root's type too.
      root: () => ({ $ref: definitionRef(id) })
    };
  }
  /**
   * A schema that came with the input or `--schema-dir`: interpreted rather than compiled, since a
   * run validates only a few objects against it. Its `$ref`s resolve to built-in definitions
   * (precompiled) or to the file's own `definitions`; one that resolves to nothing makes the schema
   * unusable, which `unknown-kind` reports.
   */
  interpreted(origin, schema) {
    const root = isObject(schema) ? schema : {};
    const local = isObject(schema) && isObject(schema["definitions"]) ? schema["definitions"] : {};
    const resolve = (ref) => {
      const id = refId(ref);
      if (id === void 0) return void 0;
      const definition = own(local, id);
      if (definition !== void 0) return definition;
      try {
        return this.builtins.runtime.load(id);
      } catch {
        return void 0;
      }
    };
    const unresolved = [...refsOf(schema)].filter((ref) => resolve(ref) === void 0);
    const validate = unresolved.length === 0 ? interpretedValidator(root, resolve, this.builtins.runtime) : void 0;
    return {
      origin,
      validator: () => validate,
      root: () => root,
      ...unresolved.length === 0 ? {} : { problem: `the reference ${unresolved[0] ?? ""} resolves to nothing` }
    };
  }
};
function precompiledValidator(runtime, id) {
  const validate = (data) => {
    const full = runtime.load(id);
    const valid = full(data);
    validate.errors = full.errors;
    return valid;
  };
  validate.check = runtime.check(id);
  return validate;
}
var catalogs = /* @__PURE__ */ new WeakMap();
function catalogFor(graph, settings) {
  const bySettings = cached(catalogs, graph, () => /* @__PURE__ */ new WeakMap());
  return cached(bySettings, settings, () => new SchemaCatalog(settings.kubernetesVersion, graph.ofKind("CustomResourceDefinition"), settings.extraSchemas ?? []));
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
  check(resource, { graph, settings, report, messages: messages2 }) {
    const catalog = catalogFor(graph, settings);
    const status = apiStatus(catalog, resource.apiVersion, resource.kind);
    if (status.status !== "served" || status.deprecated === void 0) return;
    const { replacement, removedIn, byCrd, source } = status.deprecated;
    const at = ["apiVersion"];
    if (byCrd === true && source !== void 0) report(messages2.deprecatedByCrd(resource.apiVersion, resource.kind, source, replacement), { at });
    else if (replacement !== void 0 && source !== void 0) report(messages2.stableInCrd(resource.apiVersion, resource.kind, source, replacement), { at });
    else if (replacement !== void 0) report(messages2.stableExists(resource.apiVersion, resource.kind, catalog.target, replacement, removedIn), { at });
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
  check(resource, { graph, settings, report, messages: messages2 }) {
    const catalog = catalogFor(graph, settings);
    const status = apiStatus(catalog, resource.apiVersion, resource.kind);
    const at = ["apiVersion"];
    const target = catalog.target;
    switch (status.status) {
      case "removed":
        report(messages2.removed(resource.apiVersion, resource.kind, target, status.removedIn, status.replacement), { at });
        break;
      case "not-yet":
        report(messages2.notYetServed(resource.apiVersion, resource.kind, target, status.since), { at });
        break;
      case "never":
        report(messages2.neverServed(resource.apiVersion, resource.kind, target, status.servedNow, status.servedBefore), { at });
        break;
      case "not-served-by-crd":
        report(messages2.notServedByCrd(resource.apiVersion, resource.kind, status.source, status.served), { at });
        break;
      default:
        break;
    }
  }
});

// src/k8s/containers.ts
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var containerCache = /* @__PURE__ */ new WeakMap();
function containersOf(pod) {
  return cached(containerCache, pod, readContainers);
}
function readContainers(pod) {
  const found = [];
  for (const list of ["containers", "initContainers"]) {
    const containers = pod.spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (!isRecord(container)) return;
      const typed = container;
      const role = list === "containers" ? "app" : typed.restartPolicy === "Always" ? "sidecar" : "init";
      found.push({ container: typed, path: [...pod.specPath, list, index], role });
    });
  }
  return found;
}
var portCache = /* @__PURE__ */ new WeakMap();
function servingPorts(pod) {
  return cached(portCache, pod, readServingPorts);
}
function readServingPorts(pod) {
  const ports = [];
  for (const entry of containersOf(pod)) {
    if (entry.role === "init") continue;
    const declared = entry.container.ports;
    if (!Array.isArray(declared)) continue;
    declared.forEach((port, index) => {
      if (isRecord(port)) ports.push({ port, path: [...entry.path, "ports", index], container: entry });
    });
  }
  return ports;
}
var wordCache = /* @__PURE__ */ new WeakMap();
function commandWords(entry) {
  return cached(wordCache, entry, readCommandWords);
}
function readCommandWords(entry) {
  const words = (field) => {
    const list = entry.container[field];
    if (!Array.isArray(list)) return [];
    return list.flatMap((word, index) => typeof word === "string" ? [{ text: word, path: [...entry.path, field, index] }] : []);
  };
  return { command: words("command"), args: words("args") };
}

// src/k8s/variable-expansion.ts
function variableReferences(text2) {
  const references = [];
  if (!text2.includes("$")) return references;
  for (let cursor = 0; cursor < text2.length - 1; cursor++) {
    if (text2[cursor] !== "$") continue;
    const next = text2[cursor + 1];
    if (next === "(") {
      const close = text2.indexOf(")", cursor + 2);
      if (close === -1) return references;
      references.push({ name: text2.slice(cursor + 2, close), start: cursor, end: close + 1 });
      cursor = close;
    } else {
      cursor += 1;
    }
  }
  return references;
}
function expandVariables(text2, lookup) {
  if (!text2.includes("$")) return text2;
  let out = "";
  let checkpoint = 0;
  for (let cursor = 0; cursor < text2.length - 1; cursor++) {
    if (text2[cursor] !== "$") continue;
    const next = text2[cursor + 1];
    out += text2.slice(checkpoint, cursor);
    if (next === "(") {
      const close = text2.indexOf(")", cursor + 2);
      if (close === -1) {
        out += "$(";
        cursor += 1;
      } else {
        const name = text2.slice(cursor + 2, close);
        out += lookup(name) ?? `$(${name})`;
        cursor = close;
      }
    } else {
      out += next === "$" ? "$" : `$${next}`;
      cursor += 1;
    }
    checkpoint = cursor + 1;
  }
  return out + text2.slice(checkpoint);
}
function isVariableName(name) {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) && !/[.-]$/.test(name);
}
function shellParameterSyntax(name) {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:##|#|%%|%|:-|:=|:\+|:\?|-|=|\+|\?|\/\/|\/|\^\^|\^|,,|,|:\d)/.exec(name);
  return match?.[1];
}

// src/k8s/container-env.ts
var POD_NAME_MARK = "\uE000";
var UNKNOWN_MARK = "\uE001";
var SERVICE_LINK = /^[A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?)$/;
function isServiceLinkVariable(name) {
  return SERVICE_LINK.test(name);
}
function isRecord2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function sourceOf(entry) {
  if (entry.valueFrom === void 0 || entry.valueFrom === null) return "value";
  if (entry.valueFrom.fieldRef) return "fieldRef";
  if (entry.valueFrom.resourceFieldRef) return "resourceFieldRef";
  if (entry.valueFrom.configMapKeyRef) return "configMapKeyRef";
  if (entry.valueFrom.secretKeyRef) return "secretKeyRef";
  return "other";
}
var WrittenEntry = class {
  constructor(name, index, source, containerPath) {
    this.name = name;
    this.index = index;
    this.source = source;
    this.containerPath = containerPath;
  }
  name;
  index;
  source;
  containerPath;
  get path() {
    return [...this.containerPath, "env", this.index];
  }
};
function readEntries(container) {
  const env = container.container.env;
  if (!Array.isArray(env)) return [];
  const entries = [];
  env.forEach((raw, index) => {
    if (!isRecord2(raw) || typeof raw["name"] !== "string") return;
    const typed = raw;
    const source = sourceOf(typed);
    const entry = new WrittenEntry(typed.name, index, source, container.path);
    if (source === "value") entry.literal = typed.value === void 0 || typed.value === null ? "" : String(typed.value);
    const fieldPath = typed.valueFrom?.fieldRef?.fieldPath;
    if (typeof fieldPath === "string") entry.fieldPath = fieldPath;
    entries.push(entry);
  });
  return entries;
}
function sourceVariables(graph, namespace, source) {
  const prefix = typeof source.prefix === "string" ? source.prefix : "";
  const out = /* @__PURE__ */ new Map();
  if (source.configMapRef) {
    const name = source.configMapRef.name;
    const configMap = typeof name === "string" ? graph.find("ConfigMap", namespace, name) : void 0;
    if (!configMap) return void 0;
    for (const [key2, value] of Object.entries(configMap.body.data ?? {})) out.set(prefix + key2, String(value));
    return out;
  }
  if (source.secretRef) {
    const name = source.secretRef.name;
    const secret = typeof name === "string" ? graph.find("Secret", namespace, name) : void 0;
    if (!secret || secret.body.type === "kubernetes.io/service-account-token") return void 0;
    for (const key2 of [...Object.keys(secret.body.data ?? {}), ...Object.keys(secret.body.stringData ?? {})]) out.set(prefix + key2, UNKNOWN_MARK);
    return out;
  }
  return void 0;
}
function completionIndexEntry(pod, container, entries) {
  const owner = pod.owner.body;
  const mode = pod.owner.kind === "Job" ? owner.spec?.completionMode : pod.owner.kind === "CronJob" ? owner.spec?.jobTemplate?.spec?.completionMode : void 0;
  if (mode !== "Indexed" || entries.some((entry) => entry.name === "JOB_COMPLETION_INDEX")) return void 0;
  return { name: "JOB_COMPLETION_INDEX", index: entries.length, source: "fieldRef", fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']", path: [...container.path, "env"], addedBy: "the Job controller (Indexed Jobs), at the end of env" };
}
function fieldValue(fieldPath, pod) {
  if (fieldPath === "metadata.name") return POD_NAME_MARK;
  if (fieldPath === "metadata.namespace") return pod.namespace;
  return UNKNOWN_MARK;
}
var envCache = /* @__PURE__ */ new WeakMap();
function containerEnv(graph, pod, container) {
  const byContainer = cached(envCache, graph, () => /* @__PURE__ */ new WeakMap());
  return cached(byContainer, container.container, () => buildContainerEnv(graph, pod, container));
}
var LazyContainerEnv = class {
  constructor(graph, pod, container, entries) {
    this.graph = graph;
    this.pod = pod;
    this.container = container;
    this.entries = entries;
    this.serviceLinks = pod.spec.enableServiceLinks !== false;
  }
  graph;
  pod;
  container;
  entries;
  sources;
  values;
  serviceLinks;
  readSources() {
    if (this.sources) return this.sources;
    const variables = /* @__PURE__ */ new Map();
    let open = false;
    const envFrom = this.container.container.envFrom;
    for (const source of Array.isArray(envFrom) ? envFrom : []) {
      const found = isRecord2(source) ? sourceVariables(this.graph, this.pod.namespace, source) : void 0;
      if (found === void 0) open = true;
      else for (const [key2, value] of found) variables.set(key2, value);
    }
    this.sources = { variables, open };
    return this.sources;
  }
  get fromSources() {
    return this.readSources().variables;
  }
  get openSources() {
    return this.readSources().open;
  }
  get final() {
    if (this.values) return this.values;
    const running = new Map(this.fromSources);
    for (const entry of this.entries) {
      const value = entry.source === "value" ? expandVariables(entry.literal ?? "", (name) => running.get(name)) : entry.source === "fieldRef" ? fieldValue(entry.fieldPath, this.pod) : UNKNOWN_MARK;
      running.set(entry.name, value);
    }
    this.values = running;
    return running;
  }
};
function buildContainerEnv(graph, pod, container) {
  const entries = readEntries(container);
  const completionIndex = completionIndexEntry(pod, container, entries);
  if (completionIndex) entries.push(completionIndex);
  return new LazyContainerEnv(graph, pod, container, entries);
}
function definitionOf(env, name, index) {
  if (env.entries.some((entry) => entry.name === name && (index === void 0 || entry.index < index))) return "earlier";
  if (env.fromSources.has(name)) return "env-from";
  if (env.openSources) return "maybe";
  if (env.serviceLinks && isServiceLinkVariable(name)) return "maybe";
  if (index !== void 0 && env.entries.some((entry) => entry.name === name && entry.index > index)) return "later";
  return "undefined";
}

// src/k8s/dns-names.ts
var VARIABLE = String.raw`\$\([A-Za-z_][A-Za-z0-9_]*\)|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*`;
var PIECE = String.raw`(?:[A-Za-z0-9_\-${POD_NAME_MARK}${UNKNOWN_MARK}]|${VARIABLE})`;
var HOST = new RegExp(String.raw`(?<![A-Za-z0-9_.\-$}{%\\${POD_NAME_MARK}${UNKNOWN_MARK}])(?<![^/]/)(?<!^/)${PIECE}{1,63}(?:\.${PIECE}{1,63}){1,126}\.?(?!\.?[{$%(\[@A-Za-z0-9_])`, "g");
var SRV_SCHEMES = {
  "mongodb+srv": { service: "mongodb", protocol: "tcp" }
};
var VARIABLES = new RegExp(VARIABLE, "g");
function withoutVariables(text2) {
  return text2.replace(VARIABLES, "");
}
function hostMentions(text2) {
  const mentions = [];
  if (!text2.includes(".")) return mentions;
  for (const match of text2.matchAll(HOST)) {
    const start = match.index;
    const host = match[0].endsWith(".") ? match[0].slice(0, -1) : match[0];
    if (/[A-Z]/.test(withoutVariables(host))) continue;
    const end = start + host.length;
    const after = text2.slice(start + match[0].length);
    if (after.startsWith("=") || /^:(?!\d)/.test(after)) continue;
    const mention = { host, start, end };
    const port = /^:(\d{1,5})(?!\d)/.exec(after);
    if (port?.[1] !== void 0) mention.port = Number(port[1]);
    const before = text2.slice(Math.max(0, start - 200), start);
    const scheme = before.includes("://") ? /([a-z][a-z0-9+.-]*):\/\/(?:[^\s@/]*@)?$/.exec(before) : null;
    const srv = scheme?.[1] === void 0 || !Object.hasOwn(SRV_SCHEMES, scheme[1]) ? void 0 : SRV_SCHEMES[scheme[1]];
    if (srv) mention.srv = srv;
    mentions.push(mention);
  }
  return mentions;
}
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var SERVICE_LABEL = /^[a-z]/;
var SRV_LABEL = /^_[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function label(text2) {
  if (text2 === POD_NAME_MARK) return { kind: "own-pod" };
  if (text2.includes("$") || text2.includes(UNKNOWN_MARK) || text2.includes(POD_NAME_MARK)) return { kind: "unknown" };
  if (DNS_LABEL.test(text2) && text2.length <= 63) return { kind: "literal", text: text2 };
  return void 0;
}
function serviceMeanings(labels, namespaceText) {
  const namespace = namespaceText === void 0 ? void 0 : label(namespaceText);
  if (namespaceText !== void 0 && namespace === void 0) return [];
  const parts = labels.map((text2) => ({ text: text2, parsed: label(text2) }));
  const service = parts[parts.length - 1];
  if (service?.parsed?.kind === "literal" && !SERVICE_LABEL.test(service.text)) return [];
  if (parts.length === 1) return service?.parsed ? [{ form: "service", service: service.parsed, namespace }] : [];
  if (parts.length === 2) {
    const pod = parts[0];
    return pod?.parsed && service?.parsed ? [{ form: "pod", pod: pod.parsed, service: service.parsed, namespace }] : [];
  }
  if (parts.length === 3) {
    const [port, protocol] = parts;
    if (!port || !protocol || !SRV_LABEL.test(port.text) || !SRV_LABEL.test(protocol.text) || !service?.parsed) return [];
    return [{ form: "srv", port: port.text.slice(1), protocol: protocol.text.slice(1), service: service.parsed, namespace }];
  }
  return [];
}
function parseHost(host) {
  const labels = host.toLowerCase().split(".");
  const svc = labels.lastIndexOf("svc");
  if (svc >= 1) {
    const domain = labels.slice(svc + 1).join(".");
    const before = labels.slice(0, svc);
    if (before.length === 1) {
      const namespace = label(before[0] ?? "");
      return { domain, meanings: namespace ? [{ form: "namespace", namespace }] : [] };
    }
    return { domain, meanings: serviceMeanings(before.slice(0, -1), before[before.length - 1]) };
  }
  if (labels.length < 2) return { meanings: [] };
  const inOwnNamespace = serviceMeanings(labels, void 0);
  const inNamedNamespace = serviceMeanings(labels.slice(0, -1), labels[labels.length - 1]);
  return { meanings: [...inOwnNamespace, ...inNamedNamespace] };
}

// src/k8s/shell.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh"]);
var COMMAND_OPTION = /^-[a-zA-Z]*c[a-zA-Z]*$/;
var OTHER_OPTION = /^(-[a-zA-Z]+|\+[a-zA-Z]+|--[a-z-]+)$/;
function basename(word) {
  return word.slice(word.lastIndexOf("/") + 1);
}
function scriptAfter(words, from) {
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? "";
    if (COMMAND_OPTION.test(word)) return i + 1 < words.length ? i + 1 : void 0;
    if (word === "-o" || word === "+o") {
      i += 1;
      continue;
    }
    if (!OTHER_OPTION.test(word)) return void 0;
  }
  return void 0;
}
function shellScriptIndexes(words) {
  const scripts = /* @__PURE__ */ new Set();
  if (words.length > 0 && COMMAND_OPTION.test(words[0] ?? "")) {
    const script = scriptAfter(words, 0);
    if (script !== void 0) scripts.add(script);
  }
  words.forEach((word, index) => {
    if (!SHELLS.has(basename(word))) return;
    const script = scriptAfter(words, index + 1);
    if (script !== void 0) scripts.add(script);
  });
  return scripts;
}

// src/k8s/dns-mentions.ts
function mentionsInText(text2, expand, base) {
  return hostMentions(text2).map((mention) => {
    const found = { ...base, written: mention.host, parsed: parseHost(expand(mention.host)) };
    if (mention.port !== void 0) found.port = mention.port;
    if (mention.srv) found.srv = mention.srv;
    return found;
  });
}
function shellExpansion(env) {
  const value = (name) => name === "HOSTNAME" ? POD_NAME_MARK : env.final.get(name) ?? UNKNOWN_MARK;
  return (text2) => text2.replace(/\$\(hostname\)/g, POD_NAME_MARK).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced, bare) => value(braced ?? bare ?? ""));
}
function kubeletExpansion(lookup) {
  return (text2) => expandVariables(text2, lookup);
}
var asWritten = (text2) => text2;
function earlierVariables(env, index) {
  const running = new Map(env.fromSources);
  for (const variable of env.entries) {
    if (variable.index >= index) break;
    running.set(variable.name, env.final.get(variable.name) ?? UNKNOWN_MARK);
  }
  return running;
}
function containerMentions(graph, pod, entry) {
  const env = containerEnv(graph, pod, entry);
  const name = entry.container.name;
  const base = { resource: pod.owner, namespace: pod.namespace, pod };
  const found = [];
  for (const variable of env.entries) {
    const literal2 = variable.literal;
    if (variable.source !== "value" || literal2 === void 0 || !literal2.includes(".")) continue;
    let earlier;
    const expand = literal2.includes("$") ? kubeletExpansion((key2) => (earlier ??= earlierVariables(env, variable.index)).get(key2)) : asWritten;
    found.push(...mentionsInText(literal2, expand, { ...base, path: [...variable.path, "value"], place: `env ${variable.name} of container ${name}` }));
  }
  const { command, args } = commandWords(entry);
  const words = [...command, ...args];
  if (!words.some((word) => word.text.includes("."))) return found;
  const scripts = shellScriptIndexes(words.map((word) => word.text));
  const kubelet = kubeletExpansion((key2) => env.final.get(key2));
  const shell = shellExpansion(env);
  words.forEach((word, index) => {
    if (!word.text.includes(".")) return;
    const expand = !word.text.includes("$") ? asWritten : scripts.has(index) ? (text2) => shell(kubelet(text2)) : kubelet;
    const field = index < command.length ? "command" : "args";
    found.push(...mentionsInText(word.text, expand, { ...base, path: word.path, place: `${field} of container ${name}` }));
  });
  return found;
}
function configMapMentions(configMap) {
  const namespace = configMap.namespace;
  const data = configMap.body.data;
  if (namespace === void 0 || data === null || typeof data !== "object") return [];
  return Object.entries(data).flatMap(
    ([key2, value]) => typeof value === "string" ? mentionsInText(value, (text2) => text2, { resource: configMap, namespace, path: ["data", key2], place: `key ${key2}` }) : []
  );
}
function externalNameMention(service) {
  const host = service.body.spec?.externalName;
  if (service.namespace === void 0 || service.body.spec?.type !== "ExternalName" || typeof host !== "string") return [];
  const written = host.replace(/\.$/, "");
  return [{ resource: service, path: ["spec", "externalName"], written, parsed: parseHost(written), namespace: service.namespace, place: "spec.externalName" }];
}
function istioHostPaths(resource) {
  const spec = resource.body.spec;
  if (spec === void 0 || spec === null || typeof spec !== "object") return [];
  if (resource.kind === "DestinationRule") return [["spec", "host"]];
  if (resource.kind !== "VirtualService") return [];
  const paths = [];
  const list = (value) => Array.isArray(value) ? value : [];
  for (const section of ["http", "tcp", "tls"]) {
    list(spec[section]).forEach((route, i) => {
      const routeBody = route !== null && typeof route === "object" ? route : {};
      list(routeBody["route"]).forEach((_, j) => paths.push(["spec", section, i, "route", j, "destination", "host"]));
      if (routeBody["mirror"] !== void 0) paths.push(["spec", section, i, "mirror", "host"]);
      list(routeBody["mirrors"]).forEach((_, j) => paths.push(["spec", section, i, "mirrors", j, "destination", "host"]));
    });
  }
  return paths;
}
function valueAt(body, path2) {
  let current = body;
  for (const segment of path2) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function istioMentions(resource) {
  const namespace = resource.namespace;
  if (namespace === void 0 || !resource.group.endsWith("istio.io")) return [];
  return istioHostPaths(resource).flatMap((path2) => {
    const host = valueAt(resource.body, path2);
    if (typeof host !== "string" || host.includes("*") || host.includes("/")) return [];
    const base = { resource, path: path2, written: host, namespace, place: formatPath(path2), istio: true };
    if (!host.includes(".")) return [{ ...base, parsed: parseHost(`${host}.${namespace}.svc`) }];
    const parsed = parseHost(host);
    return parsed.domain === void 0 ? [] : [{ ...base, parsed }];
  });
}
function findMentions(graph, resource) {
  if (resource.is("ConfigMap")) return configMapMentions(resource);
  if (resource.is("Service")) return externalNameMention(resource);
  const pod = graph.podTemplateOf(resource);
  if (pod) return containersOf(pod).flatMap((entry) => containerMentions(graph, pod, entry));
  return istioMentions(resource);
}
var mentionCache = /* @__PURE__ */ new WeakMap();
function dnsMentionsIn(graph, resource) {
  return cached(mentionCache, resource, () => findMentions(graph, resource));
}
var DNS_MENTION_KINDS = ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "ConfigMap", "Service", "VirtualService", "DestinationRule"];

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
    for (const range2 of current) {
      if (!overlaps(range2, hole)) {
        next.push(range2);
        continue;
      }
      if (range2.first < hole.first) next.push({ family: range2.family, first: range2.first, last: hole.first - 1n });
      if (range2.last > hole.last) next.push({ family: range2.family, first: hole.last + 1n, last: range2.last });
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
  const holes = except.map((entry) => typeof entry === "string" ? parseCidr(entry) : void 0).filter((range2) => range2 !== void 0);
  return subtractRanges([cidr], holes);
}
function cidrs(...texts) {
  return texts.map((text2) => {
    const range2 = parseCidr(text2);
    if (!range2) throw new Error(`not a CIDR: ${text2}`);
    return range2;
  });
}
var CLUSTER_ADDRESSES = cidrs("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "::/0");
var NODE_LOCAL_DNS = cidrs("169.254.20.10/32");
var ANY_ADDRESS = cidrs("0.0.0.0/0", "::/0");

// src/k8s/service-ports.ts
function servicePortsOf(service) {
  const ports = service.body.spec?.ports;
  if (!Array.isArray(ports)) return [];
  return ports.flatMap((port, index) => port !== null && typeof port === "object" && !Array.isArray(port) ? [{ port: shapedPort(port), index }] : []);
}
function shapedPort(port) {
  const badName = port["name"] !== void 0 && typeof port["name"] !== "string";
  const badProtocol = port["protocol"] !== void 0 && typeof port["protocol"] !== "string";
  if (!badName && !badProtocol) return port;
  const copy = { ...port };
  if (badName) delete copy["name"];
  if (badProtocol) copy["protocol"] = "TCP";
  return copy;
}
var PORT_NAME = /^(?=.*[a-z])[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;
function targetPortName(port) {
  const target = port.targetPort;
  return typeof target === "string" && PORT_NAME.test(target) && !target.includes("--") ? target : void 0;
}
function lookupNamedPort(pod, name, protocol) {
  const lookup = {};
  for (const declared of servingPorts(pod)) {
    if (declared.port.name !== name) continue;
    if ((declared.port.protocol ?? "TCP") === protocol) return { match: declared };
    lookup.otherProtocol ??= declared;
  }
  return lookup;
}

// src/k8s/network-policy.ts
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
function isRecord3(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function records(value) {
  return Array.isArray(value) ? value.filter(isRecord3) : [];
}
function isolates(policy, direction) {
  const spec = policy.body.spec;
  const declared = spec?.policyTypes;
  if (Array.isArray(declared) && declared.length > 0) return declared.includes(direction);
  if (direction === "Ingress") return true;
  const egress = spec?.egress;
  return Array.isArray(egress) && egress.some(isRecord3);
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
  return isRecord3(selector) ? selector : {};
}
function policiesSelecting(graph, pod) {
  return graph.networkPoliciesSelecting(pod);
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
  for (const [key2, value] of Object.entries(normalSelector(selector).matchLabels ?? {})) labels[key2] = String(value);
  return { labels, mayHave: () => true };
}
function podPortNames(pod) {
  if (!pod) return () => "maybe";
  return (name, port, protocol) => lookupNamedPort(pod, name, protocol).match?.port.containerPort === port ? "yes" : "no";
}
function wellKnownPortNames(known) {
  return (name, port, protocol) => {
    const entry = Object.prototype.hasOwnProperty.call(known, name) ? known[name] : void 0;
    if (!entry) return "maybe";
    return entry.port === port && entry.protocol === protocol ? "yes" : "no";
  };
}
function allOf(...verdicts) {
  if (verdicts.includes("no")) return "no";
  return verdicts.includes("maybe") ? "maybe" : "yes";
}
function peerVerdict(peer, policyNamespace, other) {
  if (isRecord3(peer.ipBlock)) {
    const ranges = ipBlockRanges(peer.ipBlock);
    return ranges === void 0 || anyOverlap(ranges, other.addresses) ? "maybe" : "no";
  }
  const podSelector = isRecord3(peer.podSelector) ? peer.podSelector : void 0;
  const namespaceSelector = isRecord3(peer.namespaceSelector) ? peer.namespaceSelector : void 0;
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
function anyEntry(list, verdict) {
  if (!Array.isArray(list)) return "yes";
  let result;
  for (const entry of list) {
    if (!isRecord3(entry)) continue;
    const answer = verdict(entry);
    if (answer === "yes") return "yes";
    if (answer === "maybe" || result === void 0) result = answer;
  }
  return result ?? "yes";
}
function ruleVerdict(rule, direction, policyNamespace, other, connection) {
  const portAllowed = anyEntry(rule.ports, (port) => portVerdict(port, connection));
  if (portAllowed === "no") return "no";
  return allOf(portAllowed, anyEntry(direction === "Ingress" ? rule.from : rule.to, (peer) => peerVerdict(peer, policyNamespace, other)));
}
function allows(policies, direction, other, connection) {
  let isolated = false;
  let result = "no";
  for (const policy of policies) {
    if (!isolates(policy, direction)) continue;
    isolated = true;
    for (const rule of rulesOf(policy, direction)) {
      const verdict = ruleVerdict(rule, direction, policy.namespace ?? "", other, connection);
      if (verdict === "yes") return "yes";
      if (verdict === "maybe") result = "maybe";
    }
  }
  return isolated ? result : "yes";
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
function bySamePolicies(compute) {
  const answers = /* @__PURE__ */ new Map();
  return (subject) => {
    const key2 = subject.policies.map((policy) => policy.id).join(",");
    let answer = answers.get(key2);
    if (answer === void 0 && !answers.has(key2)) {
      answer = compute(subject);
      answers.set(key2, answer);
    }
    return answer;
  };
}
function describeSubject(subject, policy) {
  return subject.pod ? `the pods of ${subject.pod.owner.kind} ${subject.pod.owner.name}` : `the pods it selects in namespace ${policy.namespace ?? ""}`;
}

// src/k8s/istiod.ts
var XDS_PORT = 15012;
var WEBHOOK_PORT = 15017;
var ISTIOD_LABELS = { app: "istiod", istio: "pilot" };
var ISTIOD_PORT_NAMES = wellKnownPortNames({
  "http-debug": { port: 8080, protocol: "TCP" },
  "grpc-xds": { port: 15010, protocol: "TCP" },
  "tls-xds": { port: XDS_PORT, protocol: "TCP" },
  "https-webhooks": { port: WEBHOOK_PORT, protocol: "TCP" },
  "http-monitoring": { port: 15014, protocol: "TCP" }
});
function isIstiodPod(pod) {
  return pod.labels["app"] === "istiod";
}
var istiodCache = /* @__PURE__ */ new WeakMap();
function istiodOf(graph, settings) {
  return cachedPer(istiodCache, graph, settings.istio.namespace, () => findIstiod(graph, settings));
}
function findIstiod(graph, settings) {
  const inIstioNamespace = graph.podsSelectedBy({ app: "istiod" }, settings.istio.namespace);
  const pods = inIstioNamespace.length > 0 ? inIstioNamespace : graph.pods().filter(isIstiodPod);
  if (pods.length > 0) {
    return {
      pods,
      peers: pods.map((pod) => ({ peer: { pod: { namespace: pod.namespace, namespaceLabels: namespaceFacts(graph, pod.namespace), labels: podFacts(pod) }, addresses: CLUSTER_ADDRESSES }, names: podPortNames(pod) })),
      description: [...new Set(pods.map((pod) => `${pod.owner.kind} ${pod.namespace}/${pod.owner.name}`))].join(", ")
    };
  }
  const namespace = settings.istio.namespace;
  return {
    pods: [],
    peers: [{ peer: { pod: { namespace, namespaceLabels: namespaceFacts(graph, namespace), labels: istiodLabelFacts() }, addresses: CLUSTER_ADDRESSES }, names: ISTIOD_PORT_NAMES }],
    description: `the istiod pods in namespace ${namespace}`
  };
}
function istiodLabelFacts() {
  return { labels: ISTIOD_LABELS, mayHave: (key2) => !Object.prototype.hasOwnProperty.call(ISTIOD_LABELS, key2) };
}

// rules/cluster-domain-mismatch/index.ts
function namespaceOf(mention) {
  const meaning = mention.parsed.meanings[0];
  const namespace = meaning?.namespace;
  return namespace?.kind === "literal" ? namespace.text : void 0;
}
function dig(value, path2) {
  let current = value;
  for (const key2 of path2) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key2];
  }
  return current;
}
function domainArgument(words) {
  for (const [index, word] of words.entries()) {
    if (word.text.startsWith("--domain=")) return { value: word.text.slice("--domain=".length), path: word.path };
    const next = words[index + 1];
    if (word.text === "--domain" && next) return { value: next.text, path: next.path };
  }
  return void 0;
}
var acceptedCache = /* @__PURE__ */ new WeakMap();
function acceptedDomains(clusterDomain, options) {
  const cached2 = acceptedCache.get(options);
  if (cached2?.clusterDomain === clusterDomain) return cached2.domains;
  const domains = /* @__PURE__ */ new Set([clusterDomain, "clusterset.local", ...options.otherClusterDomains]);
  acceptedCache.set(options, { clusterDomain, domains });
  return domains;
}
var ISTIO_VALUE_KINDS = /* @__PURE__ */ new Set(["install.istio.io/IstioOperator", "sailoperator.io/Istio", "sailoperator.io/IstioRevision"]);
var cluster_domain_mismatch_default = defineRule({
  id: "cluster-domain-mismatch",
  category: "dns",
  severity: "error",
  description: "A cluster DNS name, an istiod --domain argument or Istio's clusterDomain value uses another cluster domain than the configured clusterDomain.",
  target: [...DNS_MENTION_KINDS, "IstioOperator", "Istio", "IstioRevision"],
  reads: ["Namespace"],
  messages: {
    name: (name, place, domain, clusterDomain) => `${name} (in ${place}) ends in svc.${domain}, but the cluster domain is ${clusterDomain}; the name never resolves in this cluster.`,
    istiod: (owner, domain, clusterDomain) => `${owner} starts istiod with --domain ${domain}, but the cluster domain is ${clusterDomain}; istiod would name every Service <svc>.<ns>.svc.${domain}, so no sidecar finds a Service by its real name.`,
    istioValues: (owner, domain, clusterDomain) => `${owner} sets values.global.proxy.clusterDomain to ${domain}, but the cluster domain is ${clusterDomain}; istiod and every sidecar would use the wrong DNS suffix.`
  },
  options: {
    defaults: { otherClusterDomains: [] },
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        otherClusterDomains: { type: "array", items: { type: "string" }, description: "Domains of other clusters that names may point to through multi-cluster DNS." }
      }
    }
  },
  docs: {
    diagnosis: "A name `<\u2026>.svc.<domain>` written in env values, command and args, ConfigMap data, an ExternalName Service or an Istio host ends in another domain than the cluster's (`clusterDomain` in `.shipshape.yaml`, `cluster.local` unless set). Or istiod runs with `--domain <other>`, or an IstioOperator, Sail `Istio` resource or the sidecar injector's values set `global.proxy.clusterDomain` to another domain. `kubectl run -it --rm dns --image=busybox -- cat /etc/resolv.conf` shows the real domain in the `search` line.",
    fix: "Write names without the domain (`<svc>.<ns>.svc`, which the resolver completes), or with the cluster's domain. For Istio, set `values.global.proxy.clusterDomain` to the cluster domain in every chart or IstioOperator (it feeds istiod's `--domain` and each sidecar's). If the manifests really target a cluster with another domain, set `clusterDomain` in `.shipshape.yaml`; names of other clusters reached through multi-cluster DNS go in the rule option `otherClusterDomains` (`clusterset.local`, the multi-cluster Services API's domain, is always accepted).",
    why: "Cluster DNS answers only under the domain the kubelet and CoreDNS were configured with; `.svc.cluster.local` names in a cluster whose domain is `corp.local` are forwarded upstream and fail. istiod names Services by its `--domain` (default `cluster.local`, filled from `values.global.proxy.clusterDomain` by the charts); a mismatch makes every Service host in the mesh wrong, so routing rules and sidecar DNS stop matching (knowledge/istio.md \xA72.8). A name is judged only when it is clearly meant for this cluster: the domain is `cluster.local`, or the namespace is one the input knows, so `api.svc.example.com` on the internet is left alone."
  },
  check(resource, { graph, settings, options, report, messages: messages2 }) {
    const expected = settings.clusterDomain;
    const accepted = acceptedDomains(expected, options);
    const knownNamespace = (namespace) => namespace !== void 0 && (graph.namespaces().has(namespace) || SYSTEM_NAMESPACES.has(namespace) || namespace === resource.namespace);
    let seen;
    for (const mention of dnsMentionsIn(graph, resource)) {
      const domain = mention.parsed.domain;
      if (domain === void 0 || domain === "" || accepted.has(domain) || mention.parsed.meanings.length === 0) continue;
      if (domain !== "cluster.local" && !knownNamespace(namespaceOf(mention))) continue;
      const key2 = `${formatPath(mention.path)}|${domain}`;
      seen ??= /* @__PURE__ */ new Set();
      if (seen.has(key2)) continue;
      seen.add(key2);
      report(messages2.name(mention.written, mention.place, domain, expected), { at: { resource: mention.resource, path: [...mention.path] } });
    }
    checkIstiod(resource);
    checkIstioValues(resource);
    function checkIstiod(owner) {
      const pod = graph.podTemplateOf(owner);
      if (!pod || !(isIstiodPod(pod) || owner.name === "istiod" || owner.name.startsWith("istiod-"))) return;
      for (const entry of containersOf(pod)) {
        const { command, args } = commandWords(entry);
        const argument = domainArgument([...command, ...args]);
        if (argument && !accepted.has(argument.value)) report(messages2.istiod(`${owner.kind} ${owner.name}`, argument.value, expected), { at: [...argument.path] });
      }
    }
    function checkIstioValues(owner) {
      if (ISTIO_VALUE_KINDS.has(`${owner.group}/${owner.kind}`)) {
        const path2 = ["spec", "values", "global", "proxy", "clusterDomain"];
        const value2 = dig(owner.body, path2);
        if (typeof value2 === "string" && !accepted.has(value2)) report(messages2.istioValues(`${owner.kind} ${owner.name}`, value2, expected), { at: path2 });
        return;
      }
      if (!owner.is("ConfigMap") || !owner.name.startsWith("istio-sidecar-injector")) return;
      const text2 = owner.body.data?.["values"];
      if (typeof text2 !== "string") return;
      let values;
      try {
        values = JSON.parse(text2);
      } catch {
        return;
      }
      const value = dig(values, ["global", "proxy", "clusterDomain"]);
      if (typeof value === "string" && !accepted.has(value)) report(messages2.istioValues(`ConfigMap ${owner.name}`, value, expected), { at: ["data", "values"] });
    }
  }
});

// src/k8s/object-names.ts
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function isObjectName(name) {
  return name.length <= 253 && DNS_SUBDOMAIN.test(name);
}
function isOneEditAway(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA + restB === 1 || restA === 1 && restB === 1) return true;
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}
function similarName(name, candidates) {
  if (name.length < MIN_TYPO_LENGTH) return void 0;
  let best;
  for (const candidate of candidates) {
    if (!isOneEditAway(name, candidate) || sameButDigits(name, candidate)) continue;
    if (best === void 0 || candidate < best) best = candidate;
  }
  return best;
}
var MIN_TYPO_LENGTH = 4;
function sameButDigits(a, b) {
  return a.replace(/[0-9]/g, "0") === b.replace(/[0-9]/g, "0");
}

// src/k8s/dns-resolution.ts
var WEB_SUFFIXES = /* @__PURE__ */ new Set(["com", "net", "org", "io", "dev", "app", "ai", "co", "me", "cloud", "info", "biz", "local", "internal", "test", "example", "localhost", "lan", "home", "corp"]);
var UNKNOWN = { status: "unknown" };
function literal(label2) {
  return label2?.kind === "literal" ? label2.text : void 0;
}
function hasExplicitNamespace(resource) {
  const metadata = resource.body.metadata;
  return typeof metadata?.namespace === "string" && metadata.namespace !== "";
}
function isHeadless(service) {
  return service.body.spec?.clusterIP === "None" && service.body.spec?.type !== "ExternalName";
}
function statefulSetPodName(pod) {
  const match = /^(.+)-(0|[1-9]\d{0,8})$/.exec(pod);
  return match?.[1] === void 0 ? void 0 : { set: match[1], ordinal: Number(match[2]) };
}
var Resolver = class {
  constructor(graph, settings, context) {
    this.graph = graph;
    this.settings = settings;
    this.context = context;
  }
  graph;
  settings;
  context;
  knownNamespace(namespace) {
    return this.graph.namespaces().has(namespace) || SYSTEM_NAMESPACES.has(namespace) || namespace === this.context.namespace;
  }
  namespace(label2) {
    if (label2 === void 0) return { status: "ok", value: this.context.namespace };
    if (label2.kind === "unknown") return UNKNOWN;
    if (label2.kind === "own-pod") return UNKNOWN;
    const namespace = label2.text;
    if (this.knownNamespace(namespace)) return { status: "ok", value: namespace };
    if (this.graph.assume === "complete") return { status: "problem", problem: { reason: "namespace", namespace } };
    return UNKNOWN;
  }
  /** An unknown namespace is a typo when a similar one in the input has the Service the name asks for. */
  misspeltNamespace(label2, service) {
    const namespace = literal(label2);
    const serviceName = literal(service);
    if (namespace === void 0 || serviceName === void 0 || this.knownNamespace(namespace)) return void 0;
    const similar = similarName(namespace, this.graph.namespaces());
    if (similar === void 0 || !this.graph.find("Service", similar, serviceName)) return void 0;
    return { reason: "namespace", namespace, similar };
  }
  /**
   * The Service a name asks for. A missing one is reported only with more than the usual authority,
   * because names in free text so often point at what other tools install (a monitoring stack, a
   * gateway): the namespace is declared in the input or the input is complete, or there is evidence
   * of a slip — a similar name, the same name in another namespace, a StatefulSet that expects it, or
   * a pod name of a StatefulSet in the input (`evidence`).
   */
  service(label2, namespaceLabel, evidence = false) {
    const typo = this.misspeltNamespace(namespaceLabel, label2);
    if (typo) return { status: "problem", problem: typo };
    const namespace = this.namespace(namespaceLabel);
    if (namespace.status !== "ok") return namespace;
    const name = literal(label2);
    if (name === void 0) return UNKNOWN;
    const found = this.graph.findAll("Service", namespace.value, name).filter((candidate) => candidate.is("Service") && candidate.group === "");
    if (found.length > 0) return { status: "ok", value: found };
    const exists = this.graph.exists({ kind: "Service", namespace: namespace.value, name });
    if (exists === "yes") return { status: "ok", value: [] };
    if (exists === "unknown" || this.serviceEntryDefines(name, namespace.value)) return UNKNOWN;
    const sameName = this.graph.findInAnyNamespace("Service", name);
    if (sameName.some((candidate) => !hasExplicitNamespace(candidate)) || this.renamedByKustomize(name)) return UNKNOWN;
    const candidates = this.graph.ofKind("Service", namespace.value);
    const similarText = similarName(name, candidates.map((candidate) => candidate.name));
    const problem = { reason: "service", service: name, namespace: namespace.value };
    const similar = candidates.find((candidate) => candidate.name === similarText);
    if (similar) problem.similar = similar;
    const elsewhere = sameName.find((candidate) => candidate.namespace !== namespace.value);
    if (elsewhere) problem.elsewhere = elsewhere;
    const governs = this.graph.ofKind("StatefulSet", namespace.value).find((set) => set.body.spec?.serviceName === name);
    if (governs) problem.governs = governs;
    const authority = this.graph.assume === "complete" || this.graph.isNamespaceDeclared(namespace.value);
    if (!authority && !evidence && !similar && !elsewhere && !governs) return UNKNOWN;
    return { status: "problem", problem };
  }
  /**
   * A namespace-less Service whose name a kustomize `namePrefix` or `nameSuffix` could turn into this
   * one (`service` → `jupyter-web-app-service`): the input is a base whose final names are not written.
   */
  renamedByKustomize(name) {
    return this.graph.ofKind("Service", "default").some((candidate) => !hasExplicitNamespace(candidate) && (name.endsWith(`-${candidate.name}`) || name.startsWith(`${candidate.name}-`)));
  }
  /** A ServiceEntry may give a `.svc` name to something outside Kubernetes (VMs in the mesh). */
  serviceEntryDefines(service, namespace) {
    const fqdn = `${service}.${namespace}.svc.${this.settings.clusterDomain}`;
    return this.graph.ofAnyKind("ServiceEntry").some((entry) => {
      const hosts = entry.body.spec?.hosts;
      return Array.isArray(hosts) && hosts.some((host) => host === fqdn || host === `${service}.${namespace}.svc`);
    });
  }
  pod(label2, service) {
    if (label2.kind === "unknown") return { status: "ok", value: void 0 };
    const pod = label2.kind === "own-pod" ? this.context.pod : void 0;
    if (label2.kind === "own-pod") return pod ? this.ownPod(pod, service) : UNKNOWN;
    const name = label2.text;
    if (!isHeadless(service)) return { status: "problem", problem: { reason: "not-headless", service, pod: name } };
    const namespace = service.namespace ?? this.context.namespace;
    const ordinal = statefulSetPodName(name);
    const statefulSets = ordinal ? this.statefulSets(namespace, ordinal.set) : [];
    if (ordinal && statefulSets.length > 0) {
      const steps = statefulSets.map((statefulSet) => this.statefulSetPod(statefulSet, ordinal.ordinal, name, service));
      return steps.find((step) => step.status === "ok") ?? steps[0] ?? UNKNOWN;
    }
    if (this.hostnameTemplate(namespace, name, service.name)) return { status: "ok", value: void 0 };
    const randomOwner = this.randomNameOwner(namespace, name);
    if (randomOwner) return { status: "problem", problem: { reason: "random-name", owner: randomOwner, pod: name, service } };
    if (!this.graph.isAuthoritative(namespace, "Pod")) return UNKNOWN;
    return { status: "problem", problem: { reason: "no-pod", service, pod: name } };
  }
  statefulSets(namespace, name) {
    return this.graph.findAll("StatefulSet", namespace, name).filter((resource) => resource.is("StatefulSet") && resource.group === "apps");
  }
  ownPod(pod, service) {
    const owner = pod.owner;
    const shown = owner.is("StatefulSet") ? `${owner.name}-<ordinal>` : `${owner.name}-<random suffix>`;
    if (!isHeadless(service)) return { status: "problem", problem: { reason: "not-headless", service, pod: owner.kind === "Pod" ? owner.name : shown } };
    if (owner.is("StatefulSet")) {
      if (owner.body.spec?.serviceName === service.name) return { status: "ok", value: void 0 };
      return { status: "problem", problem: { reason: "not-governing", service, statefulSet: owner, pod: shown } };
    }
    if (owner.kind === "Pod") {
      const spec = pod.spec;
      return spec.subdomain === service.name && spec.hostname === owner.name ? { status: "ok", value: void 0 } : { status: "problem", problem: { reason: "no-pod", service, pod: owner.name } };
    }
    return { status: "problem", problem: { reason: "random-name", owner, pod: shown, service } };
  }
  statefulSetPod(statefulSet, ordinal, name, service) {
    const spec = statefulSet.body.spec;
    if (spec?.serviceName !== service.name) return { status: "problem", problem: { reason: "not-governing", service, statefulSet, pod: name } };
    const replicas = this.fixedReplicas(statefulSet);
    const first = typeof spec.ordinals?.start === "number" ? spec.ordinals.start : 0;
    if (replicas !== void 0 && (ordinal < first || ordinal >= first + replicas)) {
      return { status: "problem", problem: { reason: "ordinal", statefulSet, pod: name, ordinal, first, replicas } };
    }
    return { status: "ok", value: { statefulSet, ordinal } };
  }
  /** Replicas written in the manifest and not managed by an autoscaler; zero means switched off on purpose. */
  fixedReplicas(statefulSet) {
    const replicas = statefulSet.body.spec?.replicas;
    if (typeof replicas !== "number" || replicas <= 0 || statefulSet.scalarAt("spec", "replicas") === void 0) return void 0;
    if (this.graph.referencesTo(statefulSet).some((reference) => reference.from.kind === "HorizontalPodAutoscaler")) return void 0;
    return replicas;
  }
  /** Pods whose `hostname` and `subdomain` give them this name (bare Pods, Indexed Jobs' `<job>-<index>`). */
  hostnameTemplate(namespace, name, service) {
    return this.graph.pods(namespace).some((pod) => {
      if (pod.spec.subdomain !== service) return false;
      if (pod.spec.hostname === name) return true;
      const job = pod.owner.is("Job") ? pod.owner : void 0;
      const indexed = statefulSetPodName(name);
      return job !== void 0 && job.body.spec?.completionMode === "Indexed" && indexed?.set === job.name;
    });
  }
  /**
   * A Deployment, ReplicaSet, DaemonSet or Job whose generated pod names the name imitates:
   * `<owner>-<hash>-<suffix>`, `<owner>-<suffix>` (Kubernetes' random strings avoid vowels) or a
   * guessed ordinal `<owner>-0`.
   */
  randomNameOwner(namespace, name) {
    for (const match of name.matchAll(/-/g)) {
      const suffix = name.slice(match.index + 1);
      if (!/^(\d+|([bcdfghjklmnpqrstvwxz2456789]{6,10}-)?[bcdfghjklmnpqrstvwxz2456789]{5})$/.test(suffix)) continue;
      const prefix = name.slice(0, match.index);
      for (const kind of ["Deployment", "ReplicaSet", "DaemonSet", "ReplicationController", "Job", "CronJob"]) {
        const owner = this.graph.find(kind, namespace, prefix);
        if (owner) return owner;
      }
    }
    return void 0;
  }
  /** `<set>-<n>.<svc>…` where StatefulSet `<set>` is in the input: the name is surely meant for cluster DNS. */
  namesStatefulSetPod(meaning) {
    const pod = literal(meaning.pod);
    const set = pod === void 0 ? void 0 : statefulSetPodName(pod)?.set;
    const namespace = meaning.namespace === void 0 ? this.context.namespace : literal(meaning.namespace);
    return set !== void 0 && namespace !== void 0 && this.statefulSets(namespace, set).length > 0;
  }
  /** Whether a meaning is worth judging: its namespace is one the input knows, or names it explicitly. */
  applies(meaning, parsed) {
    if (parsed.domain !== void 0 || meaning.form === "namespace") return true;
    const namespace = literal(meaning.namespace);
    if (meaning.namespace === void 0) {
      if (meaning.form !== "pod") return true;
      const service = literal(meaning.service);
      const pod = literal(meaning.pod);
      const set = pod === void 0 ? void 0 : statefulSetPodName(pod)?.set;
      return service !== void 0 && this.graph.find("Service", this.context.namespace, service) !== void 0 || set !== void 0 && this.graph.find("StatefulSet", this.context.namespace, set) !== void 0;
    }
    if (namespace === void 0) return false;
    if (meaning.form === "service" && WEB_SUFFIXES.has(namespace)) return false;
    return this.graph.namespaces().has(namespace) || SYSTEM_NAMESPACES.has(namespace);
  }
  resolve(meaning) {
    if (meaning.form === "namespace") return { status: "resolves", meaning };
    const service = this.service(meaning.service, meaning.namespace, meaning.form === "pod" && this.namesStatefulSetPod(meaning));
    if (service.status === "unknown") return UNKNOWN;
    if (service.status === "problem") return { status: "unresolvable", meaning, problem: service.problem };
    const [first] = service.value;
    if (first === void 0) return { status: "resolves", meaning };
    if (meaning.form !== "pod") return { status: "resolves", meaning, service: first };
    let failed;
    for (const candidate of service.value) {
      const pod = this.pod(meaning.pod, candidate);
      if (pod.status === "unknown") return UNKNOWN;
      if (pod.status === "ok") return pod.value ? { status: "resolves", meaning, service: candidate, peer: pod.value } : { status: "resolves", meaning, service: candidate };
      failed ??= { status: "unresolvable", meaning, problem: pod.problem };
    }
    return failed ?? UNKNOWN;
  }
};
function resolveName(graph, settings, parsed, context) {
  if (parsed.domain !== void 0 && parsed.domain !== "" && parsed.domain !== settings.clusterDomain) return UNKNOWN;
  const resolver = new Resolver(graph, settings, context);
  let first;
  for (const meaning of parsed.meanings) {
    if (!resolver.applies(meaning, parsed)) continue;
    const resolution = resolver.resolve(meaning);
    if (resolution.status !== "unresolvable") return resolution;
    first ??= resolution;
  }
  return first ?? UNKNOWN;
}

// rules/dns-name-unresolvable/index.ts
var messages = {
  noNamespace: (name, place, namespace, similar) => `${name} (in ${place}) names namespace ${namespace}, which does not exist; did you mean ${similar}?`,
  noNamespaceComplete: (name, place, namespace) => `${name} (in ${place}) names namespace ${namespace}, which is not in the input (assume: complete).`,
  noService: (name, place, service, namespace) => `${name} (in ${place}) cannot resolve: namespace ${namespace} has no Service ${service}.`,
  noServiceSimilar: (name, place, service, namespace, similar) => `${name} (in ${place}) cannot resolve: namespace ${namespace} has no Service ${service}; did you mean ${similar}?`,
  noServiceElsewhere: (name, place, service, namespace, other) => `${name} (in ${place}) cannot resolve: Service ${service} is in namespace ${other}, not ${namespace}.`,
  notHeadless: (name, place, pod, service) => `${name} (in ${place}) names pod ${pod} through Service ${service}, which is not headless; pod names exist only under headless Services (clusterIP: None).`,
  notGoverning: (name, place, pod, service, statefulSet, governing) => `${name} (in ${place}) names pod ${pod} through Service ${service}, but StatefulSet ${statefulSet} is governed by Service ${governing}; its pods' names exist only under that one.`,
  ordinal: (name, place, pod, statefulSet, range2) => `${name} (in ${place}) names pod ${pod}, but StatefulSet ${statefulSet} has only pods ${range2}.`,
  randomName: (name, place, pod, owner) => `${name} (in ${place}) names pod ${pod} of ${owner}, whose pods get random name suffixes and no per-pod DNS names; use a StatefulSet, or the Service name.`,
  noPod: (name, place, pod, service) => `${name} (in ${place}) names pod ${pod} under headless Service ${service}, but no StatefulSet, or pod with that hostname and subdomain, in the input makes such a pod.`
};
function range(first, replicas) {
  return replicas === 1 ? `${first}` : `${first} to ${first + replicas - 1}`;
}
function describe(problem, mention, built) {
  const name = mention.written;
  const place = mention.place;
  switch (problem.reason) {
    case "namespace":
      return problem.similar === void 0 ? { message: built.noNamespaceComplete(name, place, problem.namespace), related: [] } : { message: built.noNamespace(name, place, problem.namespace, problem.similar), related: [] };
    case "service": {
      const related = [];
      if (problem.governs) related.push({ resource: problem.governs, path: ["spec", "serviceName"], message: `StatefulSet ${problem.governs.name} expects governing Service ${problem.service} here` });
      if (problem.similar) {
        related.push({ resource: problem.similar, message: `Service ${problem.similar.name}` });
        return { message: built.noServiceSimilar(name, place, problem.service, problem.namespace, problem.similar.name), related };
      }
      if (problem.elsewhere?.namespace !== void 0) {
        related.push({ resource: problem.elsewhere, message: `Service ${problem.elsewhere.name} in namespace ${problem.elsewhere.namespace}` });
        return { message: built.noServiceElsewhere(name, place, problem.service, problem.namespace, problem.elsewhere.namespace), related };
      }
      return { message: built.noService(name, place, problem.service, problem.namespace), related };
    }
    case "not-headless":
      return {
        message: built.notHeadless(name, place, problem.pod, problem.service.name),
        related: [{ resource: problem.service, path: ["spec", "clusterIP"], message: `Service ${problem.service.name} has a cluster IP` }]
      };
    case "not-governing": {
      const governing = String(problem.statefulSet.body.spec?.serviceName ?? "");
      return {
        message: built.notGoverning(name, place, problem.pod, problem.service.name, problem.statefulSet.name, governing),
        related: [{ resource: problem.statefulSet, path: ["spec", "serviceName"], message: `StatefulSet ${problem.statefulSet.name} is governed by Service ${governing}` }]
      };
    }
    case "ordinal":
      return {
        message: built.ordinal(name, place, problem.pod, problem.statefulSet.name, range(problem.first, problem.replicas)),
        related: [{ resource: problem.statefulSet, path: ["spec", "replicas"], message: `StatefulSet ${problem.statefulSet.name} has ${problem.replicas} replicas` }]
      };
    case "random-name":
      return { message: built.randomName(name, place, problem.pod, `${problem.owner.kind} ${problem.owner.name}`), related: [{ resource: problem.owner, message: `${problem.owner.kind} ${problem.owner.name}` }] };
    case "no-pod":
      return { message: built.noPod(name, place, problem.pod, problem.service.name), related: [{ resource: problem.service, message: `headless Service ${problem.service.name}` }] };
  }
}
function causeKey(problem) {
  switch (problem.reason) {
    case "namespace":
      return `namespace/${problem.namespace}`;
    case "service":
      return `service/${problem.namespace}/${problem.service}`;
    case "not-headless":
    case "not-governing":
    case "random-name":
      return `${problem.reason}/${problem.service.name}`;
    case "ordinal":
    case "no-pod":
      return `${problem.reason}/${problem.pod}`;
  }
}
var dns_name_unresolvable_default = defineRule({
  id: "dns-name-unresolvable",
  category: "dns",
  severity: "error",
  description: "A cluster DNS name in env, command, args, ConfigMap data or an Istio host cannot resolve given the Services, StatefulSets and namespaces in the input.",
  target: DNS_MENTION_KINDS,
  reads: ["Namespace", "Service", "StatefulSet", "Deployment", "Pod", "Job", "HorizontalPodAutoscaler", "ServiceEntry"],
  messages,
  docs: {
    diagnosis: "A name such as `<svc>.<ns>.svc.<domain>`, `<svc>.<ns>.svc`, `<svc>.<ns>`, `<pod>.<svc>.<ns>.svc.<domain>` or `<pod>.<svc>` (written in an env value, command or args, ConfigMap data, an ExternalName Service or an Istio destination host; found inside lists such as `a:9092,b:9092`, KRaft voters `0@host:9093` and URLs) points at a Service that does not exist, a pod name through a Service that is not the StatefulSet's governing headless Service, a StatefulSet ordinal at or beyond `replicas`, or a pod of a Deployment. `nslookup <name>` from a pod in the namespace answers NXDOMAIN.",
    fix: "Correct the name: the Service name and namespace as written in the input, `<statefulset>-<ordinal>.<governing headless service>` for pod names with the ordinal below `replicas`, or the Service name itself for Deployments (their pods have random names). Variables the kubelet expands (`$(POD_NAME)` from `fieldRef: metadata.name`, `$(POD_NAMESPACE)`) are followed; names built from values the manifests cannot tell are not judged.",
    why: "Cluster DNS answers only for Services that exist, and for pod names only under a headless Service that is the pods' subdomain: a StatefulSet's governing Service (`spec.serviceName`), or the `subdomain` of a pod with a `hostname`. A ClusterIP Service has one virtual IP and no pod records; a Deployment's pods get generated names and no per-pod records at all. Clients then fail with \"unknown host\" or keep retrying, and members of a cluster never find each other. Clusters whose CoreDNS uses `endpoint_pod_names` also publish pod names under other headless Services that select the pods; that setting is not the default and is not assumed here.",
    world: "A missing Service is reported when its namespace is declared in the input (a Namespace object) or `assume: complete` is set; in a namespace the input only populates, only with evidence of a slip (a Service with a similar name, the same name in another namespace, a StatefulSet that names it as its governing Service, or a pod name of a StatefulSet in the input), because names in free text so often point at what other tools install, such as a monitoring stack or a gateway. A namespace the input does not know is reported only under `assume: complete`, or when a namespace with a similar name holds the Service. Manifests without `metadata.namespace` can be applied to any namespace, and kustomize may rename a base's Services (`namePrefix`), so a same-named or prefixable Service of that kind counts as possibly there. Names under another cluster domain are left to cluster-domain-mismatch, Services that a ServiceEntry in the input defines count as existing, and ordinals are checked only against a `replicas` written in the manifest and not managed by a HorizontalPodAutoscaler."
  },
  check(resource, { graph, settings, report, messages: built }) {
    let seen;
    for (const mention of dnsMentionsIn(graph, resource)) {
      const context = mention.pod ? { namespace: mention.namespace, pod: mention.pod } : { namespace: mention.namespace };
      const resolution = resolveName(graph, settings, mention.parsed, context);
      if (resolution.status !== "unresolvable") continue;
      const key2 = `${formatPath(mention.path)}|${causeKey(resolution.problem)}`;
      seen ??= /* @__PURE__ */ new Set();
      if (seen.has(key2)) continue;
      seen.add(key2);
      const { message, related } = describe(resolution.problem, mention, built);
      report(message, { at: { resource: mention.resource, path: [...mention.path] }, related });
    }
  }
});

// rules/dns-srv-port-missing/index.ts
function srvQuestion(mention) {
  const srv = mention.parsed.meanings.find((meaning) => meaning.form === "srv");
  if (srv?.form === "srv") return { port: srv.port, protocol: srv.protocol, meanings: [srv] };
  if (!mention.srv) return void 0;
  const services = mention.parsed.meanings.filter((meaning) => meaning.form === "service");
  return services.length === 0 ? void 0 : { port: mention.srv.service, protocol: mention.srv.protocol, meanings: services };
}
function namedPorts(service) {
  const named = servicePortsOf(service).flatMap(({ port }) => port.name ? [`${port.name}/${(port.protocol ?? "TCP").toLowerCase()}`] : []);
  return named.length === 0 ? "no named ports" : `only ${named.join(", ")}`;
}
var dns_srv_port_missing_default = defineRule({
  id: "dns-srv-port-missing",
  category: "dns",
  severity: "error",
  description: "An SRV name `_<port>._<proto>.<svc>.<ns>.svc` asks for a port the Service does not have by that name and protocol.",
  target: DNS_MENTION_KINDS,
  reads: ["Service"],
  messages: {
    missing: (name, place, port, protocol, service, ports) => `${name} (in ${place}) asks for SRV records of port "${port}" over ${protocol}, but Service ${service} has ${ports}; the lookup returns nothing.`,
    otherProtocol: (name, place, port, protocol, service, actual) => `${name} (in ${place}) asks for SRV records of port "${port}" over ${protocol}, but Service ${service} serves "${port}" over ${actual}; the lookup returns nothing.`
  },
  docs: {
    diagnosis: "A name of the form `_<port>._<proto>.<service>.<namespace>.svc[.<domain>]` (or a `mongodb+srv://` URL, whose driver looks up `_mongodb._tcp.<host>`) names a Service in the input that has no port with that `name` and protocol. `dig SRV _<port>._<proto>.<service>.<namespace>.svc.<domain>` from a pod returns no answer.",
    fix: "Name the Service port as the SRV name says (`name: mongodb`, protocol TCP), or use the port name the Service declares. Port names are lowercase and case-sensitive; the protocol label is `_tcp`, `_udp` or `_sctp`.",
    why: "Cluster DNS publishes SRV records only for named Service ports, under `_<port name>._<protocol>`; an unnamed port, another name or another protocol has no record. Clients that discover ports through SRV (MongoDB with `mongodb+srv`, gRPC and LDAP clients, Kerberos, SIP) then find no servers.",
    world: "Judged only for Services in the input; whether the Service exists at all is dns-name-unresolvable's concern."
  },
  check(resource, { graph, settings, report, messages: messages2 }) {
    let seen;
    for (const mention of dnsMentionsIn(graph, resource)) {
      const question = srvQuestion(mention);
      if (!question) continue;
      const context = mention.pod ? { namespace: mention.namespace, pod: mention.pod } : { namespace: mention.namespace };
      const resolution = resolveName(graph, settings, { ...mention.parsed, meanings: question.meanings }, context);
      if (resolution.status !== "resolves" || !resolution.service) continue;
      const service = resolution.service;
      const ports = servicePortsOf(service);
      const protocol = question.protocol.toUpperCase();
      if (ports.some(({ port }) => port.name === question.port && (port.protocol ?? "TCP") === protocol)) continue;
      const key2 = `${mention.written}|${mention.path.join(".")}`;
      seen ??= /* @__PURE__ */ new Set();
      if (seen.has(key2)) continue;
      seen.add(key2);
      const sameName = ports.find(({ port }) => port.name === question.port);
      const shown = mention.srv ? `${mention.written} (looked up as _${question.port}._${question.protocol}.${mention.written})` : mention.written;
      const at = { resource: mention.resource, path: [...mention.path] };
      if (sameName) {
        report(messages2.otherProtocol(shown, mention.place, question.port, protocol, service.name, sameName.port.protocol ?? "TCP"), {
          at,
          related: [{ resource: service, path: ["spec", "ports", sameName.index, "protocol"], message: `port "${question.port}" of Service ${service.name}` }]
        });
      } else {
        report(messages2.missing(shown, mention.place, question.port, protocol, service.name, namedPorts(service)), {
          at,
          related: [{ resource: service, path: ["spec", "ports"], message: `ports of Service ${service.name}` }]
        });
      }
    }
  }
});

// rules/env-var-reference-undefined/index.ts
var ENV_STYLE = /^[A-Z_][A-Z0-9_]*$/;
var env_var_reference_undefined_default = defineRule({
  id: "env-var-reference-undefined",
  category: "workloads",
  severity: "error",
  description: "`$(VAR)` in an env value, command or args names a variable the container does not define (before it), so Kubernetes leaves the text as it is.",
  target: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"],
  reads: ["ConfigMap", "Secret"],
  messages: {
    undefinedInEnv: (reference, variable, container) => `${reference} in env ${variable} of container ${container} names no variable defined before it in the container's env; Kubernetes leaves the text "${reference}" in the value.`,
    definedLater: (reference, variable, container, name) => `${reference} in env ${variable} of container ${container} names ${name}, which is defined after ${variable}; Kubernetes expands only variables defined earlier in the list, so the text "${reference}" stays in the value.`,
    undefinedInCommand: (reference, field, container) => `${reference} in the ${field} of container ${container} names no variable of the container's env; Kubernetes passes the text "${reference}" to the program as it is.`,
    undefinedInShell: (reference, field, container, name) => `${reference} in the ${field} of container ${container} names no variable of the container's env, so Kubernetes leaves it and the shell runs it as a command substitution (command "${name}" not found); write \${${name}} to read a variable the shell has.`,
    shellSyntax: (reference, where2, container, expression) => `${reference} in ${where2} of container ${container} is shell syntax inside $(\u2026), which Kubernetes never expands; in a shell it becomes a command substitution. Write \${${expression}} inside sh -c, or define a variable with the value you need.`
  },
  docs: {
    diagnosis: "An env `value`, a `command` or an `args` word contains `$(NAME)` where NAME is not a variable of the container: for env values, not defined earlier in `env` nor by `envFrom`; for command and args, not defined anywhere in the container's env. Or it contains shell parameter syntax such as `$(POD_NAME##*-)` or `$(HOST:-localhost)`. `kubectl exec <pod> -- env` shows the text `$(NAME)` unexpanded.",
    fix: "Define the variable before the entry that uses it (order matters in `env`), fix the name's spelling, or escape a literal `$(` as `$$(`. For string manipulation, run the command through a shell and use its syntax: `command: [sh, -c, 'exec app --id=\"${POD_NAME##*-}\"']`.",
    why: "Kubernetes expands `$(VAR)` once, when it creates the container, using only the variables defined before the entry (plus envFrom sources and the Service link variables); anything else stays as the literal text `$(VAR)`, and `$$` escapes a `$`. The application then receives `$(VAR)` as a host name, path or flag value. Inside `sh -c`, an unexpanded `$(VAR)` is a command substitution that tries to run `VAR` as a command. Lower-case `$(hostname)` and `$(cat \u2026)` in shell scripts are taken as the command substitutions they are meant to be.",
    world: "Variables that envFrom brings from a ConfigMap or Secret not in the input, and names shaped like Service link variables (`<SVC>_SERVICE_HOST`, `<SVC>_PORT_<n>_TCP`), are assumed defined."
  },
  check(owner, { graph, report, messages: messages2 }) {
    const pod = graph.podTemplateOf(owner);
    if (!pod) return;
    for (const entry of containersOf(pod)) {
      const env = containerEnv(graph, pod, entry);
      const container = entry.container.name;
      for (const variable of env.entries) {
        if (variable.literal === void 0) continue;
        const references = variableReferences(variable.literal);
        if (references.length === 0) continue;
        const at = [...variable.path, "value"];
        for (const reference of references) {
          const text2 = variable.literal.slice(reference.start, reference.end);
          if (shellParameterSyntax(reference.name) !== void 0) {
            report(messages2.shellSyntax(text2, `env ${variable.name}`, container, reference.name), { at });
            continue;
          }
          if (!isVariableName(reference.name)) continue;
          const definition = definitionOf(env, reference.name, variable.index);
          if (definition === "undefined") report(messages2.undefinedInEnv(text2, variable.name, container), { at });
          if (definition === "later") {
            const later = env.entries.find((other) => other.name === reference.name && other.index > variable.index);
            report(messages2.definedLater(text2, variable.name, container, reference.name), {
              at,
              related: later ? [{ resource: owner, path: later.addedBy ? [...later.path] : [...later.path, "name"], message: later.addedBy ? `${reference.name} is added by ${later.addedBy}` : `${reference.name} is defined here` }] : []
            });
          }
        }
      }
      const { command, args } = commandWords(entry);
      const words = [...command, ...args];
      const scripts = shellScriptIndexes(words.map((word) => word.text));
      words.forEach((word, index) => {
        const field = index < command.length ? "command" : "args";
        const inShell = scripts.has(index);
        for (const reference of variableReferences(word.text)) {
          const text2 = word.text.slice(reference.start, reference.end);
          if (shellParameterSyntax(reference.name) !== void 0) {
            report(messages2.shellSyntax(text2, `the ${field}`, container, reference.name), { at: [...word.path] });
            continue;
          }
          if (!isVariableName(reference.name) || definitionOf(env, reference.name) !== "undefined") continue;
          if (!inShell) report(messages2.undefinedInCommand(text2, field, container), { at: [...word.path] });
          else if (ENV_STYLE.test(reference.name)) report(messages2.undefinedInShell(text2, field, container, reference.name), { at: [...word.path] });
        }
      });
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
  return cachedPer(USES_ISTIO, graph, settings.istio.namespace, (namespace) => scanForIstio(graph, namespace));
}
var USES_ISTIO = /* @__PURE__ */ new WeakMap();
function scanForIstio(graph, istioNamespace) {
  for (const group of graph.apiGroups()) if (isIstioGroup(group)) return true;
  if (graph.isNamespaceDeclared(istioNamespace)) return true;
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

// rules/headless-service-no-ports/index.ts
var headless_service_no_ports_default = defineRule({
  id: "headless-service-no-ports",
  category: "istio",
  severity: "error",
  description: "A headless Service without ports selects pods that have an Istio sidecar, which can only handle declared ports.",
  target: ["Service"],
  reads: ["Namespace", "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"],
  messages: {
    noPorts: (service, owner, reason) => `Headless Service ${service} declares no ports, but it selects the pods of ${owner}, which are in the Istio mesh (${reason}); the sidecars treat traffic to them as unknown passthrough: no mTLS, routing or telemetry, and the Istio DNS proxy does not serve the name.`
  },
  docs: {
    diagnosis: 'A Service with `clusterIP: None` and no `spec.ports` (or an empty list) selects pods that get an Istio sidecar: their Namespace has `istio-injection=enabled` or `istio.io/rev`, or the pod template opts in with `sidecar.istio.io/inject: "true"` or `istio.io/rev`. `istioctl proxy-config listeners <client-pod>` shows no listener for the pod IPs.',
    fix: "List every port the pods serve under `spec.ports`, each with a protocol prefix in its name (`tcp-`, `http-`, `grpc-`) or an `appProtocol`, and `port` equal to the container port.",
    why: "Without Istio a headless Service needs no ports: its name resolves to the pod IPs and clients connect to any port. Istio builds a sidecar's outbound listeners from the Service's declared ports (on `port`, for each pod IP); traffic to a port the Service does not declare matches no Service and is passed through as plain TCP, so mTLS, authorization policies and routing do not apply, and with STRICT mTLS the server side rejects it. The Istio DNS proxy also serves a headless Service only when it has at least one port (knowledge/istio.md \xA72.1 and \xA72.6). Pods in ambient mode are not reported: this is a sidecar fact, and whether ztunnel needs declared ports is not established here.",
    world: "Reported only when the input shows the pods are meshed (labels on a Namespace in the input or on the pod template); pods of a namespace the input does not declare may be meshed and are not reported."
  },
  check(service, { graph, settings, report, messages: messages2 }) {
    const selector = service.body.spec?.selector;
    if (!isHeadless(service) || service.namespace === void 0 || !selector || Object.keys(selector).length === 0) return;
    if (servicePortsOf(service).length > 0) return;
    for (const pod of graph.podsSelectedBy(selector, service.namespace)) {
      const mesh = podMesh(graph, settings, pod);
      if (mesh.verdict !== "yes" || mesh.dataPlane !== "sidecar") continue;
      const owner = `${pod.owner.kind} ${pod.owner.name}`;
      const related = [{ resource: pod.owner, path: [...pod.path, "metadata", "labels"], message: `pod labels of ${owner}, selected by the Service` }];
      if (mesh.evidence) related.push({ resource: mesh.evidence.resource, path: [...mesh.evidence.path], message: mesh.evidence.message });
      report(messages2.noPorts(service.name, owner, mesh.reason), { at: ["spec", "clusterIP"], related });
      return;
    }
  }
});

// rules/headless-service-port-remap/index.ts
var headless_service_port_remap_default = defineRule({
  id: "headless-service-port-remap",
  category: "services",
  severity: "warning",
  description: "A headless Service maps a port to a different targetPort, which nothing applies: clients dial the pods on `port`.",
  target: ["Service"],
  reads: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"],
  messages: {
    numeric: (service, port, targetPort) => `Headless Service ${service} maps port ${port} to targetPort ${targetPort}, but a headless Service has no virtual IP to translate ports: clients resolve the pod IPs and connect to ${port}, where the pods listen on ${targetPort}.`,
    named: (service, port, name, containerPort, owner) => `Headless Service ${service} maps port ${port} to targetPort "${name}", which ${owner} declares as container port ${containerPort}; clients of a headless Service connect to the pod IPs on ${port} and nothing remaps it to ${containerPort}.`
  },
  docs: {
    diagnosis: "A Service with `clusterIP: None` has a port whose `targetPort` is another number, or names a container port whose number differs from `port`. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` lists the target port, while clients of the name connect to the Service port.",
    fix: "Make `port` equal to the port the containers listen on, and drop `targetPort` (it defaults to `port`). If clients must use another port, give them a normal ClusterIP Service for it and keep the headless Service for pod discovery.",
    why: "Port translation is done by kube-proxy on a Service's virtual IP. A headless Service has none: its DNS name resolves straight to pod IPs, so a client that read the port from the Service definition (or from configuration written against it) connects to `port` on the pod and is refused. Only clients that look up SRV records get the target port. Istio builds its listeners for headless Services on `port` too (maintainers call `targetPort != port` on a headless Service a configuration not to use, istio/istio#51908), so meshed traffic to the target port is not matched as that Service."
  },
  check(service, { graph, report, messages: messages2 }) {
    if (!isHeadless(service) || service.namespace === void 0) return;
    const selector = service.body.spec?.selector;
    const pods = selector && Object.keys(selector).length > 0 ? graph.podsSelectedBy(selector, service.namespace) : [];
    for (const { port, index } of servicePortsOf(service)) {
      if (typeof port.port !== "number") continue;
      const at = ["spec", "ports", index, "targetPort"];
      if (typeof port.targetPort === "number") {
        if (port.targetPort !== port.port) report(messages2.numeric(service.name, port.port, port.targetPort), { at });
        continue;
      }
      const name = targetPortName(port);
      if (name === void 0) continue;
      const protocol = port.protocol ?? "TCP";
      const resolved = pods.flatMap((pod) => {
        const match2 = lookupNamedPort(pod, name, protocol).match;
        return match2 ? [{ owner: pod.owner, match: match2 }] : [];
      });
      const first = resolved[0];
      if (first === void 0 || resolved.some(({ match: match2 }) => match2.port.containerPort === port.port)) continue;
      const { owner, match } = first;
      if (typeof match.port.containerPort !== "number") continue;
      report(messages2.named(service.name, port.port, name, match.port.containerPort, `${owner.kind} ${owner.name}`), {
        at,
        related: [{ resource: owner, path: [...match.path, "containerPort"], message: `container port "${name}" of ${owner.kind} ${owner.name}` }]
      });
    }
  }
});

// rules/headless-service-publish-not-ready/index.ts
function namesPeer(mention, statefulSet, service, clusterDomain) {
  const domain = mention.parsed.domain;
  if (domain !== void 0 && domain !== "" && domain !== clusterDomain) return false;
  return mention.parsed.meanings.some((meaning) => {
    if (meaning.form !== "pod" || meaning.pod.kind !== "literal" || meaning.service.kind !== "literal" || meaning.service.text !== service) return false;
    if (meaning.namespace !== void 0 && (meaning.namespace.kind !== "literal" || meaning.namespace.text !== statefulSet.namespace)) return false;
    return statefulSetPodName(meaning.pod.text)?.set === statefulSet.name;
  });
}
var headless_service_publish_not_ready_default = defineRule({
  id: "headless-service-publish-not-ready",
  category: "dns",
  severity: "warning",
  description: "A StatefulSet that starts its pods in parallel names its peers by pod DNS name, but its headless Service publishes only ready pods.",
  target: ["StatefulSet"],
  reads: ["Service", "ConfigMap"],
  messages: {
    notPublished: (service, statefulSet, peer, place) => `StatefulSet ${statefulSet} names its peers by pod DNS name (${peer} in ${place}), but its governing Service ${service} does not set publishNotReadyAddresses: true; the names resolve only once a pod is ready, and pods that need their peers to become ready never do.`
  },
  docs: {
    diagnosis: "A StatefulSet with `podManagementPolicy: Parallel` has a readiness or startup probe, and its own configuration \u2014 env values, command and args, or a ConfigMap its pods use \u2014 lists its members by pod DNS name (`<name>-0.<service>\u2026`), while the headless Service named by `spec.serviceName` lacks `publishNotReadyAddresses: true`. During a first start or a full restart, `nslookup <name>-1.<service>` fails from pod 0 until pod 1 is ready.",
    fix: "Set `spec.publishNotReadyAddresses: true` on the governing headless Service, and keep a separate Service (without it) for clients, so they only reach ready members.",
    why: 'Cluster DNS publishes a pod\'s name under a headless Service only while the pod is ready, unless the Service sets `publishNotReadyAddresses`. Members that discover each other by name (ZooKeeper, etcd, Kafka KRaft controllers, Cassandra seeds, Consul) then cannot resolve peers before they are ready; if readiness means "joined the cluster", no member ever becomes ready. Whether a given probe waits for peers cannot be seen in a manifest, so this is a warning: a probe that only checks a local port makes the problem a slow start rather than a deadlock. StatefulSets with the default `OrderedReady` policy are not reported: pod n is created only once pods 0 to n-1 are ready, so the lower ordinals it names resolve, and the higher ones do not exist yet whatever the Service says (a cluster that needs a quorum to become ready needs `Parallel` and this setting together).'
  },
  check(statefulSet, { graph, settings, report, messages: messages2 }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const pod = graph.podTemplateOf(statefulSet);
    if (typeof serviceName !== "string" || statefulSet.namespace === void 0 || !pod) return;
    const service = graph.find("Service", statefulSet.namespace, serviceName);
    if (!service || !isHeadless(service) || service.body.spec?.publishNotReadyAddresses === true) return;
    if (statefulSet.body.spec?.podManagementPolicy !== "Parallel") return;
    const gated = containersOf(pod).some((entry) => entry.role !== "init" && (entry.container.readinessProbe || entry.container.startupProbe));
    if (!gated) return;
    const configMaps = graph.referencesFrom(statefulSet).flatMap((reference) => reference.to.kind === "ConfigMap" && reference.resolved ? [reference.resolved] : []);
    const mentions = [statefulSet, ...new Set(configMaps)].flatMap((resource) => dnsMentionsIn(graph, resource));
    const peer = mentions.find((mention) => namesPeer(mention, statefulSet, serviceName, settings.clusterDomain));
    if (!peer) return;
    const place = peer.resource === statefulSet ? peer.place : `${peer.place} of ConfigMap ${peer.resource.name}`;
    report(messages2.notPublished(service.name, statefulSet.name, peer.written, place), {
      at: { resource: service, path: ["spec", "publishNotReadyAddresses"] },
      related: [
        { resource: peer.resource, path: [...peer.path], message: `names peer ${peer.written}` },
        { resource: statefulSet, path: ["spec", "serviceName"], message: `StatefulSet ${statefulSet.name} is governed by Service ${service.name}` }
      ]
    });
  }
});

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
function checkMissingReferences(kind, owner, { graph, settings, messages: messages2, report }) {
  const who = `${owner.kind} ${owner.name}`;
  for (const { reference, similar, elsewhere } of danglingReferences(graph, owner, kind)) {
    const { name, namespace = "" } = reference.to;
    const use = describeUse(reference);
    const at = [...reference.path];
    if (elsewhere && hasExplicitNamespace2(owner) && hasExplicitNamespace2(elsewhere)) {
      const other = elsewhere.namespace ?? "";
      report(messages2.wrongNamespace(who, name, use, namespace, other), { at, related: [{ resource: elsewhere, message: `${kind} ${name} is defined in namespace ${other}` }] });
    } else if (similar) {
      report(messages2.missingWithHint(who, name, use, namespace, similar.name), { at, related: [{ resource: similar, message: `${kind} ${similar.name} is defined here` }] });
    } else if (settings.assume === "complete") {
      report(messages2.missing(who, name, use, namespace, missingEffect(reference)), { at });
    }
  }
}
function checkMissingKeys(kind, owner, { graph, messages: messages2, report }) {
  const who = `${owner.kind} ${owner.name}`;
  for (const reference of graph.referencesFrom(owner)) {
    if (reference.to.kind !== kind) continue;
    for (const missing of missingKeys(graph, reference)) {
      const hint = similarName(missing.key.key, missing.available);
      const use = describeUse(reference);
      const message = hint === void 0 ? messages2.keyMissing(who, missing.key.key, missing.target.name, use, listKeys(missing.available), missingEffect(reference)) : messages2.keyMissingWithHint(who, missing.key.key, missing.target.name, use, hint);
      report(message, { at: [...missing.key.path], related: [{ resource: missing.target, message: `${kind} ${missing.target.name} is defined here` }] });
    }
  }
}
function hasExplicitNamespace2(resource) {
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
  check(resource, { graph, settings, report, messages: messages2 }) {
    if (settings.istio.enabled === false) return;
    if (resource.is("Namespace")) {
      const injection = resource.labels[INJECTION];
      const revision = resource.labels[REVISION];
      if (injection === void 0) return;
      const at = ["metadata", "labels", INJECTION];
      if (revision !== void 0 && injection !== "disabled") {
        const message = injection === "enabled" ? messages2.legacyWins(resource.name, revision) : messages2.neitherInjects(resource.name, injection, revision);
        report(message, { at, related: [{ path: ["metadata", "labels", REVISION], message: `${REVISION}=${revision} is ignored while ${INJECTION} is set` }] });
      }
      if (injection === "enabled" && resource.labels[DATAPLANE_MODE] === "ambient") {
        report(messages2.ambientNamespace(resource.name), { at, related: [{ path: ["metadata", "labels", DATAPLANE_MODE], message: "ambient mode is asked for here" }] });
      }
      return;
    }
    const pod = graph.podTemplateOf(resource);
    if (!pod || pod.labels[DATAPLANE_MODE] !== "ambient" || pod.labels[INJECT] !== "true") return;
    report(messages2.ambientPod(`${resource.kind} ${resource.name}`), {
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
  check(resource, { graph, settings, report, messages: messages2 }) {
    if (settings.istio.enabled === false) return;
    if (resource.is("Namespace")) {
      for (const form of ["labels", "annotations"]) {
        if ((form === "labels" ? resource.labels : resource.annotations)[INJECT] === void 0) continue;
        const pod2 = graph.pods(resource.name)[0];
        const related = pod2 ? [{ resource: pod2.owner, path: [...pod2.path, "metadata"], message: `pod templates, such as ${pod2.owner.kind} ${pod2.owner.name}'s, are where ${INJECT} is read` }] : [];
        report(messages2.podLabelOnNamespace(resource.name, form === "labels" ? "label" : "annotation"), { at: { path: ["metadata", form, INJECT], key: true }, related });
      }
      return;
    }
    const pod = graph.podTemplateOf(resource);
    if (!pod) return;
    const workload = `${resource.kind} ${resource.name}`;
    const isPod = resource.kind === "Pod";
    const declared = graph.find("Namespace", void 0, pod.namespace);
    const toNamespace = declared ? [{ resource: declared, path: ["metadata", "name"], message: `Namespace ${declared.name}, where ${INJECTION} is read` }] : [];
    if (pod.labels[INJECTION] !== void 0) {
      report(messages2.namespaceLabelOnPods(workload, pod.namespace), { at: { path: [...pod.path, "metadata", "labels", INJECTION], key: true }, related: toNamespace });
    }
    if (!isPod && resource.labels[INJECTION] !== void 0) {
      report(messages2.namespaceLabelOnPods(workload, pod.namespace), { at: { path: ["metadata", "labels", INJECTION], key: true }, related: toNamespace });
    }
    if (!isPod && pod.labels[INJECT] === void 0 && pod.annotations[INJECT] === void 0) {
      for (const form of ["labels", "annotations"]) {
        if ((form === "labels" ? resource.labels : resource.annotations)[INJECT] === void 0) continue;
        report(messages2.podLabelOnWorkload(workload, form === "labels" ? "label" : "annotation"), {
          at: { path: ["metadata", form, INJECT], key: true },
          related: [{ path: [...pod.path, "metadata"], message: `the pod template, where ${INJECT} is read` }]
        });
      }
    }
    if (pod.annotations[INJECT] === "true" && pod.labels[INJECT] === void 0) {
      const namespace = declared;
      if (!namespace || namespace.labels[INJECTION] !== void 0 || namespaceMesh(graph, settings, pod.namespace).verdict !== "no") return;
      report(messages2.annotationCannotOptIn(workload, pod.namespace), {
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
  const names = [...new Set(pods.map((pod) => `${pod.owner.kind} ${pod.owner.name}`))];
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
  check(namespace, { graph, settings, report, messages: messages2 }) {
    if (NEVER_INJECTED.has(namespace.name) || namespace.name === settings.istio.namespace || isScaffoldPlaceholder(namespace)) return;
    if (!usesIstio(graph, settings)) return;
    const injection = namespace.labels[INJECTION];
    if (injection !== void 0) {
      if (injection !== "enabled" && injection !== "disabled") {
        const related = graph.pods(namespace.name).slice(0, LISTED).map((pod) => ({ resource: pod.owner, path: [...pod.path, "metadata"], message: `pods of ${pod.owner.kind} ${pod.owner.name} start without a sidecar` }));
        report(messages2.unknownValue(namespace.name, injection), { at: ["metadata", "labels", INJECTION], related });
      }
      return;
    }
    if (namespace.labels[REVISION] !== void 0 || namespace.labels[DATAPLANE_MODE] === "ambient") return;
    if (anyDeclarationJoinsMesh(graph, namespace.name)) return;
    const pods = graph.pods(namespace.name).filter((pod) => !decidesForItself(pod));
    if (pods.length === 0) return;
    const intent = meshIntent(graph, settings, namespace.name);
    if (intent === void 0) return;
    report(messages2.notInjected(namespace.name, nameWorkloads(pods), intent), {
      at: namespace.body.metadata?.labels ? ["metadata", "labels"] : ["metadata", "name"],
      related: pods.slice(0, LISTED).map((pod) => ({ resource: pod.owner, path: [...pod.path, "metadata"], message: `pods of ${pod.owner.kind} ${pod.owner.name} start without a sidecar` }))
    });
  }
});

// src/k8s/istio-protocol.ts
var KNOWN_PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "udp", "grpc", "grpc-web", "http", "http_proxy", "http2", "https", "tls", "mongo", "redis", "mysql"]);
var TCP_BY_DEFAULT_PORTS = /* @__PURE__ */ new Set([25, 53, 3306, 27017]);
function declaredProtocol(text2) {
  const lower = text2.toLowerCase();
  if (lower.startsWith("grpc-web")) return "grpc-web";
  const prefix = lower.split("-", 1)[0] ?? "";
  return KNOWN_PROTOCOLS.has(prefix) ? prefix : void 0;
}
function istioPortProtocol(port) {
  const transport = typeof port.protocol === "string" ? port.protocol : "TCP";
  if (transport !== "TCP") return { kind: "not-proxied" };
  if (typeof port.appProtocol === "string" && port.appProtocol !== "") return { kind: "declared", protocol: port.appProtocol.toLowerCase() };
  const declared = typeof port.name === "string" ? declaredProtocol(port.name) : void 0;
  if (declared !== void 0) return { kind: "declared", protocol: declared };
  if (typeof port.port === "number" && TCP_BY_DEFAULT_PORTS.has(port.port)) return { kind: "default-tcp" };
  return { kind: "sniffed" };
}

// src/k8s/istio-routing.ts
var ROUTING_KINDS = ["VirtualService", "DestinationRule"];
function hostsIn(value, into) {
  if (Array.isArray(value)) for (const entry of value) hostsIn(entry, into);
  else if (value !== null && typeof value === "object") {
    for (const [key2, entry] of Object.entries(value)) {
      if (key2 === "host" && typeof entry === "string") into.push(entry);
      else if (key2 === "hosts" && Array.isArray(entry)) into.push(...entry.filter((host) => typeof host === "string"));
      else hostsIn(entry, into);
    }
  }
  return into;
}
function serviceKey(host, namespace, clusterDomain) {
  const lower = host.toLowerCase().replace(/\.$/, "");
  if (!lower.includes(".")) return `${namespace}/${lower}`;
  const labels = lower.split(".");
  const rest = labels.slice(3).join(".");
  if (labels.length < 3 || labels[2] !== "svc" || rest !== "" && rest !== clusterDomain) return void 0;
  return `${labels[1] ?? ""}/${labels[0] ?? ""}`;
}
var routedCache = /* @__PURE__ */ new WeakMap();
function routedServices(graph, clusterDomain) {
  return cachedPer(routedCache, graph, clusterDomain, () => {
    const found = /* @__PURE__ */ new Map();
    for (const kind of ROUTING_KINDS) {
      for (const resource of graph.ofAnyKind(kind)) {
        if (!resource.group.endsWith("istio.io") || resource.namespace === void 0) continue;
        for (const host of hostsIn(resource.body.spec, [])) {
          const key2 = serviceKey(host, resource.namespace, clusterDomain);
          if (key2 !== void 0 && !found.has(key2)) found.set(key2, resource);
        }
      }
    }
    return found;
  });
}
function istioRoutingFor(graph, service, clusterDomain) {
  return routedServices(graph, clusterDomain).get(`${service.namespace ?? ""}/${service.name}`);
}

// rules/istio-port-protocol-unnamed/index.ts
function isIstioControlPlane(labels) {
  return labels["istio"] !== void 0 || labels["release"] === "istio";
}
function meshReason(graph, settings, service) {
  const namespace = service.namespace ?? "";
  const mesh = namespaceMesh(graph, settings, namespace);
  if (mesh.verdict === "yes") return mesh.evidence ? { why: mesh.reason, evidence: mesh.evidence } : { why: mesh.reason };
  if (!usesIstio(graph, settings)) return void 0;
  if (mesh.verdict === "maybe") {
    if (settings.istio.enabled === true) return { why: `namespace ${namespace} is not in the input and \`istio.enabled\` is true` };
    const routing = istioRoutingFor(graph, service, settings.clusterDomain);
    if (routing) {
      return {
        why: `${routing.kind} ${routing.name} routes to it and namespace ${namespace} may be in the mesh`,
        evidence: { resource: routing, path: ["spec"], message: `${routing.kind} ${routing.name} names Service ${service.name}` }
      };
    }
  }
  const selector = service.body.spec?.selector;
  const pods = selector && Object.keys(selector).length > 0 ? graph.podsSelectedBy(selector, namespace) : [];
  const meshed = pods.map((pod) => podMesh(graph, settings, pod)).find((pod) => pod.verdict === "yes");
  if (!meshed) return void 0;
  return meshed.evidence ? { why: meshed.reason, evidence: meshed.evidence } : { why: meshed.reason };
}
var istio_port_protocol_unnamed_default = defineRule({
  id: "istio-port-protocol-unnamed",
  category: "istio",
  severity: "warning",
  description: "A Service port that is or may be in the Istio mesh declares no protocol by name prefix or appProtocol.",
  target: ["Service"],
  reads: ["Namespace", ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    unnamed: (service, port, why) => `Service ${service} port ${port} has no name and no appProtocol, and ${why}: Istio falls back to protocol sniffing, which hangs server-first protocols (databases, SMTP, \u2026) and may miss HTTP routing. Name it <protocol>[-suffix] (http-, grpc-, tcp-, tls-, \u2026) or set appProtocol.`,
    noPrefix: (service, port, name, why) => `Service ${service} port ${port} is named "${name}", which starts with no protocol Istio knows, has no appProtocol, and ${why}: Istio falls back to protocol sniffing, which hangs server-first protocols (databases, SMTP, \u2026) and may miss HTTP routing. Name it <protocol>[-suffix] (http-, grpc-, tcp-, tls-, \u2026) or set appProtocol.`
  },
  docs: {
    diagnosis: "A TCP port of a Service in a namespace that is in the mesh (its Namespace in the input has `istio-injection: enabled`, `istio.io/rev` or ambient mode, or the Service selects pods that opt in), or may be (the namespace is not in the input, and the repository uses Istio or `istio.enabled: true` is set), has neither a name starting with a protocol Istio knows (`http`, `http2`, `https`, `grpc`, `grpc-web`, `tcp`, `tls`, `udp`, `mongo`, `mysql`, `redis`, then nothing or `-suffix`) nor an `appProtocol`. `istioctl analyze` reports IST0118; `istioctl proxy-config listeners` shows the port with protocol detection.",
    fix: "Name the port `<protocol>` or `<protocol>-<suffix>` (`http-api`, `grpc`, `tcp-postgres`), or set `appProtocol` (`http`, `grpc`, `tcp`, `kubernetes.io/h2c`, \u2026). Use `tcp` for protocols where the server speaks first (MySQL on another port, PostgreSQL after SSL negotiation, SMTP, NATS, most database replication). The port name is free to change; clients use the number.",
    why: "Istio decides how to proxy a port from `appProtocol` or the port name. Without either it sniffs the first bytes the client sends, waiting for them (with no timeout by default). Server-first protocols then hang until the client gives up, and a sniffed port can lose HTTP features (retries, header routing, per-request metrics). Ports 25, 53, 3306 and 27017 are treated as TCP and UDP ports are not proxied, so they are not reported.",
    world: 'System namespaces, the Istio namespace, Istio\'s own Services (labelled `istio` or `release: istio`), ExternalName Services and namespaces the input declares without injection (whose selected pods do not opt in) are skipped. For a namespace missing from the input, whose labels are unknown, "the repository uses Istio" is not enough (one Istio sample in a repository of many says it): the Service is reported when `istio.enabled: true` is set, when its pods opt in to injection, or when an Istio VirtualService or DestinationRule of the input names it.'
  },
  check(service, { graph, settings, report, messages: messages2 }) {
    const namespace = service.namespace;
    const spec = service.body.spec;
    if (namespace === void 0 || spec?.type === "ExternalName" || namespace === settings.istio.namespace || isIstioControlPlane(service.labels)) return;
    const reason = meshReason(graph, settings, service);
    if (!reason) return;
    const { why, evidence } = reason;
    servicePortsOf(service).forEach(({ port, index }) => {
      if (istioPortProtocol(port).kind !== "sniffed") return;
      const label2 = `${port.port}`;
      const related = evidence ? [{ resource: evidence.resource, path: evidence.path, message: evidence.message }] : [];
      if (typeof port.name === "string" && port.name !== "") {
        report(messages2.noPrefix(service.name, label2, port.name, why), { at: ["spec", "ports", index, "name"], related });
      } else {
        report(messages2.unnamed(service.name, label2, why), { at: ["spec", "ports", index], related });
      }
    });
  }
});

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
function usesClusterDns(subject) {
  const policy = subject.pod?.spec.dnsPolicy;
  return policy !== "Default" && policy !== "None";
}
var networkpolicy_blocks_dns_default = defineRule({
  id: "networkpolicy-blocks-dns",
  category: "network-policy",
  severity: "error",
  description: "NetworkPolicies restrict the egress of pods without leaving a path to cluster DNS on port 53 (UDP and TCP).",
  target: ["NetworkPolicy"],
  reads: ["NetworkPolicy", "Namespace", ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    blocked: (policy, pods, dns) => `NetworkPolicy ${policy} restricts the egress of ${pods}, and no NetworkPolicy selecting them allows ${dns}: every name lookup will time out.`,
    tcpOnly: (policy, pods, dns) => `NetworkPolicy ${policy} restricts the egress of ${pods} and lets them reach ${dns} over TCP only (a port without \`protocol\` means TCP); lookups start over UDP and will time out.`,
    udpOnly: (policy, pods, dns) => `NetworkPolicy ${policy} restricts the egress of ${pods} and lets them reach ${dns} over UDP only; answers too large for UDP (a headless Service with many pods) are retried over TCP and will fail.`
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
    world: "Pods fully cut off from egress (no egress rule at all) are not reported: they talk to nothing, so DNS does not matter. Only a definite block is reported: labels of namespaces the input does not declare (other than `kubernetes.io/metadata.name`) and of the DNS pods are unknown, so a rule selecting `name: kube-system` is trusted; an `ipBlock` covering private ranges or `169.254.20.10` (NodeLocal DNSCache) is trusted, because whether it matches DNS traffic depends on the network plugin. Policies selecting no pod of the input are judged together with the policies of their namespace whose selectors cover the same pods, unless the input is the authority for that namespace's pods. Pods with `dnsPolicy: Default` or `None` do not use cluster DNS and are not judged. Set `dnsNamespace` and `dnsPort` for distributions whose DNS runs elsewhere (OpenShift: `openshift-dns`, port 5353)."
  },
  check(policy, { graph, report, messages: messages2, options }) {
    if (!isolates(policy, "Egress") || rulesOf(policy, "Egress").length === 0) return;
    const { dnsNamespace, dnsPort } = options;
    const dns = clusterDns(graph, dnsNamespace);
    const names = wellKnownPortNames({ dns: { port: dnsPort, protocol: "UDP" }, "dns-tcp": { port: dnsPort, protocol: "TCP" } });
    const found = /* @__PURE__ */ new Map();
    const judge = bySamePolicies((subject) => {
      if (!blamed(subject.policies, "Egress").includes(policy)) return void 0;
      const udp = allows(subject.policies, "Egress", dns, { port: dnsPort, protocol: "UDP", names });
      const tcp2 = allows(subject.policies, "Egress", dns, { port: dnsPort, protocol: "TCP", names });
      return udp === "no" ? tcp2 === "no" ? "blocked" : "tcpOnly" : tcp2 === "no" ? "udpOnly" : void 0;
    });
    for (const subject of subjectsOf(graph, policy)) {
      const finding = usesClusterDns(subject) ? judge(subject) : void 0;
      if (finding) found.set(finding, [...found.get(finding) ?? [], subject]);
    }
    const target = `port ${dnsPort} of the cluster DNS pods in namespace ${dnsNamespace}`;
    for (const [finding, subjects] of found) {
      const others = [...new Set(subjects.flatMap((subject) => blamed(subject.policies, "Egress")))];
      report(messages2[finding](policy.name, nameSubjects(subjects, policy), target), {
        at: rulesPath(policy, "Egress"),
        related: subjectRelated(subjects, policy, others, "restricts their egress without allowing DNS"),
        ...finding === "udpOnly" ? { severity: "warning" } : {}
      });
    }
  }
});

// rules/networkpolicy-blocks-istiod/index.ts
var tcp = (port, names) => ({ port, protocol: "TCP", names });
function runsSidecar(graph, settings, subject, namespace) {
  const mesh = subject.pod ? podMesh(graph, settings, subject.pod) : namespaceMesh(graph, settings, namespace);
  return mesh.verdict === "yes" && mesh.dataPlane === "sidecar";
}
function sidecarPeers(graph, settings) {
  const peers = /* @__PURE__ */ new Map();
  for (const pod of graph.pods()) {
    if (isIstiodPod(pod) || podMesh(graph, settings, pod).dataPlane !== "sidecar") continue;
    const key2 = `${pod.namespace}\0${JSON.stringify(pod.labels)}`;
    if (!peers.has(key2)) {
      peers.set(key2, { peer: { pod: { namespace: pod.namespace, namespaceLabels: namespaceFacts(graph, pod.namespace), labels: podFacts(pod) }, addresses: CLUSTER_ADDRESSES }, name: `${pod.owner.kind} ${pod.namespace}/${pod.owner.name}` });
    }
  }
  if (peers.size > 0) return [...peers.values()];
  return graph.ofKind("Namespace").filter((namespace) => namespaceMesh(graph, settings, namespace.name).dataPlane === "sidecar").map((namespace) => ({
    peer: { pod: { namespace: namespace.name, namespaceLabels: namespaceFacts(graph, namespace.name), labels: { labels: {}, mayHave: () => true } }, addresses: CLUSTER_ADDRESSES },
    name: `the pods of namespace ${namespace.name}`
  }));
}
function istiodSubjects(graph, settings, policy) {
  const istiod = istiodOf(graph, settings);
  if (istiod.pods.length > 0) {
    if (!istiod.pods.some((pod) => pod.namespace === policy.namespace)) return [];
    return subjectsOf(graph, policy).filter((subject) => subject.pod !== void 0 && isIstiodPod(subject.pod));
  }
  const namespace = settings.istio.namespace;
  const facts = istiodLabelFacts();
  if (policy.namespace !== namespace || selectorVerdict(facts, podSelectorOf(policy)) !== "yes") return [];
  const policies = graph.ofKind("NetworkPolicy", namespace).filter((other) => selectorVerdict(facts, podSelectorOf(other)) !== "no");
  return [{ policies, labels: facts }];
}
var ISTIOD = "istiod";
var ANY_POD = { pod: { namespace: "", namespaceLabels: { labels: {}, mayHave: () => true }, labels: { labels: {}, mayHave: () => true } }, addresses: CLUSTER_ADDRESSES };
var networkpolicy_blocks_istiod_default = defineRule({
  id: "networkpolicy-blocks-istiod",
  category: "network-policy",
  severity: "error",
  description: "NetworkPolicies cut Istio sidecars off from istiod (TCP 15012), or istiod off from its sidecars or from the API server (TCP 15017).",
  target: ["NetworkPolicy"],
  reads: ["NetworkPolicy", "Namespace", ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    sidecarEgress: (policy, pods, istiod) => `NetworkPolicy ${policy} restricts the egress of ${pods}, which run an Istio sidecar, and no NetworkPolicy selecting them allows TCP ${XDS_PORT} to ${istiod}: the sidecars get no configuration or certificates, so the pods never become ready.`,
    meshIngress: (policy, pods) => `NetworkPolicy ${policy} restricts ingress to ${ISTIOD}, and no NetworkPolicy selecting it lets the sidecars of ${pods} in on TCP ${XDS_PORT}: they get no configuration or certificates, so those pods never become ready.`,
    webhookIngress: (policy) => `NetworkPolicy ${policy} restricts ingress to ${ISTIOD}, and no NetworkPolicy selecting it allows TCP ${WEBHOOK_PORT} from the API server (only a rule without \`from\` or an ipBlock can match it): the sidecar injection and config validation webhooks time out.`
  },
  docs: {
    diagnosis: "Either a pod with an Istio sidecar (its namespace or pod template opts in to injection) is selected by NetworkPolicies that isolate its egress and allow no TCP 15012 to the istiod pods; or the istiod pods are selected by NetworkPolicies that isolate their ingress and allow no TCP 15012 from the meshed pods, or no TCP 15017 from the API server. The sidecar logs `connection refused` or `deadline exceeded` to `istiod.istio-system.svc:15012` and stays unready (1/2); `kubectl apply` of Istio resources or pod creation fails with `failed calling webhook ... context deadline exceeded`.",
    fix: "For meshed pods, add an egress rule `to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: istio-system}}, podSelector: {matchLabels: {app: istiod}}}]` with `ports: [{port: 15012, protocol: TCP}]` (and DNS, see networkpolicy-blocks-dns). For istiod, allow ingress on 15012 from the meshed namespaces and on 15017 with no `from` (the API server is not a pod; Istio's own chart policy does exactly this).",
    why: "The sidecar fetches its listeners, routes and workload certificate from istiod over TCP 15012; until it has them it is not ready, and with `holdApplicationUntilProxyStarts` the application does not even start. The API server calls istiod's webhooks (Service port 443, pod port 15017) to inject sidecars and validate Istio resources; it connects from control-plane addresses that pod and namespace selectors never match.",
    world: "Sidecar pods are those the mesh helper is sure of (namespace labels, pod labels, an `istio-proxy` container); ambient-mode pods do not talk to istiod and are not judged. istiod is found by its `app: istiod` label; when it is not in the input, its pods are assumed in the configured Istio namespace (`istio.namespace`) with `app: istiod` and `istio: pilot`. Whether the webhooks fail closed depends on their `failurePolicy`, so the consequence is stated as a timeout. An ipBlock covering private ranges, and labels the input does not settle, are trusted to allow the traffic."
  },
  check(policy, { graph, settings, report, messages: messages2 }) {
    const namespace = policy.namespace;
    if (namespace === void 0 || settings.istio.enabled === false) return;
    if (isolates(policy, "Egress")) {
      const istiod = istiodOf(graph, settings);
      const cutOff = bySamePolicies(
        (subject) => blamed(subject.policies, "Egress").includes(policy) && istiod.peers.every(({ peer, names }) => allows(subject.policies, "Egress", peer, tcp(XDS_PORT, names)) === "no")
      );
      const cut = subjectsOf(graph, policy).filter(
        (subject) => (!subject.pod || !isIstiodPod(subject.pod)) && runsSidecar(graph, settings, subject, namespace) && cutOff(subject)
      );
      if (cut.length > 0) {
        const others = [...new Set(cut.flatMap((subject) => blamed(subject.policies, "Egress")))];
        report(messages2.sidecarEgress(policy.name, nameSubjects(cut, policy), istiod.description), {
          at: rulesPath(policy, "Egress"),
          related: subjectRelated(cut, policy, others, "restricts their egress without allowing istiod")
        });
      }
    }
    if (!isolates(policy, "Ingress")) return;
    for (const subject of istiodSubjects(graph, settings, policy)) {
      if (!blamed(subject.policies, "Ingress").includes(policy)) continue;
      const names = subject.pod ? podPortNames(subject.pod) : ISTIOD_PORT_NAMES;
      const others = blamed(subject.policies, "Ingress");
      const related = subjectRelated([subject], policy, others, "restricts ingress to istiod");
      const everyPod = allows(subject.policies, "Ingress", ANY_POD, tcp(XDS_PORT, names)) === "yes";
      const blocked = everyPod ? [] : sidecarPeers(graph, settings).filter(({ peer }) => allows(subject.policies, "Ingress", peer, tcp(XDS_PORT, names)) === "no");
      if (blocked.length > 0) {
        const listed = blocked.slice(0, 3).map((entry) => entry.name).join(", ") + (blocked.length > 3 ? ` and ${blocked.length - 3} more` : "");
        report(messages2.meshIngress(policy.name, listed), { at: rulesPath(policy, "Ingress"), related });
      }
      if (allows(subject.policies, "Ingress", { addresses: ANY_ADDRESS }, tcp(WEBHOOK_PORT, names)) === "no") {
        report(messages2.webhookIngress(policy.name), { at: rulesPath(policy, "Ingress"), related });
      }
    }
  }
});

// rules/networkpolicy-blocks-statefulset-peers/index.ts
var HBONE_PORT = 15008;
function targetNumber(port, pod) {
  const name = targetPortName(port);
  if (name !== void 0) return lookupNamedPort(pod, name, port.protocol ?? "TCP").match?.port.containerPort;
  const target = port.targetPort ?? port.port;
  return typeof target === "number" ? target : Number(target);
}
function peerPorts(service, pod) {
  const ports = [];
  for (const { port, index } of servicePortsOf(service)) {
    const number = targetNumber(port, pod);
    const protocol = port.protocol ?? "TCP";
    if (number === void 0 || !Number.isInteger(number) || protocol !== "TCP" && protocol !== "UDP" && protocol !== "SCTP") continue;
    ports.push({ index, connection: { port: number, protocol, names: podPortNames(pod) }, label: `${number}/${protocol}${port.name ? ` (${port.name})` : ""}` });
  }
  return ports;
}
function hasPeers(pod) {
  const replicas = pod.owner.is("StatefulSet") ? pod.owner.body.spec?.replicas : void 0;
  return typeof replicas === "number" && replicas > 1;
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
  check(policy, { graph, settings, report, messages: messages2 }) {
    const namespace = policy.namespace;
    if (namespace === void 0 || !graph.podsSelectedBy(podSelectorOf(policy), namespace).some(hasPeers)) return;
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
        const message = direction === "Ingress" ? messages2.ingress : messages2.egress;
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
  for (const [key2, value] of Object.entries(normalSelector(selector).matchLabels ?? {})) wanted[key2] = String(value);
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
  check(policy, { graph, report, messages: messages2 }) {
    const namespace = policy.namespace;
    const selector = podSelectorOf(policy);
    if (namespace === void 0 || isEmptySelector(selector)) return;
    if (graph.podsSelectedBy(selector, namespace).length > 0 || mayHoldUnseenPods(graph, namespace)) return;
    const pods = graph.pods(namespace);
    const text2 = formatSelector(selector);
    const closest = closestPod(pods, selector);
    if (!closest) {
      report(messages2.noPods(policy.name, text2, namespace), { at: ["spec", "podSelector"] });
      return;
    }
    const owner = closest.pod.owner;
    report(messages2.closest(policy.name, text2, `${owner.kind} ${owner.name}`, closest.missing), {
      at: ["spec", "podSelector"],
      related: [{ resource: owner, path: [...closest.pod.path, "metadata", "labels"], message: `pod labels of ${owner.kind} ${owner.name}` }]
    });
  }
});

// rules/pod-subdomain-missing-service/index.ts
var pod_subdomain_missing_service_default = defineRule({
  id: "pod-subdomain-missing-service",
  category: "dns",
  severity: "warning",
  description: "A pod template's spec.subdomain names no headless Service selecting those pods in their namespace.",
  target: ["Pod", "Deployment", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"],
  reads: ["Service"],
  messages: {
    missing: (owner, subdomain, namespace) => `${owner} sets subdomain "${subdomain}", but namespace ${namespace} has no Service of that name, so the pods' names <hostname>.${subdomain}.${namespace}.svc never resolve.`,
    missingSimilar: (owner, subdomain, namespace, similar) => `${owner} sets subdomain "${subdomain}", but namespace ${namespace} has no Service of that name; did you mean headless Service ${similar}?`,
    notHeadless: (owner, subdomain) => `${owner} sets subdomain "${subdomain}", but Service ${subdomain} is not headless (it lacks clusterIP: None); cluster DNS publishes pod names only under headless Services.`,
    notSelected: (owner, subdomain) => `${owner} sets subdomain "${subdomain}", but headless Service ${subdomain} does not select its pods; pod names come from the Service's endpoints, so they never resolve.`
  },
  docs: {
    diagnosis: "The pod template sets `spec.subdomain`, and in its namespace there is no Service of that name, the Service has a cluster IP, or its selector does not match the pod labels. From another pod, `nslookup <hostname>.<subdomain>.<namespace>.svc.<cluster-domain>` answers NXDOMAIN.",
    fix: "Create a headless Service (`clusterIP: None`) named like the subdomain whose selector matches the pod labels, or correct `subdomain`. Set `spec.hostname` too: a pod without a hostname gets no per-pod record. StatefulSets are not checked here: their controller sets each pod's subdomain from `spec.serviceName` (see statefulset-service-missing).",
    why: "Cluster DNS builds per-pod records `<hostname>.<subdomain>.<namespace>.svc.<domain>` from the endpoints of a headless Service whose name equals the pod's subdomain: the endpoints controller records a pod's hostname only for that Service, and only pods the Service selects have endpoints. Without such a Service the subdomain does nothing, and peers configured with those names fail with \"unknown host\".",
    world: "A missing Service is reported only when the input is the authority for Services in the namespace (declared there, other Services present, or `assume: complete`)."
  },
  check(owner, { graph, report, messages: messages2 }) {
    const pod = graph.podTemplateOf(owner);
    const subdomain = pod?.spec.subdomain;
    if (!pod || typeof subdomain !== "string" || subdomain === "") return;
    const selects = (service2) => {
      const selector = service2.body.spec?.selector;
      return !selector || Object.keys(selector).length === 0 || graph.podsSelectedBy(selector, pod.namespace).includes(pod);
    };
    const at = [...pod.specPath, "subdomain"];
    const name = `${owner.kind} ${owner.name}`;
    const services = graph.findAll("Service", pod.namespace, subdomain).filter((candidate) => candidate.is("Service") && candidate.group === "");
    const service = services.find((candidate) => isHeadless(candidate) && selects(candidate)) ?? services.find(isHeadless) ?? services[0];
    if (!service) {
      if (graph.exists({ kind: "Service", namespace: pod.namespace, name: subdomain }) !== "no") return;
      const headless = graph.ofKind("Service", pod.namespace).filter(isHeadless);
      const similar = headless.find((candidate) => candidate.name === similarName(subdomain, headless.map((entry) => entry.name)));
      if (similar) {
        report(messages2.missingSimilar(name, subdomain, pod.namespace, similar.name), { at, related: [{ resource: similar, message: `headless Service ${similar.name}` }] });
      } else {
        report(messages2.missing(name, subdomain, pod.namespace), { at });
      }
      return;
    }
    if (!isHeadless(service)) {
      report(messages2.notHeadless(name, subdomain), { at, related: [{ resource: service, path: ["spec", "clusterIP"], message: `Service ${service.name} has a cluster IP` }] });
      return;
    }
    if (!selects(service)) {
      report(messages2.notSelected(name, subdomain), { at, related: [{ resource: service, path: ["spec", "selector"], message: `the selector of Service ${service.name}` }] });
    }
  }
});

// rules/probe-exec-variable-reference/index.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var HOOKS = ["postStart", "preStop"];
var ENV_STYLE2 = /^[A-Z_][A-Z0-9_]*$/;
function execCommands(container, path2) {
  const found = [];
  const read = (handler, handlerPath, name, hook) => {
    const command = handler?.exec?.command;
    if (!Array.isArray(command)) return;
    const base = handlerPath();
    const words = command.flatMap((word, index) => typeof word === "string" ? [{ text: word, path: [...base, "exec", "command", index] }] : []);
    found.push({ name, hook, words });
  };
  for (const probe of PROBES) read(container[probe], () => [...path2, probe], probe, false);
  const lifecycle = container["lifecycle"];
  if (lifecycle !== null && typeof lifecycle === "object") {
    for (const hook of HOOKS) read(lifecycle[hook], () => [...path2, "lifecycle", hook], `lifecycle.${hook}`, true);
  }
  return found;
}
var probe_exec_variable_reference_default = defineRule({
  id: "probe-exec-variable-reference",
  category: "workloads",
  severity: "error",
  description: "`$(VAR)` in a probe or lifecycle hook exec command, where the kubelet expands only literal env values (probes) or nothing at all (hooks).",
  target: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"],
  reads: ["ConfigMap", "Secret"],
  messages: {
    becomesEmpty: (reference, handler, container, name) => `${reference} in the ${handler} command of container ${container} becomes an empty string: for probes the kubelet substitutes only env entries with a literal value, and ${name} comes from valueFrom. Read it in a shell instead: sh -c '\u2026 "$${name}" \u2026'.`,
    notExpanded: (reference, handler, container, name) => `${reference} in the ${handler} command of container ${container} is never expanded (${name} is not a literal env value of the container); the command gets the literal text "${reference}" (inside sh -c, a command substitution that fails). Read it in a shell instead: sh -c '\u2026 "$${name}" \u2026'.`,
    hookNotExpanded: (reference, handler, container, name) => `${reference} in the ${handler} command of container ${container} is never expanded: the kubelet runs lifecycle hook commands as written, and a shell runs "${reference}" as a command substitution. Read the variable in a shell instead: sh -c '\u2026 "$${name}" \u2026'.`
  },
  docs: {
    diagnosis: 'An `exec.command` of a liveness, readiness or startup probe, or of a postStart or preStop hook, contains `$(VAR)`. For probes the kubelet replaces `$(VAR)` only with env entries that have a literal `value`; an entry set with `valueFrom` (the pod IP, a Secret) becomes an empty string, and any other name stays as written. Hook commands are run exactly as written. `kubectl describe pod` shows the probe failing with a usage error or "command not found".',
    fix: "Run the command through a shell and read the variable there, where the container's environment is available: `command: [sh, -c, 'nc -z \"$POD_IP\" 9042']`. Single-quote the script so nothing else expands it.",
    why: "Kubernetes expands `$(VAR)` fully only in a container's `command`, `args` and env values. The kubelet's prober uses a reduced expansion over the env list as written (`ExpandContainerCommandOnlyStatic`: a `valueFrom` entry has an empty value there), and the lifecycle handler runner does no expansion. The exec'd process does inherit the container's environment, so a shell reading `$VAR` sees the real value. Inside `bash -c`, an unexpanded `$(POD_IP)` is a command substitution that runs `POD_IP`, fails, and leaves an empty argument: probes then fail and pods restart or never become ready. (Read from the kubelet source, `pkg/kubelet/prober` and `pkg/kubelet/lifecycle`; stable across releases to date.)"
  },
  check(owner, { graph, report, messages: messages2 }) {
    const pod = graph.podTemplateOf(owner);
    if (!pod) return;
    for (const entry of containersOf(pod)) {
      const container = entry.container;
      const execs = execCommands(container, entry.path);
      if (execs.length === 0) continue;
      const env = new Map(containerEnv(graph, pod, entry).entries.map((variable) => [variable.name, variable.source === "value" ? "literal" : "valueFrom"]));
      for (const exec of execs) {
        if (!exec.words.some((word) => word.text.includes("$("))) continue;
        const scripts = shellScriptIndexes(exec.words.map((word) => word.text));
        exec.words.forEach((word, index) => {
          for (const reference of variableReferences(word.text)) {
            const text2 = word.text.slice(reference.start, reference.end);
            const name = shellParameterSyntax(reference.name) ?? reference.name;
            if (!isVariableName(name)) continue;
            const source = env.get(reference.name);
            if (scripts.has(index) && source === void 0 && !ENV_STYLE2.test(name)) continue;
            const at = [...word.path];
            if (exec.hook) report(messages2.hookNotExpanded(text2, exec.name, entry.container.name, name), { at });
            else if (source === "literal") continue;
            else if (source === "valueFrom") report(messages2.becomesEmpty(text2, exec.name, entry.container.name, name), { at });
            else report(messages2.notExpanded(text2, exec.name, entry.container.name, name), { at });
          }
        });
      }
    }
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
function valueAt2(data, path2) {
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
  return names.map((name) => own(ARTICLES, name) ?? name).join(" or ");
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
function describe2(error, value) {
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
      return { kind: "invalid", text: own(FORMAT_MESSAGES, format)?.(value) ?? `must be a valid ${format}; got ${showValue(value)}` };
    }
    case "pattern":
      return { kind: "invalid", text: `must match the pattern ${String(params["pattern"])}; got ${showValue(value)}` };
    case "uniqueItems":
      return { kind: "invalid", text: `must not repeat items (items ${String(params["i"])} and ${String(params["j"])} are equal)` };
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
    const value = valueAt2(data, path2);
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
      else text3 = `matches none of the forms it may take${folded[0] ? ` (for one: ${describe2(folded[0], valueAt2(data, segments(folded[0].instancePath, data))).text})` : ""}`;
      push({ kind: "invalid", path: path2, key: false, message: `${where2 === "" ? "the object" : where2} ${text3}` });
      continue;
    }
    const { kind, text: text2 } = describe2(error, value);
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
      const property = own(schema.properties, segment);
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
  if (validate.check?.(resource.body) === true || validate(resource.body)) return [];
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
    fix: "Correct the field at the reported line: rename or re-indent an unknown field (the message suggests the closest real field), quote or unquote the value to give it the right type, pick one of the listed values, or add the required field. The schema follows `kubernetesVersion` (config) or `--kubernetes-version`, default 1.35 (a version outside 1.23\u20131.35 is checked against the nearest one shipped); custom resources are checked against CustomResourceDefinitions in the input, the bundled Istio, Gateway API and prometheus-operator CRDs, or `--schema-dir` schemas.",
    why: "The API server rejects an object that does not match its schema, so `kubectl apply` fails, often halfway through a multi-document file, and a GitOps sync stays broken. Unknown fields are worse where they are not rejected: older kubectl versions and `--validate=false` drop them silently, so a mistyped `livenessProbe` or `resources` is simply never applied and the workload runs without it. Checking against the schema of the target version catches both before the manifest reaches a cluster."
  },
  check(resource, { graph, settings, report, messages: messages2 }) {
    const problems = schemaProblems(catalogFor(graph, settings), resource);
    for (const problem of problems ?? []) {
      report(messages2[problem.kind](problem.message), { at: { path: problem.path, key: problem.key } });
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
  check(service, { graph, report, messages: messages2 }) {
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
      report(messages2.noPods(service.name, text2, namespace), { at: ["spec", "selector"] });
      return;
    }
    const owner = closest.pod.owner;
    report(messages2.closest(service.name, text2, `${owner.kind} ${owner.name}`, closest.missing), {
      at: ["spec", "selector"],
      related: [{ resource: owner, path: [...closest.pod.path, "metadata", "labels"], message: `pod labels of ${owner.kind} ${owner.name}` }]
    });
  }
});

// rules/service-target-port-missing/index.ts
function owners(pods) {
  const names = pods.map((pod) => `${pod.owner.kind} ${pod.owner.name}`);
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`;
}
function declaresAllPorts(pod) {
  const serving = containersOf(pod).filter((entry) => entry.role !== "init");
  return serving.length > 0 && serving.every((entry) => Array.isArray(entry.container.ports) && entry.container.ports.length > 0);
}
var service_target_port_missing_default = defineRule({
  id: "service-target-port-missing",
  category: "services",
  severity: "error",
  description: "A Service's targetPort names a container port that none of the selected pods declares (or a number none of them lists).",
  target: ["Service"],
  reads: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"],
  messages: {
    namedMissing: (service, port, name, owners2) => `Service ${service} sends port ${port} to targetPort "${name}", but no container of ${owners2} declares a port named "${name}"; the Service has no endpoints on that port.`,
    namedOtherProtocol: (service, port, name, protocol, owner, declared) => `Service ${service} sends ${protocol} port ${port} to targetPort "${name}", but ${owner} declares "${name}" as ${declared}; a named port must match the protocol too, so the Service has no endpoints on that port.`,
    numberMissing: (service, port, target, owner, declared) => `Service ${service} sends port ${port} to targetPort ${target}, but no container of ${owner} declares ${target}: it declares ${declared}.`
  },
  docs: {
    diagnosis: "A Service port's `targetPort` is a name that no container of the pods the Service selects declares under `ports[].name` with the same protocol; or a number that none of their declared `containerPort`s has while a container port of the same name has another number, or the number is only a `hostPort`. `kubectl get endpointslices -l kubernetes.io/service-name=<service>` shows no endpoints for that port.",
    fix: "Use the name a container declares (names are case-sensitive and at most 15 characters), declare the port on the container with that name and the Service port's protocol, or use the number the application listens on.",
    why: "For a named targetPort the endpoints controller looks, pod by pod, for a container port with that name and the Service port's protocol (init containers with `restartPolicy: Always`, the sidecars, count too in versions with sidecar containers; older controllers read app containers only, which may make this rule miss a port only a sidecar declares there). A pod without one is left out of that port's endpoints, so with no match at all, connections to the port are refused or time out. A numeric targetPort is used as it is, and declaring container ports is optional (and lists are often incomplete), so a number is reported only when every container lists its ports, none of them is that number, and the manifest shows the slip: a container port of the same name as the Service port with another number (one side was renumbered), or the number is a `hostPort` (which lives on the node, not the pod IP). Pods outside the input (made by operators) are not judged.",
    world: "Reported only for pods in the input that the Service selects; a Service that selects none is service-no-matching-pods' concern."
  },
  check(service, { graph, report, messages: messages2 }) {
    const spec = service.body.spec;
    const selector = spec?.selector;
    if (!selector || Object.keys(selector).length === 0 || spec?.type === "ExternalName" || service.namespace === void 0) return;
    const pods = graph.podsSelectedBy(selector, service.namespace);
    if (pods.length === 0) return;
    for (const { port, index } of servicePortsOf(service)) {
      const shown = `${port.name === void 0 ? "" : `"${port.name}" `}(${port.port ?? "?"})`;
      const at = ["spec", "ports", index, "targetPort"];
      const protocol = port.protocol ?? "TCP";
      const name = targetPortName(port);
      if (name !== void 0) {
        const lookups = pods.map((pod) => ({ pod, lookup: lookupNamedPort(pod, name, protocol) }));
        if (lookups.some(({ lookup }) => lookup.match)) continue;
        const other = lookups.find(({ lookup }) => lookup.otherProtocol);
        if (other?.lookup.otherProtocol) {
          const declared2 = other.lookup.otherProtocol;
          const owner2 = other.pod.owner;
          report(messages2.namedOtherProtocol(service.name, shown, name, protocol, `${owner2.kind} ${owner2.name}`, `${declared2.port.containerPort}/${declared2.port.protocol ?? "TCP"}`), {
            at,
            related: [{ resource: owner2, path: [...declared2.path, "protocol"], message: `port "${name}" of container ${declared2.container.container.name}` }]
          });
        } else {
          report(messages2.namedMissing(service.name, shown, name, owners(pods)), {
            at,
            related: pods.slice(0, 3).map((pod) => ({ resource: pod.owner, path: [...pod.specPath, "containers"], message: `containers of ${pod.owner.kind} ${pod.owner.name}` }))
          });
        }
        continue;
      }
      const target = port.targetPort;
      if (typeof target !== "number" || !pods.every(declaresAllPorts)) continue;
      const declared = pods.flatMap((pod) => servingPorts(pod).map((entry) => ({ pod, entry })));
      if (declared.some(({ entry }) => entry.port.containerPort === target)) continue;
      const slip = declared.find(({ entry }) => entry.port.hostPort === target) ?? declared.find(({ entry }) => port.name !== void 0 && entry.port.name === port.name);
      if (!slip) continue;
      const owner = slip.pod.owner;
      const seen = slip.entry.port.hostPort === target ? `hostPort ${target} on container port ${slip.entry.port.containerPort}` : `port "${port.name}" as ${slip.entry.port.containerPort}`;
      report(messages2.numberMissing(service.name, shown, target, `${owner.kind} ${owner.name}`, seen), {
        at,
        related: [{ resource: owner, path: [...slip.entry.path], message: `container port of ${owner.kind} ${owner.name}` }]
      });
    }
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
  check(statefulSet, { graph, report, messages: messages2 }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    if (typeof serviceName !== "string" || serviceName === "" || namespace === void 0) return;
    if (graph.find("Service", namespace, serviceName)) return;
    if (graph.exists({ kind: "Service", namespace, name: serviceName }) !== "no") return;
    const template = graph.podTemplateOf(statefulSet);
    const candidate = graph.ofKind("Service", namespace).filter((service) => {
      const selector = service.body.spec?.selector;
      if (selector === void 0 || selector === null || Object.keys(selector).length === 0 || template === void 0) return false;
      for (const [key2, value] of Object.entries(selector)) if (template.labels[key2] !== String(value) && !isControllerLabel(key2)) return false;
      const wanted = Object.fromEntries(Object.entries(selector).map(([key2, value]) => [key2, String(value)]));
      return matchesSelector(labelsForSelector(template, wanted), selectorFromMap(wanted));
    }).sort((a, b) => Number(b.body.spec?.clusterIP === "None") - Number(a.body.spec?.clusterIP === "None"))[0];
    const message = candidate ? messages2.missingWithHint(statefulSet.name, serviceName, namespace, candidate.name) : messages2.missing(statefulSet.name, serviceName, namespace);
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
  check(statefulSet, { graph, report, messages: messages2 }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    if (typeof serviceName !== "string" || namespace === void 0) return;
    const service = graph.find("Service", namespace, serviceName);
    if (!service) return;
    const spec = service.body.spec;
    const related = [{ resource: statefulSet, path: ["spec", "serviceName"], message: `StatefulSet ${statefulSet.name} names this Service as its governing Service` }];
    if (spec?.type === "ExternalName") {
      report(messages2.externalName(service.name, statefulSet.name), { at: { resource: service, path: ["spec", "type"] }, related });
      return;
    }
    if (spec?.clusterIP === "None") return;
    const clusterIP = spec?.clusterIP === void 0 ? "no clusterIP, so one is allocated" : `clusterIP: ${spec.clusterIP}`;
    report(messages2.notHeadless(service.name, statefulSet.name, clusterIP), {
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
  check(statefulSet, { graph, report, messages: messages2 }) {
    const serviceName = statefulSet.body.spec?.serviceName;
    const namespace = statefulSet.namespace;
    const template = graph.podTemplateOf(statefulSet);
    if (typeof serviceName !== "string" || namespace === void 0 || !template) return;
    const service = graph.find("Service", namespace, serviceName);
    if (!service || service.body.spec?.type === "ExternalName") return;
    const selector = service.body.spec?.selector;
    const related = [{ resource: statefulSet, path: [...template.path, "metadata", "labels"], message: `the pod labels of StatefulSet ${statefulSet.name}` }];
    if (selector === void 0 || selector === null || Object.keys(selector).length === 0) {
      report(messages2.noSelector(service.name, statefulSet.name), { at: { resource: service, path: ["spec", "selector"] }, related });
      return;
    }
    if (matchesSelector(template.labels, selectorFromMap(selector))) return;
    const labels = formatSelector(selectorFromMap(template.labels));
    report(messages2.mismatch(service.name, formatSelector(selectorFromMap(selector)), statefulSet.name, labels), {
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
  check(resource, { graph, settings, report, messages: messages2 }) {
    const catalog = catalogFor(graph, settings);
    const schema = catalog.schemaFor(resource.apiVersion, resource.kind);
    if (schema !== void 0 && schema.problem === void 0) return;
    if (schema === void 0 && apiStatus(catalog, resource.apiVersion, resource.kind).status !== "unknown") return;
    const same = graph.ofAnyKind(resource.kind).filter((other) => other.apiVersion === resource.apiVersion);
    if (same[0] !== resource) return;
    if (schema?.problem !== void 0) {
      const source = schema.origin.type === "schema-dir" ? schema.origin.file : `CustomResourceDefinition ${schema.origin.type === "input-crd" ? schema.origin.crd.name : ""}`;
      report(messages2.brokenSchema(resource.apiVersion, resource.kind, source, schema.problem), { at: ["kind"] });
      return;
    }
    if (isBuiltinGroup(catalog, splitApiVersion(resource.apiVersion).group)) {
      report(messages2.notBuiltinKind(resource.apiVersion, resource.kind, catalog.target, similarName(resource.kind, builtinKindsOf(catalog, resource.apiVersion))), { at: ["kind"] });
      return;
    }
    report(messages2.noSchema(resource.apiVersion, resource.kind, catalog.target, same.length), { at: ["kind"] });
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
  check(workload, { graph, report, messages: messages2 }) {
    const template = graph.podTemplateOf(workload);
    const raw = workload.body.spec?.selector;
    if (!template || raw === void 0 || raw === null || typeof raw !== "object") return;
    if (workload.kind === "Job" && workload.body.spec?.manualSelector !== true) return;
    const selector = workload.kind === "ReplicationController" ? selectorFromMap(raw) : raw;
    if (isEmptySelector(selector)) {
      if (workload.group === "apps") report(messages2.empty(workload.kind, workload.name), { at: ["spec", "selector"] });
      return;
    }
    if (matchesSelector(template.labels, selector)) return;
    report(messages2.mismatch(workload.kind, workload.name, formatSelector(selector), formatSelector(selectorFromMap(template.labels))), {
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
function isCandidate(value) {
  return typeof value === "boolean" || typeof value === "number";
}
function mapFields(found, base, map) {
  const entries = record(map);
  if (!entries) return;
  for (const key2 in entries) {
    if (Object.hasOwn(entries, key2) && isCandidate(entries[key2])) found.push([...base, key2]);
  }
}
function listFields(found, base, items) {
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) if (isCandidate(items[i])) found.push([...base, i]);
}
function stringFields(found, resource) {
  const body = resource.body;
  const metadata = record(body["metadata"]);
  mapFields(found, ["metadata", "labels"], metadata?.["labels"]);
  mapFields(found, ["metadata", "annotations"], metadata?.["annotations"]);
  if (resource.kind === "ConfigMap") mapFields(found, ["data"], body["data"]);
  if (resource.kind === "Secret") mapFields(found, ["stringData"], body["stringData"]);
  if (resource.kind === "Service") mapFields(found, ["spec", "selector"], record(body["spec"])?.["selector"]);
}
function podFields(found, resource, graph) {
  const pod = graph.podTemplateOf(resource);
  if (!pod) return;
  let template = resource.body;
  for (const key2 of pod.path) template = record(template)?.[key2];
  if (pod.path.length > 0) {
    const metadata = record(record(template)?.["metadata"]);
    for (const field of ["labels", "annotations"]) mapFields(found, [...pod.path, "metadata", field], metadata?.[field]);
  }
  const spec = record(record(template)?.["spec"]) ?? {};
  for (const group of ["initContainers", "containers"]) {
    const containers = spec[group];
    if (!Array.isArray(containers)) continue;
    for (let c = 0; c < containers.length; c++) {
      const container = record(containers[c]);
      if (!container) continue;
      for (const list of ["command", "args"]) {
        if (Array.isArray(container[list]) && container[list].some(isCandidate)) listFields(found, [...pod.specPath, group, c, list], container[list]);
      }
      const env = container["env"];
      if (!Array.isArray(env)) continue;
      for (let i = 0; i < env.length; i++) {
        const value = record(env[i])?.["value"];
        if (isCandidate(value)) found.push([...pod.specPath, group, c, "env", i, "value"]);
      }
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
  check(resource, { graph, report, messages: messages2 }) {
    const fields = [];
    stringFields(fields, resource);
    podFields(fields, resource, graph);
    for (const path2 of fields) {
      const scalar = resource.scalarAt(...path2);
      if (!scalar?.plain) continue;
      const disagreement = yamlVersionDisagreement(scalar.text);
      if (!disagreement) continue;
      report(messages2.ambiguous(scalar.text, show(disagreement.yaml11), show(disagreement.yaml12)), {
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
  cluster_domain_mismatch_default,
  dns_name_unresolvable_default,
  dns_srv_port_missing_default,
  env_var_reference_undefined_default,
  file_unreadable_default,
  headless_service_no_ports_default,
  headless_service_port_remap_default,
  headless_service_publish_not_ready_default,
  hpa_target_missing_default,
  istio_injection_label_conflict_default,
  istio_injection_label_misplaced_default,
  istio_namespace_not_injected_default,
  istio_port_protocol_unnamed_default,
  networkpolicy_blocks_dns_default,
  networkpolicy_blocks_istiod_default,
  networkpolicy_blocks_statefulset_peers_default,
  networkpolicy_selects_nothing_default,
  pod_subdomain_missing_service_default,
  probe_exec_variable_reference_default,
  resource_malformed_default,
  rolebinding_role_missing_default,
  schema_default,
  service_no_matching_pods_default,
  service_target_port_missing_default,
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
