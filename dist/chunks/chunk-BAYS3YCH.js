import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-6GEXV4UB.js";
import {
  __toESM
} from "./chunk-4Q47YGAT.js";

// src/graph/kinds.ts
var KIND_GROUPS = {
  ConfigMap: [""],
  ClusterRole: ["rbac.authorization.k8s.io"],
  ClusterRoleBinding: ["rbac.authorization.k8s.io"],
  CronJob: ["batch"],
  CustomResourceDefinition: ["apiextensions.k8s.io"],
  DaemonSet: ["apps", "extensions"],
  Deployment: ["apps", "extensions"],
  Endpoints: [""],
  HorizontalPodAutoscaler: ["autoscaling"],
  Ingress: ["networking.k8s.io", "extensions"],
  Job: ["batch"],
  Namespace: [""],
  NetworkPolicy: ["networking.k8s.io", "extensions"],
  PersistentVolumeClaim: [""],
  Pod: [""],
  PodDisruptionBudget: ["policy"],
  ReplicaSet: ["apps", "extensions"],
  ReplicationController: [""],
  Role: ["rbac.authorization.k8s.io"],
  RoleBinding: ["rbac.authorization.k8s.io"],
  Secret: [""],
  Service: [""],
  ServiceAccount: [""],
  StatefulSet: ["apps"]
};
function isKindName(kind) {
  return Object.prototype.hasOwnProperty.call(KIND_GROUPS, kind);
}
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  "APIService",
  "CertificateSigningRequest",
  "ClusterRole",
  "ClusterRoleBinding",
  "ComponentStatus",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "FlowSchema",
  "IngressClass",
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PodSecurityPolicy",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "RuntimeClass",
  "SelfSubjectAccessReview",
  "SelfSubjectReview",
  "SelfSubjectRulesReview",
  "StorageClass",
  "StorageVersion",
  "StorageVersionMigration",
  "SubjectAccessReview",
  "TokenReview",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment",
  "VolumeAttributesClass",
  "DeviceClass",
  "ResourceSlice",
  "ClusterTrustBundle",
  "IPAddress",
  "ServiceCIDR",
  // Common CRDs whose scope is fixed upstream.
  "GatewayClass",
  "ClusterIssuer",
  "ClusterPolicy",
  "ClusterServingRuntime",
  "ClusterRoleTemplate"
]);
var POD_TEMPLATE_PATHS = Object.assign(/* @__PURE__ */ Object.create(null), {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"]
});
var POD_TEMPLATE_OWNER_KINDS = Object.keys(POD_TEMPLATE_PATHS);
function splitApiVersion(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

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
function resolvePlainScalar(text2) {
  if (text2 === "") return null;
  const first = text2.charCodeAt(0);
  if (first >= 128 || NON_STRING_START[first] === 0) return text2;
  if (first > NINE && text2.length > LONGEST_WORD) return text2;
  const word = WORDS.get(text2);
  if (word !== void 0) return word;
  if (first > NINE) return text2;
  if (first !== ZERO && first >= ZERO && text2.length <= 15) {
    let at3 = 1;
    while (at3 < text2.length) {
      const code = text2.charCodeAt(at3);
      if (code < ZERO || code > NINE) break;
      at3 += 1;
    }
    if (at3 === text2.length) return Number(text2);
  }
  const digits = text2.includes("_") ? text2.replaceAll("_", "") : text2;
  if (INT.test(digits)) return parseInteger(digits);
  if (FLOAT.test(digits)) return Number(digits);
  return text2;
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
function resolveYaml12(text2) {
  if (/^(?:~|null|Null|NULL)?$/.test(text2)) return null;
  if (/^(?:true|True|TRUE)$/.test(text2)) return true;
  if (/^(?:false|False|FALSE)$/.test(text2)) return false;
  if (/^[-+]?[0-9]+$/.test(text2)) return parseInt(text2, 10);
  if (/^0o[0-7]+$/.test(text2)) return parseInt(text2.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text2)) return parseInt(text2.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text2)) return Number(text2);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text2)) return text2.startsWith("-") ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text2)) return NaN;
  return text2;
}
function yamlVersionDisagreement(text2) {
  const yaml11 = resolvePlainScalar(text2);
  const yaml12 = resolveYaml12(text2);
  if (Object.is(yaml11, yaml12)) return void 0;
  return { yaml11, yaml12 };
}

// src/graph/controller-labels.ts
var STATEFULSET_POD_NAME = "statefulset.kubernetes.io/pod-name";
var POD_INDEX = "apps.kubernetes.io/pod-index";
var JOB_NAME_LABELS = ["job-name", "batch.kubernetes.io/job-name"];
function isControllerLabel(key2) {
  return key2 === STATEFULSET_POD_NAME || key2 === POD_INDEX || JOB_NAME_LABELS.includes(key2);
}
function replicasOf(pod) {
  const replicas = pod.owner.body.spec?.replicas;
  return typeof replicas === "number" ? replicas : void 0;
}
function labelsForSelector(pod, wanted) {
  let extra;
  const add = (key2, value) => {
    extra ??= { ...pod.labels };
    extra[key2] = value;
  };
  if (pod.owner.kind === "StatefulSet") {
    const replicas = replicasOf(pod);
    const podName = wanted[STATEFULSET_POD_NAME];
    const prefix = `${pod.owner.name}-`;
    if (podName?.startsWith(prefix)) {
      const ordinal = podName.slice(prefix.length);
      if (/^\d+$/.test(ordinal) && (replicas === void 0 || Number(ordinal) < replicas)) add(STATEFULSET_POD_NAME, podName);
    }
    const index = wanted[POD_INDEX];
    if (index !== void 0 && /^\d+$/.test(index) && (replicas === void 0 || Number(index) < replicas)) add(POD_INDEX, index);
  }
  if (pod.owner.kind === "Job") {
    for (const key2 of JOB_NAME_LABELS) if (wanted[key2] === pod.owner.name) add(key2, pod.owner.name);
  }
  return extra ?? pod.labels;
}

// src/graph/memo.ts
function cached(cache, key2, make) {
  let value = cache.get(key2);
  if (value === void 0) {
    value = make(key2);
    cache.set(key2, value);
  }
  return value;
}
function cachedPer(cache, outer, key2, make) {
  return cached(cached(cache, outer, () => /* @__PURE__ */ new Map()), key2, make);
}

// src/graph/selector.ts
var UNSATISFIABLE = { key: "", operator: "Unsatisfiable" };
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isRequirement(value) {
  if (!isPlainObject(value) || typeof value["key"] !== "string" || typeof value["operator"] !== "string") return false;
  const values = value["values"];
  return values === void 0 || values === null || Array.isArray(values) && values.every((entry) => typeof entry === "string");
}
function normalSelector(selector) {
  if (selector === null || selector === void 0) return {};
  if (!isPlainObject(selector)) return { matchExpressions: [UNSATISFIABLE] };
  const labels = selector["matchLabels"];
  const expressions = selector["matchExpressions"];
  const labelsOk = labels === void 0 || isPlainObject(labels);
  const expressionsOk = expressions === void 0 || Array.isArray(expressions) && expressions.every(isRequirement);
  if (labelsOk && expressionsOk) return selector;
  const out = {};
  if (isPlainObject(labels)) out.matchLabels = labels;
  const requirements = [];
  if (labels !== void 0 && labels !== null && !isPlainObject(labels)) requirements.push(UNSATISFIABLE);
  if (Array.isArray(expressions)) for (const entry of expressions) requirements.push(isRequirement(entry) ? entry : withStringValues(entry));
  else if (expressions !== void 0 && expressions !== null) requirements.push(UNSATISFIABLE);
  if (requirements.length > 0) out.matchExpressions = requirements;
  return out;
}
function withStringValues(entry) {
  if (!isPlainObject(entry) || typeof entry["key"] !== "string" || typeof entry["operator"] !== "string" || !Array.isArray(entry["values"])) return UNSATISFIABLE;
  return { key: entry["key"], operator: entry["operator"], values: entry["values"].map(String) };
}
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
function matchesSelector(labels, written) {
  for (const requirement of requirementsOf(written)) {
    if (!matchesRequirement(labels, requirement)) return false;
  }
  return true;
}
var NO_REQUIREMENTS = Object.freeze([]);
var requirementCache = /* @__PURE__ */ new WeakMap();
function requirementsOf(written) {
  if (written === null || written === void 0) return NO_REQUIREMENTS;
  return typeof written === "object" ? cached(requirementCache, written, readRequirements) : readRequirements(written);
}
function readRequirements(written) {
  const selector = normalSelector(written);
  return [
    ...Object.entries(selector.matchLabels ?? {}).map(([key2, value]) => ({ key: key2, operator: "In", values: [String(value)] })),
    ...selector.matchExpressions ?? []
  ];
}
function isEmptySelector(written) {
  const selector = normalSelector(written);
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}
function formatSelector(written) {
  const selector = normalSelector(written);
  const parts = Object.entries(selector.matchLabels ?? {}).map(([key2, value]) => `${key2}=${String(value)}`);
  for (const requirement of selector.matchExpressions ?? []) {
    const values = (requirement.values ?? []).join(",");
    if (requirement.operator === "Exists") parts.push(requirement.key);
    else if (requirement.operator === "DoesNotExist") parts.push(`!${requirement.key}`);
    else parts.push(`${requirement.key} ${requirement.operator.toLowerCase()} (${values})`);
  }
  return parts.length === 0 ? "(everything)" : parts.join(",");
}
var KNOWN_OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function requirementVerdict(facts, requirement) {
  if (Object.prototype.hasOwnProperty.call(facts.labels, requirement.key)) {
    return matchesRequirement(facts.labels, requirement) ? "yes" : "no";
  }
  if (facts.mayHave(requirement.key)) {
    return KNOWN_OPERATORS.has(requirement.operator) ? "maybe" : "no";
  }
  return matchesRequirement(facts.labels, requirement) ? "yes" : "no";
}
function selectorVerdict(facts, written) {
  let verdict = "yes";
  for (const requirement of requirementsOf(written)) {
    const answer = requirementVerdict(facts, requirement);
    if (answer === "no") return "no";
    if (answer === "maybe") verdict = "maybe";
  }
  return verdict;
}
function demands(written) {
  const selector = normalSelector(written);
  const byKey = /* @__PURE__ */ new Map();
  const demand = (key2) => {
    let entry = byKey.get(key2);
    if (!entry) {
      entry = { present: false, absent: false, excluded: /* @__PURE__ */ new Set() };
      byKey.set(key2, entry);
    }
    return entry;
  };
  const restrict = (entry, values) => {
    entry.present = true;
    entry.values = new Set(entry.values === void 0 ? values : values.filter((value) => entry.values?.has(value)));
  };
  for (const [key2, value] of Object.entries(selector.matchLabels ?? {})) restrict(demand(key2), [String(value)]);
  for (const requirement of selector.matchExpressions ?? []) {
    const entry = demand(requirement.key);
    const values = (requirement.values ?? []).map(String);
    switch (requirement.operator) {
      case "In":
        restrict(entry, values);
        break;
      case "NotIn":
        for (const value of values) entry.excluded.add(value);
        break;
      case "Exists":
        entry.present = true;
        break;
      case "DoesNotExist":
        entry.absent = true;
        break;
      default:
        return void 0;
    }
  }
  return byKey;
}
function selectorImplies(narrow, wide) {
  const have = demands(narrow);
  const want = demands(wide);
  if (!have || !want) return false;
  const allowedValues = (entry) => entry?.values === void 0 ? void 0 : [...entry.values].filter((value) => !entry.excluded.has(value));
  for (const entry of have.values()) {
    const allowed = allowedValues(entry);
    if (entry.present && entry.absent || allowed !== void 0 && allowed.length === 0) return true;
  }
  for (const [key2, need] of want) {
    const got = have.get(key2);
    const allowed = allowedValues(got);
    if (need.absent && !got?.absent) return false;
    if (need.present && !got?.present) return false;
    if (need.values !== void 0 && (allowed === void 0 || allowed.some((value) => !need.values?.has(value)))) return false;
    if (need.excluded.size > 0 && !got?.absent) {
      const excludedEverywhere = [...need.excluded].every((value) => got?.excluded.has(value) === true || allowed !== void 0 && !allowed.includes(value));
      if (!excludedEverywhere) return false;
    }
  }
  return true;
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
function setOwn(target, key2, value) {
  if (key2 === "__proto__") Object.defineProperty(target, key2, { value, writable: true, enumerable: true, configurable: true });
  else target[key2] = value;
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
        const key2 = (0, import_yaml.isScalar)(pair.key) ? scalarValue(pair.key) : convert(pair.key);
        if (key2 === "<<" && (0, import_yaml.isScalar)(pair.key) && pair.key.type === import_yaml.Scalar.PLAIN) {
          merges.push(convert(pair.value));
          continue;
        }
        setOwn(out, typeof key2 === "string" ? key2 : JSON.stringify(key2) ?? String(key2), convert(pair.value));
      }
      for (const merge of merges) {
        for (const source of Array.isArray(merge) ? merge : [merge]) {
          if (source === null || typeof source !== "object") continue;
          for (const [key2, value] of Object.entries(source)) {
            if (--budget < 0) throw new DocumentValueError("Merge keys (<<) copy too many entries; this document is not linted", offsetOf(node));
            if (!Object.prototype.hasOwnProperty.call(out, key2)) setOwn(out, key2, value);
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
function keyText(key2) {
  if ((0, import_yaml.isScalar)(key2)) {
    const value = key2.type === import_yaml.Scalar.PLAIN ? resolvePlainScalar(key2.source ?? String(key2.value)) : key2.value;
    return typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  }
  return void 0;
}

// src/graph/resource.ts
var Resource = class {
  constructor(id, apiVersion, kind, name2, namespace, body, source, locator, basePath) {
    this.id = id;
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.name = name2;
    this.namespace = namespace;
    this.body = body;
    this.source = source;
    this.locator = locator;
    this.basePath = basePath;
    const slash = apiVersion.indexOf("/");
    this.group = slash === -1 ? "" : apiVersion.slice(0, slash);
    const metadata = body.metadata;
    this.labels = stringMap(metadata?.labels);
    this.annotations = stringMap(metadata?.annotations);
  }
  id;
  apiVersion;
  kind;
  name;
  namespace;
  body;
  source;
  locator;
  basePath;
  group;
  labels;
  annotations;
  get ref() {
    return this.namespace === void 0 ? { apiVersion: this.apiVersion, kind: this.kind, name: this.name } : { apiVersion: this.apiVersion, kind: this.kind, namespace: this.namespace, name: this.name };
  }
  /** `StatefulSet kafka/kafka` — how messages name a resource. */
  get displayName() {
    return this.namespace === void 0 ? `${this.kind} ${this.name}` : `${this.kind} ${this.namespace}/${this.name}`;
  }
  /** Where a path is written; a missing path gives its deepest existing ancestor's key. */
  rangeOf(...path) {
    return this.locator.rangeOf([...this.basePath, ...path]);
  }
  /** Where the key holding a path is written (for unknown or duplicate fields). */
  keyRangeOf(...path) {
    return this.locator.keyRangeOf([...this.basePath, ...path]);
  }
  /** The scalar as written, to tell `yes` from `"yes"` or `0644` from `420`. */
  scalarAt(...path) {
    return this.locator.scalarAt([...this.basePath, ...path]);
  }
  /** The document's lines, for comment directives. */
  get documentLines() {
    return { start: this.locator.startLine, end: this.locator.endLine, text: this.locator.text };
  }
  is(kind) {
    return this.kind === kind;
  }
};
function allStrings(record) {
  for (const key2 in record) if (typeof record[key2] !== "string") return false;
  return true;
}
function stringMap(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return EMPTY;
  if (allStrings(value)) return value;
  const out = {};
  for (const [key2, entry] of Object.entries(value)) {
    if (entry !== null && entry !== void 0) setOwn(out, key2, String(entry));
  }
  return out;
}
var EMPTY = Object.freeze({});

// src/graph/pod-template.ts
function dig(value, path) {
  let current = value;
  for (const key2 of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key2];
  }
  return current;
}
function labelMap(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  if (allStrings(value)) return value;
  const out = {};
  for (const [key2, entry] of Object.entries(value)) {
    if (entry !== null && entry !== void 0) setOwn(out, key2, String(entry));
  }
  return out;
}
function isFields(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var POD_LISTS = ["containers", "initContainers", "ephemeralContainers", "volumes", "imagePullSecrets", "tolerations", "hostAliases", "topologySpreadConstraints", "readinessGates"];
var POD_OBJECTS = ["securityContext", "affinity", "dnsConfig", "nodeSelector"];
var CONTAINER_LISTS = ["env", "envFrom", "ports", "volumeMounts", "volumeDevices"];
var CONTAINER_WORDS = ["command", "args"];
var CONTAINER_OBJECTS = ["livenessProbe", "readinessProbe", "startupProbe", "lifecycle", "securityContext", "resources"];
function shaped(fields, lists, objects, words, entry = (value) => value) {
  let out;
  const set = (key2, value) => {
    out ??= { ...fields };
    if (value === void 0) delete out[key2];
    else out[key2] = value;
  };
  for (let k = 0; k < lists.length; k += 1) {
    const key2 = lists[k];
    const value = fields[key2];
    if (value === void 0 || value === null) continue;
    if (!Array.isArray(value)) {
      set(key2, []);
      continue;
    }
    let items;
    for (let index = 0; index < value.length; index += 1) {
      const item = value[index];
      const fixed = isFields(item) ? entry(item, key2) : {};
      if (items === void 0 && fixed !== item) items = value.slice(0, index);
      items?.push(fixed);
    }
    if (items !== void 0) set(key2, items);
  }
  for (let k = 0; k < words.length; k += 1) {
    const key2 = words[k];
    const value = fields[key2];
    if (value === void 0 || value === null) continue;
    if (!Array.isArray(value)) set(key2, []);
    else if (value.some((word) => typeof word !== "string")) set(key2, value.map((word) => typeof word === "string" ? word : JSON.stringify(word) ?? ""));
  }
  for (let k = 0; k < objects.length; k += 1) {
    const key2 = objects[k];
    const value = fields[key2];
    if (value !== void 0 && value !== null && !isFields(value)) set(key2, void 0);
  }
  return out ?? fields;
}
var CONTAINER_KINDS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers"]);
function shapedEntry(entry, list2) {
  return CONTAINER_KINDS.has(list2) ? shaped(entry, CONTAINER_LISTS, CONTAINER_OBJECTS, CONTAINER_WORDS) : entry;
}
function podTemplateOf(resource) {
  const path = POD_TEMPLATE_PATHS[resource.kind];
  if (path === void 0 || resource.namespace === void 0) return void 0;
  const template = dig(resource.body, path);
  if (template === null || typeof template !== "object") return void 0;
  const spec = template.spec;
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) return void 0;
  const metadata = template.metadata;
  return {
    owner: resource,
    namespace: resource.namespace,
    labels: labelMap(metadata?.labels),
    annotations: labelMap(metadata?.annotations),
    spec: shaped(spec, POD_LISTS, POD_OBJECTS, [], shapedEntry),
    path,
    specPath: [...path, "spec"]
  };
}

// src/graph/references.ts
function at(value, key2) {
  if (value === null || typeof value !== "object") return void 0;
  return value[key2];
}
function present(value) {
  return value !== void 0 && value !== null;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function name(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
var Collector = class {
  constructor(from) {
    this.from = from;
  }
  from;
  drafts = [];
  add(kind, target, path, options = {}) {
    const targetName = name(target);
    if (targetName === void 0) return;
    const namespace = "namespace" in options ? options.namespace : this.from.namespace;
    const to = namespace === void 0 ? { kind, name: targetName } : { kind, name: targetName, namespace };
    const draft = { from: this.from, path, to, optional: options.optional === true, keys: options.keys ?? [] };
    if (options.use) draft.use = options.use;
    this.drafts.push(draft);
  }
};
function itemKeys(items, path) {
  const keys = [];
  list(items).forEach((item, i) => {
    const key2 = name(at(item, "key"));
    if (key2 !== void 0) keys.push({ key: key2, path: [...path, "items", i, "key"] });
  });
  return keys;
}
function singleKey(selector, path) {
  const key2 = name(at(selector, "key"));
  return key2 === void 0 ? [] : [{ key: key2, path: [...path, "key"] }];
}
function claimTemplateNames(owner) {
  const names = /* @__PURE__ */ new Set();
  if (owner.kind !== "StatefulSet") return names;
  for (const claim of list(at(at(owner.body, "spec"), "volumeClaimTemplates"))) {
    const claimName = name(at(at(claim, "metadata"), "name"));
    if (claimName !== void 0) names.add(claimName);
  }
  return names;
}
function podSpecReferences(collect, owner, spec, base) {
  const accountKey = name(spec["serviceAccountName"]) === void 0 && name(spec["serviceAccount"]) !== void 0 ? "serviceAccount" : "serviceAccountName";
  collect.add("ServiceAccount", spec[accountKey], [...base, accountKey]);
  collect.add("Service", spec["subdomain"], [...base, "subdomain"]);
  list(spec["imagePullSecrets"]).forEach((secret, i) => collect.add("Secret", at(secret, "name"), [...base, "imagePullSecrets", i, "name"]));
  const claimTemplates = claimTemplateNames(owner);
  list(spec["volumes"]).forEach((volume, i) => {
    const v = [...base, "volumes", i];
    const volumeName = name(at(volume, "name"));
    const use = volumeName === void 0 ? {} : { volume: volumeName };
    const configMap = at(volume, "configMap");
    const secret = at(volume, "secret");
    if (present(configMap)) collect.add("ConfigMap", at(configMap, "name"), [...v, "configMap", "name"], { optional: at(configMap, "optional"), keys: itemKeys(at(configMap, "items"), [...v, "configMap"]), use });
    if (present(secret)) collect.add("Secret", at(secret, "secretName"), [...v, "secret", "secretName"], { optional: at(secret, "optional"), keys: itemKeys(at(secret, "items"), [...v, "secret"]), use });
    if (present(at(volume, "persistentVolumeClaim")) && (volumeName === void 0 || !claimTemplates.has(volumeName))) {
      collect.add("PersistentVolumeClaim", at(at(volume, "persistentVolumeClaim"), "claimName"), [...v, "persistentVolumeClaim", "claimName"], { use });
    }
    list(at(at(volume, "projected"), "sources")).forEach((source, j) => {
      const s = [...v, "projected", "sources", j];
      const projectedConfigMap = at(source, "configMap");
      const projectedSecret = at(source, "secret");
      if (present(projectedConfigMap)) collect.add("ConfigMap", at(projectedConfigMap, "name"), [...s, "configMap", "name"], { optional: at(projectedConfigMap, "optional"), keys: itemKeys(at(projectedConfigMap, "items"), [...s, "configMap"]), use });
      if (present(projectedSecret)) collect.add("Secret", at(projectedSecret, "name"), [...s, "secret", "name"], { optional: at(projectedSecret, "optional"), keys: itemKeys(at(projectedSecret, "items"), [...s, "secret"]), use });
    });
  });
  for (const group of ["initContainers", "containers", "ephemeralContainers"]) {
    list(spec[group]).forEach((container, c) => {
      const base2 = [...base, group, c];
      const containerName = name(at(container, "name"));
      const inContainer = containerName === void 0 ? {} : { container: containerName };
      list(at(container, "envFrom")).forEach((source, i) => {
        if (present(at(source, "configMapRef"))) collect.add("ConfigMap", at(at(source, "configMapRef"), "name"), [...base2, "envFrom", i, "configMapRef", "name"], { optional: at(at(source, "configMapRef"), "optional"), use: inContainer });
        if (present(at(source, "secretRef"))) collect.add("Secret", at(at(source, "secretRef"), "name"), [...base2, "envFrom", i, "secretRef", "name"], { optional: at(at(source, "secretRef"), "optional"), use: inContainer });
      });
      list(at(container, "env")).forEach((variable, i) => {
        const from = at(variable, "valueFrom");
        const configMapKey = at(from, "configMapKeyRef");
        const secretKey = at(from, "secretKeyRef");
        if (!present(configMapKey) && !present(secretKey)) return;
        const e = [...base2, "env", i, "valueFrom"];
        const envName = name(at(variable, "name"));
        const use = envName === void 0 ? inContainer : { ...inContainer, env: envName };
        collect.add("ConfigMap", at(configMapKey, "name"), [...e, "configMapKeyRef", "name"], { optional: at(configMapKey, "optional"), keys: singleKey(configMapKey, [...e, "configMapKeyRef"]), use });
        collect.add("Secret", at(secretKey, "name"), [...e, "secretKeyRef", "name"], { optional: at(secretKey, "optional"), keys: singleKey(secretKey, [...e, "secretKeyRef"]), use });
      });
    });
  }
}
function ingressBackend(collect, backend, path) {
  collect.add("Service", at(at(backend, "service"), "name"), [...path, "service", "name"]);
  collect.add("Service", at(backend, "serviceName"), [...path, "serviceName"]);
}
function extractReferences(resource, template = podTemplateOf(resource)) {
  const collect = new Collector(resource);
  const body = resource.body;
  const spec = at(body, "spec");
  if (template) podSpecReferences(collect, resource, template.spec, template.specPath);
  switch (resource.kind) {
    case "StatefulSet":
      collect.add("Service", at(spec, "serviceName"), ["spec", "serviceName"]);
      break;
    case "Ingress":
      ingressBackend(collect, at(spec, "defaultBackend"), ["spec", "defaultBackend"]);
      ingressBackend(collect, at(spec, "backend"), ["spec", "backend"]);
      list(at(spec, "rules")).forEach(
        (rule, r) => list(at(at(rule, "http"), "paths")).forEach((p, i) => ingressBackend(collect, at(p, "backend"), ["spec", "rules", r, "http", "paths", i, "backend"]))
      );
      list(at(spec, "tls")).forEach((tls, i) => collect.add("Secret", at(tls, "secretName"), ["spec", "tls", i, "secretName"]));
      break;
    case "HorizontalPodAutoscaler": {
      const target = at(spec, "scaleTargetRef");
      const kind = name(at(target, "kind"));
      if (kind) collect.add(kind, at(target, "name"), ["spec", "scaleTargetRef", "name"]);
      break;
    }
    case "RoleBinding":
    case "ClusterRoleBinding": {
      const roleKind = name(at(at(body, "roleRef"), "kind"));
      if (roleKind === "Role" || roleKind === "ClusterRole") {
        collect.add(roleKind, at(at(body, "roleRef"), "name"), ["roleRef", "name"], { namespace: roleKind === "Role" ? resource.namespace : void 0 });
      }
      list(at(body, "subjects")).forEach((subject, i) => {
        if (at(subject, "kind") !== "ServiceAccount") return;
        const namespace = name(at(subject, "namespace")) ?? resource.namespace;
        if (namespace) collect.add("ServiceAccount", at(subject, "name"), ["subjects", i, "name"], { namespace });
      });
      break;
    }
  }
  return collect.drafts;
}

// src/graph/pod-creators.ts
function isBuiltinGroup(group) {
  return group === "" || group === "apps" || group === "batch" || group === "policy" || group === "autoscaling" || group === "extensions" || group.endsWith(".k8s.io");
}
var POD_FREE_GROUPS = /* @__PURE__ */ new Set([
  "networking.istio.io",
  "security.istio.io",
  "telemetry.istio.io",
  "extensions.istio.io",
  "config.istio.io",
  "cert-manager.io",
  "acme.cert-manager.io",
  "external-secrets.io",
  "bitnami.com",
  "cloud.google.com",
  "networking.gke.io"
]);
var POD_FREE_KINDS = /* @__PURE__ */ new Set(["ServiceMonitor", "PodMonitor", "PrometheusRule", "Probe", "ScrapeConfig", "AlertmanagerConfig", "PodMonitoring", "ClusterPodMonitoring"]);
function mayCreatePods(resource) {
  if (isBuiltinGroup(resource.group) || POD_FREE_GROUPS.has(resource.group) || POD_FREE_KINDS.has(resource.kind)) return false;
  return true;
}

// src/graph/produced.ts
function at2(value, ...path) {
  let current = value;
  for (const key2 of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key2];
  }
  return current;
}
function text(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
var SECRET_WRITERS = {
  "cert-manager.io/Certificate": (body) => at2(body, "spec", "secretName"),
  "bitnami.com/SealedSecret": (body) => at2(body, "spec", "template", "metadata", "name") ?? at2(body, "metadata", "name"),
  "external-secrets.io/ExternalSecret": (body) => at2(body, "spec", "target", "name") ?? at2(body, "metadata", "name"),
  "secrets.hashicorp.com/VaultStaticSecret": (body) => at2(body, "spec", "destination", "name"),
  "secrets.hashicorp.com/VaultDynamicSecret": (body) => at2(body, "spec", "destination", "name"),
  "secrets.hashicorp.com/VaultPKISecret": (body) => at2(body, "spec", "destination", "name"),
  "onepassword.com/OnePasswordItem": (body) => at2(body, "metadata", "name"),
  "kafka.strimzi.io/KafkaUser": (body) => at2(body, "metadata", "name")
};
var OPERATOR_NAMED_KINDS = /* @__PURE__ */ new Set(["Secret", "ConfigMap", "Service"]);
var MIN_OPERATOR_NAME = 3;
function key(kind, namespace, name2) {
  return `${kind}\0${namespace ?? ""}\0${name2}`;
}
var ProducedObjects = class {
  exact = /* @__PURE__ */ new Map();
  /** Kind and name of objects made somewhere by a generator whose namespace is not known (kustomize). */
  anywhere = /* @__PURE__ */ new Map();
  /** Custom resources whose operators may create Secrets, ConfigMaps and Services, by namespace and name. */
  operators = /* @__PURE__ */ new Map();
  add(resource) {
    const namespace = resource.namespace;
    if (namespace === void 0) return;
    const writer = SECRET_WRITERS[`${resource.group}/${resource.kind}`];
    const secret = text(writer?.(resource.body));
    if (secret !== void 0) this.exact.set(key("Secret", namespace, secret), { resource, how: `written by ${resource.kind} ${resource.name}`, certain: true });
    const connection = at2(resource.body, "spec", "writeConnectionSecretToRef");
    const connectionName = text(at2(connection, "name"));
    if (connectionName !== void 0) {
      const target = text(at2(connection, "namespace")) ?? namespace;
      this.exact.set(key("Secret", target, connectionName), { resource, how: `connection Secret of ${resource.kind} ${resource.name}`, certain: true });
    }
    if (resource.name.length >= MIN_OPERATOR_NAME && !CLUSTER_SCOPED_KINDS.has(resource.kind) && mayCreatePods(resource)) {
      let byName = this.operators.get(namespace);
      if (!byName) this.operators.set(namespace, byName = /* @__PURE__ */ new Map());
      if (!byName.has(resource.name)) byName.set(resource.name, resource);
    }
  }
  /** Records an object a generator outside the manifests creates, in a namespace decided later. */
  addGenerated(kind, name2, how) {
    this.anywhere.set(`${kind}\0${name2}`, { how, certain: false });
  }
  producerOf(ref) {
    const exact = this.exact.get(key(ref.kind, ref.namespace, ref.name));
    if (exact) return exact;
    const generated = this.anywhere.get(`${ref.kind}\0${ref.name}`);
    if (generated) return generated;
    if (ref.namespace === void 0 || !OPERATOR_NAMED_KINDS.has(ref.kind)) return void 0;
    const byName = this.operators.get(ref.namespace);
    const operator = byName === void 0 ? void 0 : ownerNames(ref.name).map((owner) => byName.get(owner)).find((found) => found !== void 0);
    return operator ? { resource: operator, how: `named after ${operator.kind} ${operator.name}, whose operator may create it`, certain: false } : void 0;
  }
};
function ownerNames(name2) {
  const names = [];
  for (let i = 0; i < name2.length; i++) if (name2[i] === "-" || name2[i] === ".") names.push(name2.slice(0, i));
  const parts = name2.split(".");
  for (let i = 1; i < parts.length - 1; i++) names.push(parts[i]);
  return names;
}

// src/graph/graph.ts
var SYSTEM_NAMESPACES = /* @__PURE__ */ new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
var CLUSTER_MANAGED_NAMESPACES = /* @__PURE__ */ new Set(["kube-system", "kube-public", "kube-node-lease"]);
var CLUSTER_PROVIDED = /* @__PURE__ */ new Set([
  "ServiceAccount/*/default",
  "ConfigMap/*/kube-root-ca.crt",
  // istiod publishes its root certificate into every namespace; injected sidecars mount it.
  "ConfigMap/*/istio-ca-root-cert",
  "Service/default/kubernetes",
  "Service/kube-system/kube-dns",
  "Namespace//default",
  "Namespace//kube-system",
  "Namespace//kube-public",
  "Namespace//kube-node-lease",
  // The API server's bootstrap RBAC policy (user-facing roles; `system:` ones are matched by prefix).
  "ClusterRole//cluster-admin",
  "ClusterRole//admin",
  "ClusterRole//edit",
  "ClusterRole//view",
  "Role/kube-system/extension-apiserver-authentication-reader"
]);
var SYSTEM_RBAC_KINDS = /* @__PURE__ */ new Set(["ClusterRole", "Role"]);
var CLUSTER_PROVIDED_NAMES = new Set([...CLUSTER_PROVIDED].map((key2) => key2.slice(key2.lastIndexOf("/") + 1)));
function isClusterProvided(ref) {
  if (SYSTEM_RBAC_KINDS.has(ref.kind) && ref.name.startsWith("system:")) return true;
  if (!CLUSTER_PROVIDED_NAMES.has(ref.name)) return false;
  return CLUSTER_PROVIDED.has(`${ref.kind}/${ref.namespace ?? ""}/${ref.name}`) || CLUSTER_PROVIDED.has(`${ref.kind}/*/${ref.name}`);
}
var ALL_NAMESPACES = /* @__PURE__ */ Symbol("all namespaces");
function familyOf(kind) {
  return POD_TEMPLATE_PATHS[kind] !== void 0 ? "Pod" : kind;
}
var NestedIndex = class {
  root = /* @__PURE__ */ new Map();
  add(keys, value) {
    let map = this.root;
    for (let i = 0; i < keys.length - 1; i += 1) {
      const key2 = keys[i];
      let next = map.get(key2);
      if (next === void 0) {
        next = /* @__PURE__ */ new Map();
        map.set(key2, next);
      }
      map = next;
    }
    const last = keys[keys.length - 1];
    const list2 = map.get(last);
    if (list2) list2.push(value);
    else map.set(last, [value]);
  }
  /** The list under one, two or three keys (unrolled: rules look things up millions of times). */
  get(first, second, third) {
    let node = this.root.get(first);
    if (second !== void 0) node = node?.get(second);
    if (third !== void 0) node = node?.get(third);
    return node;
  }
  /** The keys under a prefix of keys. */
  keysUnder(...keys) {
    let node = this.root;
    for (const key2 of keys) {
      node = node.get(key2);
      if (node === void 0) return [];
    }
    return node.keys();
  }
};
var LinkedReference = class {
  from;
  path;
  to;
  optional;
  keys;
  clusterProvided;
  constructor(draft, clusterProvided) {
    this.from = draft.from;
    this.path = draft.path;
    this.to = draft.to;
    this.optional = draft.optional;
    this.keys = draft.keys;
    if (draft.use) this.use = draft.use;
    this.clusterProvided = clusterProvided;
  }
  get range() {
    return this.from.rangeOf(...this.path);
  }
};
var ResourceGraph = class {
  constructor(resources, assume = "partial", generated = []) {
    this.resources = resources;
    this.assume = assume;
    for (const object of generated) this.produced.addGenerated(object.kind, object.name, object.how);
    for (const resource of resources) this.index(resource);
    for (const resource of resources) this.link(resource);
  }
  resources;
  assume;
  byKind = /* @__PURE__ */ new Map();
  /** kind → namespace → resources. */
  byKindNamespace = new NestedIndex();
  /** kind → namespace ('' when cluster-scoped) → name → resources. */
  byKey = new NestedIndex();
  /** kind → name → resources, whatever the namespace. */
  byKindName = new NestedIndex();
  podsByNamespace = /* @__PURE__ */ new Map();
  /** namespace → label key → label value → pod templates. */
  podsByLabel = new NestedIndex();
  podByOwner = /* @__PURE__ */ new Map();
  outgoing = /* @__PURE__ */ new Map();
  incoming = /* @__PURE__ */ new Map();
  populated = /* @__PURE__ */ new Set();
  declaredNamespaces = /* @__PURE__ */ new Set();
  /** NetworkPolicies selecting each pod, per namespace, built on first use. */
  policiesByNamespace = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Set();
  produced = new ProducedObjects();
  /** Namespaces holding custom resources whose operators may create pods we cannot see. */
  operatorPods = /* @__PURE__ */ new Set();
  namespaceNames;
  allPods;
  selectedPods = /* @__PURE__ */ new WeakMap();
  /** ofKind's answers, by kind, then namespace (ALL_NAMESPACES for all of them). */
  kindLists = /* @__PURE__ */ new Map();
  push(map, key2, value) {
    const list2 = map.get(key2);
    if (list2) list2.push(value);
    else map.set(key2, [value]);
  }
  index(resource) {
    this.push(this.byKind, resource.kind, resource);
    this.groups.add(resource.group);
    this.byKey.add([resource.kind, resource.namespace ?? "", resource.name], resource);
    this.byKindName.add([resource.kind, resource.name], resource);
    if (resource.namespace !== void 0) {
      this.byKindNamespace.add([resource.kind, resource.namespace], resource);
      this.populated.add(`${familyOf(resource.kind)}\0${resource.namespace}`);
    }
    if (resource.kind === "Namespace" && resource.group === "") this.declaredNamespaces.add(resource.name);
    this.produced.add(resource);
    if (resource.namespace !== void 0 && mayCreatePods(resource)) this.operatorPods.add(resource.namespace);
    const pod = podTemplateOf(resource);
    if (pod) {
      this.podByOwner.set(resource, pod);
      this.push(this.podsByNamespace, pod.namespace, pod);
      for (const key2 in pod.labels) this.podsByLabel.add([pod.namespace, key2, pod.labels[key2]], pod);
    }
  }
  link(resource) {
    const references = [];
    for (const draft of extractReferences(resource, this.podByOwner.get(resource))) {
      const resolved = this.findAny(draft.to.kind, draft.to.namespace, draft.to.name);
      const reference = new LinkedReference(draft, isClusterProvided(draft.to));
      if (resolved) {
        reference.resolved = resolved;
        const list2 = this.incoming.get(resolved);
        if (list2) list2.push(reference);
        else this.incoming.set(resolved, [reference]);
      }
      references.push(reference);
    }
    if (references.length > 0) this.outgoing.set(resource, references);
  }
  /** Resources of a known kind, from its current or past API groups, optionally in one namespace. */
  ofKind(kind, namespace) {
    const byNamespace = cached(this.kindLists, kind, () => /* @__PURE__ */ new Map());
    const found = cached(byNamespace, namespace ?? ALL_NAMESPACES, () => {
      const list2 = namespace === void 0 ? this.byKind.get(kind) : this.byKindNamespace.get(kind, namespace);
      const groups = KIND_GROUPS[kind];
      return list2 === void 0 ? [] : list2.filter((resource) => groups.includes(resource.group));
    });
    return found;
  }
  /** Resources of any kind (custom resources included) whatever their group, optionally by group. */
  ofAnyKind(kind, options = {}) {
    const list2 = (options.namespace === void 0 ? this.byKind.get(kind) : this.byKindNamespace.get(kind, options.namespace)) ?? [];
    return options.group === void 0 ? list2 : list2.filter((resource) => resource.group === options.group);
  }
  /** The object of a known kind with this namespace and name. */
  find(kind, namespace, name2) {
    const groups = KIND_GROUPS[kind];
    return this.byKey.get(kind, namespace ?? "", name2)?.find((resource) => groups.includes(resource.group));
  }
  /** Every object with this kind, namespace and name (more than one means a duplicate in the input). */
  findAll(kind, namespace, name2) {
    return this.byKey.get(kind, namespace ?? "", name2) ?? [];
  }
  /** Objects of a kind with this name in every namespace (to tell "missing" from "in the wrong namespace"). */
  findInAnyNamespace(kind, name2) {
    return this.byKindName.get(kind, name2) ?? [];
  }
  findAny(kind, namespace, name2) {
    return this.byKey.get(kind, namespace ?? "", name2)?.[0];
  }
  /** Pods synthesised from every pod-template owner in a namespace (or everywhere). */
  pods(namespace) {
    if (namespace !== void 0) return this.podsByNamespace.get(namespace) ?? [];
    this.allPods ??= [...this.podByOwner.values()];
    return this.allPods;
  }
  podTemplateOf(resource) {
    return this.podByOwner.get(resource);
  }
  /**
   * The NetworkPolicies of a pod's namespace whose podSelector selects it (a missing podSelector
   * reads as empty). Built once per namespace on first use: each blocking rule asks it for every pod
   * of every policy.
   */
  networkPoliciesSelecting(pod) {
    let byPod = this.policiesByNamespace.get(pod.namespace);
    if (!byPod) {
      byPod = /* @__PURE__ */ new Map();
      for (const policy of this.ofKind("NetworkPolicy", pod.namespace)) {
        const selector = policy.body.spec?.podSelector;
        const labelSelector = selector !== null && typeof selector === "object" && !Array.isArray(selector) ? selector : {};
        for (const selected of this.podsSelectedBy(labelSelector, pod.namespace)) {
          const list2 = byPod.get(selected);
          if (list2) list2.push(policy);
          else byPod.set(selected, [policy]);
        }
      }
      this.policiesByNamespace.set(pod.namespace, byPod);
    }
    return byPod.get(pod) ?? [];
  }
  /**
   * Pods in a namespace whose labels a selector matches. Accepts a LabelSelector or a Service-style
   * map; an empty LabelSelector selects every pod of the namespace.
   */
  podsSelectedBy(selector, namespace) {
    const written = selector;
    if (typeof written !== "object" || written === null) return this.selectPods(selector, namespace);
    return cachedPer(this.selectedPods, written, namespace, () => this.selectPods(selector, namespace));
  }
  selectPods(selector, namespace) {
    const written = selector;
    const labelSelector = typeof written !== "object" || written === null || Array.isArray(written) || "matchLabels" in written || "matchExpressions" in written ? normalSelector(written) : selectorFromMap(selector);
    if (isEmptySelector(labelSelector)) return this.pods(namespace);
    const wanted = {};
    for (const [key2, value] of Object.entries(labelSelector.matchLabels ?? {})) wanted[key2] = String(value);
    const first = Object.entries(wanted).find(([key2]) => !isControllerLabel(key2));
    const candidates = first ? this.podsByLabel.get(namespace, first[0], first[1]) ?? [] : this.pods(namespace);
    return candidates.filter((pod) => matchesSelector(labelsForSelector(pod, wanted), labelSelector));
  }
  /** References written in a resource, resolved or not. */
  referencesFrom(resource) {
    return this.outgoing.get(resource) ?? [];
  }
  /** References from other resources that resolve to this one. */
  referencesTo(resource) {
    return this.incoming.get(resource) ?? [];
  }
  /** Namespaces that appear in the input, declared or used. */
  namespaces() {
    if (this.namespaceNames === void 0) {
      const names = new Set(this.declaredNamespaces);
      for (const kind of this.byKind.keys()) for (const namespace of this.byKindNamespace.keysUnder(kind)) names.add(namespace);
      this.namespaceNames = names;
    }
    return this.namespaceNames;
  }
  /** API groups of the resources in the input ('' is the core group), to tell which products it uses. */
  apiGroups() {
    return this.groups;
  }
  isNamespaceDeclared(namespace) {
    return this.declaredNamespaces.has(namespace);
  }
  /**
   * Whether the input is the authority on objects of `kind` in `namespace`, so that a missing one is
   * really missing: the user said the input is complete, the namespace is declared in the input, or
   * the input holds other objects of the same family there (for pods: any pod owner). Pods are never
   * known in a namespace where a custom resource may have an operator create more of them, unless the
   * user said the input is complete. Nor is anything in kube-system, kube-public or kube-node-lease,
   * which the cluster's own components fill.
   */
  isAuthoritative(namespace, kind) {
    if (this.assume === "complete") return true;
    if (namespace === void 0) return this.byKind.has(kind);
    if (CLUSTER_MANAGED_NAMESPACES.has(namespace)) return false;
    if (familyOf(kind) === "Pod" && this.operatorPods.has(namespace)) return false;
    return this.declaredNamespaces.has(namespace) || this.populated.has(`${familyOf(kind)}\0${namespace}`);
  }
  /**
   * What will create an object besides its own manifest: a controller acting on an object in the
   * input (a cert-manager Certificate's Secret), a kustomize generator, or, going by its name, the
   * operator of a custom resource.
   */
  producerOf(ref) {
    return this.produced.producerOf(ref);
  }
  /**
   * Whether an object exists: 'yes' when in the input, created by Kubernetes itself or by a known
   * controller from an object in the input; 'no' when the input is the authority and lacks it;
   * 'unknown' otherwise (open world, or an operator's naming convention suggests it will exist).
   */
  exists(ref) {
    if (this.findAny(ref.kind, ref.namespace, ref.name) || isClusterProvided(ref)) return "yes";
    const producer = this.producerOf(ref);
    if (producer) return producer.certain ? "yes" : "unknown";
    return this.isAuthoritative(ref.namespace, ref.kind) ? "no" : "unknown";
  }
};

export {
  isKindName,
  CLUSTER_SCOPED_KINDS,
  POD_TEMPLATE_PATHS,
  POD_TEMPLATE_OWNER_KINDS,
  splitApiVersion,
  resolvePlainScalar,
  yamlVersionDisagreement,
  MAX_EXPANDED_NODES,
  DocumentValueError,
  setOwn,
  documentValue,
  keyText,
  Resource,
  isControllerLabel,
  labelsForSelector,
  cached,
  cachedPer,
  normalSelector,
  selectorFromMap,
  matchesSelector,
  isEmptySelector,
  formatSelector,
  selectorVerdict,
  selectorImplies,
  SYSTEM_NAMESPACES,
  ResourceGraph
};
