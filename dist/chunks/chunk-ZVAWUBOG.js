import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  CLUSTER_SCOPED_KINDS,
  POD_TEMPLATE_PATHS,
  Resource,
  ResourceGraph,
  isKindName
} from "./chunk-UJ6CGDU2.js";
import {
  RuleSettings,
  levelToSeverity
} from "./chunk-HXGYNRBG.js";
import {
  parseFile
} from "./chunk-7DOSKQIT.js";

// src/engine/diagnostic.ts
function compareDiagnostics(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.range.end.line - b.range.end.line || a.range.end.column - b.range.end.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/graph/defaults.ts
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function records(value) {
  return Array.isArray(value) ? value.map(record).filter((entry) => entry !== void 0) : [];
}
function defaultContainerPorts(podSpec) {
  for (const list of ["containers", "initContainers", "ephemeralContainers"]) {
    for (const container of records(podSpec?.[list])) {
      for (const port of records(container["ports"])) port["protocol"] ??= "TCP";
    }
  }
}
function applyDefaults(kind, body) {
  const spec = record(body["spec"]);
  if (kind === "Service" && spec) {
    spec["type"] ??= "ClusterIP";
    for (const port of records(spec["ports"])) {
      port["protocol"] ??= "TCP";
      const target = port["targetPort"];
      if ((target === void 0 || target === null || target === 0 || target === "") && port["port"] !== void 0) port["targetPort"] = port["port"];
    }
  }
  if ((kind === "Deployment" || kind === "StatefulSet" || kind === "ReplicaSet" || kind === "ReplicationController") && spec) {
    spec["replicas"] ??= 1;
  }
  const path = POD_TEMPLATE_PATHS[kind];
  if (path) {
    let template = body;
    for (const key of path) template = record(template?.[key]);
    defaultContainerPorts(record(template?.["spec"]));
  }
}

// src/graph/build.ts
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  return typeof value === "object" ? "an object" : `a ${typeof value} (${JSON.stringify(value)?.slice(0, 40)})`;
}
function clusterScopedCustomKinds(documents) {
  const kinds = /* @__PURE__ */ new Set();
  for (const document of documents) {
    const value = document.value;
    if (value?.kind === "CustomResourceDefinition" && value.spec?.scope === "Cluster" && typeof value.spec.names?.kind === "string") {
      kinds.add(value.spec.names.kind);
    }
  }
  return kinds;
}
function buildGraph(documents, options = {}) {
  const malformed = [];
  const resources = [];
  const customClusterKinds = clusterScopedCustomKinds(documents);
  for (const document of documents) {
    const at = (...path) => document.locator.rangeOf([...document.basePath, ...path]);
    const value = document.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      malformed.push({ message: `The document is ${describe(value)}, not a Kubernetes object (a mapping with apiVersion, kind and metadata).`, range: at() });
      continue;
    }
    const object = value;
    const problems = [];
    const apiVersion = object["apiVersion"];
    const kind = object["kind"];
    const metadata = object["metadata"];
    if (typeof apiVersion !== "string" || apiVersion === "") problems.push(apiVersion === void 0 ? "apiVersion is missing" : `apiVersion must be a string, not ${describe(apiVersion)}`);
    if (typeof kind !== "string" || kind === "") problems.push(kind === void 0 ? "kind is missing" : `kind must be a string, not ${describe(kind)}`);
    let name;
    let namespace;
    if (metadata === null || typeof metadata !== "object" || Array.isArray(metadata)) {
      problems.push(metadata === void 0 ? "metadata is missing" : `metadata must be a mapping, not ${describe(metadata)}`);
    } else {
      const meta = metadata;
      const rawName = meta["name"] ?? meta["generateName"];
      if (typeof rawName === "string" && rawName !== "") name = rawName;
      else problems.push(rawName === void 0 ? "metadata.name is missing" : `metadata.name must be a string, not ${describe(rawName)}`);
      namespace = meta["namespace"];
      if (namespace !== void 0 && namespace !== null && typeof namespace !== "string") problems.push(`metadata.namespace must be a string, not ${describe(namespace)}`);
    }
    if (problems.length > 0 || typeof apiVersion !== "string" || typeof kind !== "string" || name === void 0) {
      const path = problems[0]?.startsWith("metadata") ? ["metadata"] : [];
      malformed.push({ message: `Not a valid Kubernetes object: ${problems.join("; ")}.`, range: at(...path) });
      continue;
    }
    const clusterScoped = CLUSTER_SCOPED_KINDS.has(kind) || customClusterKinds.has(kind);
    const resolvedNamespace = clusterScoped ? void 0 : typeof namespace === "string" && namespace !== "" ? namespace : "default";
    applyDefaults(kind, object);
    resources.push(
      new Resource(
        resources.length,
        apiVersion,
        kind,
        name,
        resolvedNamespace,
        object,
        { file: document.file, documentIndex: document.index, ...document.item === void 0 ? {} : { itemIndex: document.item } },
        document.locator,
        document.basePath
      )
    );
  }
  return { graph: new ResourceGraph(resources, options.assume, options.generated), malformed };
}

// src/load/classify.ts
function classifyNonManifest(path, text) {
  const name = path.split(/[\\/]/).pop() ?? path;
  const lower = name.toLowerCase();
  if (lower === "kustomization.yaml" || lower === "kustomization.yml" || name === "Kustomization") {
    return "kustomize Kustomization, not a Kubernetes object: lint the output of `kubectl kustomize` instead";
  }
  if (/^kind:\s*(Kustomization|Component)\s*$/m.test(text) && /^apiVersion:\s*kustomize\.config\.k8s\.io\//m.test(text)) {
    return "kustomize Kustomization or Component, not a Kubernetes object";
  }
  if (lower === "chart.yaml" || lower === "chart.yml" || lower === "chart.lock") return "Helm chart metadata, not a Kubernetes object";
  if (/^values([.-][\w.-]*)?\.ya?ml$/.test(lower) || lower === "values.schema.json") {
    return "Helm values, not a Kubernetes object: lint the output of `helm template` instead";
  }
  return void 0;
}
var HELM_TEMPLATE_NOTE = "Helm template (Go template syntax), not a Kubernetes object yet: lint the output of `helm template` instead";
function mayBeHelmTemplate(text) {
  return text.includes("{{") && HELM_TEMPLATE.test(text);
}
var HELM_TEMPLATE = /\{\{-?\s*(?:[^}]*\.(?:Values|Release|Chart|Capabilities|Files)\b|(?:include|template|define|tpl)\s)/;

// src/load/kustomize-generators.ts
var GENERATORS = [
  ["configMapGenerator", "ConfigMap"],
  ["secretGenerator", "Secret"]
];
function isKustomization(path, value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const name = path.split(/[\\/]/).pop()?.toLowerCase() ?? "";
  if (name === "kustomization.yaml" || name === "kustomization.yml" || name === "kustomization") return true;
  const apiVersion = value.apiVersion;
  return typeof apiVersion === "string" && apiVersion.startsWith("kustomize.config.k8s.io/");
}
function kustomizeGeneratedObjects(path, text) {
  const objects = [];
  if (!text.includes("Generator")) return objects;
  for (const document of parseFile(path, text).documents) {
    const value = document.value;
    if (!isKustomization(path, value)) continue;
    for (const [field, kind] of GENERATORS) {
      const entries = value[field];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        const name = entry?.name;
        if (typeof name === "string" && name !== "") objects.push({ kind, name, how: `${field} in ${path}` });
      }
    }
  }
  return objects;
}

// src/engine/suppressions.ts
var IGNORE_ANNOTATION = "shipshape.dev/ignore";
var DIRECTIVE = /#\s*shipshape-(disable-next-line|disable)(?:[ \t]+([^\n#]*))?/;
function ruleList(text) {
  const ids = (text ?? "").split(/[\s,]+/).map((id) => id.trim()).filter((id) => id !== "" && id !== "--");
  return ids.length === 0 ? void 0 : new Set(ids);
}
var FileSuppressions = class {
  entries = [];
  constructor(text) {
    if (!text.includes("shipshape-disable")) return;
    const lines = text.split("\n");
    lines.forEach((line, index) => {
      const match = DIRECTIVE.exec(line);
      if (!match) return;
      const rules = ruleList(match[2]);
      if (match[1] === "disable-next-line") {
        let next = index + 1;
        while (next < lines.length && /^\s*(#.*)?\r?$/.test(lines[next] ?? "")) next += 1;
        this.entries.push({ from: next + 1, to: next + 1, rules });
      } else {
        let end = index + 1;
        while (end < lines.length && !/^---(\s|$)/.test(lines[end] ?? "")) end += 1;
        this.entries.push({ from: index + 1, to: end, rules });
      }
    });
  }
  silences(ruleId, line) {
    return this.entries.some((entry) => line >= entry.from && line <= entry.to && (entry.rules === void 0 || entry.rules.has(ruleId)));
  }
};
function annotationSilences(resource, ruleId) {
  const value = resource?.annotations[IGNORE_ANNOTATION];
  if (value === void 0) return false;
  const ids = value.split(/[\s,]+/).filter((id) => id !== "");
  return ids.includes(ruleId) || ids.includes("*") || ids.includes("all");
}

// src/engine/timings.ts
var Timings = class {
  totals = /* @__PURE__ */ new Map();
  /** Adds the time `run` takes to `name` and returns what it returns. */
  measure(name, run) {
    const start = performance.now();
    try {
      return run();
    } finally {
      this.add(name, performance.now() - start);
    }
  }
  add(name, milliseconds) {
    this.totals.set(name, (this.totals.get(name) ?? 0) + milliseconds);
  }
  /** Stages in the order they ran, then the slowest rules; times in milliseconds. */
  render(rulesShown = 10) {
    const stages = [...this.totals].filter(([name]) => !name.startsWith("rule:"));
    const rules = [...this.totals].filter(([name]) => name.startsWith("rule:")).sort((a, b) => b[1] - a[1]);
    const ruleTotal = rules.reduce((sum, [, time]) => sum + time, 0);
    const rows = [...stages, ["rules (all)", ruleTotal], ...rules.slice(0, rulesShown).map(([name, time]) => [`  ${name.slice("rule:".length)}`, time])];
    const width = Math.max(...rows.map(([name]) => name.length));
    return rows.map(([name, time]) => `${name.padEnd(width)}  ${time.toFixed(1).padStart(8)} ms
`).join("");
  }
};

// src/engine/lint.ts
function locate(current, location) {
  if (location === void 0) return { resource: current, range: () => current.rangeOf("metadata", "name") };
  if (Array.isArray(location)) return { resource: current, range: () => current.rangeOf(...location) };
  const loc = location;
  const resource = loc.resource ?? current;
  const path = loc.path ?? ["metadata", "name"];
  return { resource, range: () => loc.key ? resource.keyRangeOf(...path) : resource.rangeOf(...path) };
}
function resourcesFor(graph, target) {
  if (target === "*") return graph.resources;
  return isKindName(target) ? graph.ofKind(target) : graph.ofAnyKind(target);
}
function lint(unsorted, config, rules, options = {}) {
  const parse = options.parse ?? parseFile;
  const timings = options.timings ?? new Timings();
  const sources = [...unsorted].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const ruleSettings = new RuleSettings(config);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const configPath = new Map(sources.map((source) => [source.path, source.configPath ?? source.path]));
  const raw = [];
  const parsed = [];
  const notManifests = /* @__PURE__ */ new Map();
  const generated = [];
  const parserRule = (id) => rulesById.get(id);
  const pushParserProblem = (id, file, text, range) => {
    const rule = parserRule(id);
    if (rule) raw.push({ rule, message: { id: rule.messageIds[0] ?? id, text }, file, range: () => range, related: () => [] });
  };
  const parseStart = performance.now();
  for (const source of sources) {
    if (source.skipped !== void 0) {
      generated.push(...kustomizeGeneratedObjects(source.path, source.text));
      continue;
    }
    if (source.unreadable !== void 0) {
      const start = { line: 1, column: 1 };
      pushParserProblem("file-unreadable", source.path, source.unreadable, { file: source.path, start, end: start });
      continue;
    }
    const file = parse(source.path, source.text);
    if (source.maybeTemplate && !isRendered(file)) {
      notManifests.set(source.path, HELM_TEMPLATE_NOTE);
      continue;
    }
    if (!looksLikeManifest(file)) {
      notManifests.set(source.path, NOT_A_MANIFEST);
      continue;
    }
    parsed.push(file);
    if (options.only === void 0 || options.only.has(source.path)) {
      for (const problem of file.problems) pushParserProblem(problem.ruleId, source.path, problem.message, problem.range);
    }
  }
  timings.add("parse", performance.now() - parseStart);
  const { graph, malformed } = timings.measure("graph", () => buildGraph(
    parsed.flatMap((file) => file.documents),
    { assume: config.settings.assume, generated }
  ));
  for (const problem of malformed) pushParserProblem("resource-malformed", problem.range.file, problem.message, problem.range);
  const internalErrors = [];
  for (const rule of rules) {
    if (rule.stage !== "graph" || !rule.check || !ruleSettings.mayRun(rule)) continue;
    let resource;
    let ruleOptions;
    const context = {
      graph,
      settings: config.settings,
      get options() {
        return ruleOptions;
      },
      messages: rule.messages,
      report(message, input = {}) {
        const current = resource;
        if (current === void 0) throw new Error(`rule ${rule.id} reported outside its check`);
        if (typeof message?.text !== "string" || typeof message.id !== "string") throw new TypeError("report() takes a message built with context.messages");
        const where = locate(current, input.at);
        raw.push({
          rule,
          message,
          resource: where.resource,
          file: where.resource.source.file,
          range: where.range,
          related: () => (input.related ?? []).map((related) => {
            const place = locate(current, related);
            return { message: related.message, range: place.range() };
          }),
          ...input.fix ? { fix: input.fix } : {},
          ...input.severity ? { severityCap: input.severity } : {}
        });
      }
    };
    const overlapping = rule.target.length > 1 && (rule.target.includes("*") || new Set(rule.target).size !== rule.target.length);
    const seen = overlapping ? /* @__PURE__ */ new Set() : void 0;
    const everywhere = ruleSettings.sameForEveryFile(rule);
    const ruleStart = performance.now();
    for (const target of rule.target) {
      for (const candidate of resourcesFor(graph, target)) {
        if (options.only !== void 0 && !options.only.has(candidate.source.file)) continue;
        if (seen) {
          if (seen.has(candidate)) continue;
          seen.add(candidate);
        }
        const setting = everywhere ?? ruleSettings.forFile(rule, configPath.get(candidate.source.file) ?? candidate.source.file);
        if (setting.level === "off") continue;
        resource = candidate;
        ruleOptions = setting.options;
        try {
          rule.check(candidate, context);
        } catch (error) {
          internalErrors.push({ ruleId: rule.id, resource: `${candidate.displayName} (${candidate.source.file})`, message: describeThrown(error) });
        }
      }
    }
    resource = void 0;
    timings.add(`rule:${rule.id}`, performance.now() - ruleStart);
  }
  const reported = options.only === void 0 ? sources : sources.filter((source) => options.only?.has(source.path));
  const marked = reported.map((source) => {
    const skipped = notManifests.get(source.path);
    return skipped === void 0 ? source : { ...source, skipped };
  });
  const files = timings.measure("positions and suppressions", () => collect(marked, raw, ruleSettings, configPath, internalErrors));
  return { files, internalErrors, resourceCount: graph.resources.length };
}
var NOT_A_MANIFEST = "not a Kubernetes manifest: no document has an apiVersion or a kind";
function isRendered(file) {
  return file.problems.length === 0 && file.documents.length > 0 && file.documents.every((document) => {
    const value = document.value;
    return value !== null && typeof value === "object" && typeof value["apiVersion"] === "string" && typeof value["kind"] === "string" && !hasTemplateKey(value);
  });
}
function hasTemplateKey(value) {
  if (Array.isArray(value)) return value.some(hasTemplateKey);
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, entry]) => key.includes("{{") || key.startsWith("[object ") || /^\.[A-Z]/.test(key) || hasTemplateKey(entry));
}
function looksLikeManifest(file) {
  if (file.documents.length === 0 || file.problems.length > 0) return true;
  return file.documents.some((document) => {
    const value = document.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    return "apiVersion" in value || "kind" in value;
  });
}
function describeThrown(error) {
  try {
    if (error instanceof Error) return String(error.message);
    return typeof error === "object" && error !== null ? Object.prototype.toString.call(error) : String(error);
  } catch {
    return "an exception that cannot be described";
  }
}
function collect(sources, raw, ruleSettings, configPath, internalErrors) {
  const byFile = /* @__PURE__ */ new Map();
  const suppressions = /* @__PURE__ */ new Map();
  for (const source of sources) {
    byFile.set(source.path, { path: source.path, text: source.text, diagnostics: [], ...source.skipped === void 0 ? {} : { skipped: source.skipped } });
    suppressions.set(source.path, new FileSuppressions(source.text));
  }
  const unique = /* @__PURE__ */ new Set();
  for (const entry of raw) {
    const result = byFile.get(entry.file);
    if (!result) continue;
    try {
      collectOne(entry, result);
    } catch (error) {
      internalErrors.push({ ruleId: entry.rule.id, ...entry.resource ? { resource: `${entry.resource.displayName} (${entry.resource.source.file})` } : {}, message: describeThrown(error) });
    }
  }
  for (const result of byFile.values()) result.diagnostics.sort(compareDiagnostics);
  return [...byFile.values()];
  function collectOne(entry, result) {
    const configured = levelToSeverity(ruleSettings.forFile(entry.rule, configPath.get(entry.file) ?? entry.file).level);
    const severity = configured !== void 0 && entry.severityCap !== void 0 ? entry.severityCap : configured;
    if (severity === void 0 || annotationSilences(entry.resource, entry.rule.id)) return;
    const range = entry.range();
    if (suppressions.get(entry.file)?.silences(entry.rule.id, range.start.line)) return;
    const key = `${entry.file}\0${entry.rule.id}\0${range.start.line}:${range.start.column}\0${entry.message.text}`;
    if (unique.has(key)) return;
    unique.add(key);
    const related = entry.related();
    const diagnostic = {
      ruleId: entry.rule.id,
      messageId: entry.message.id,
      severity,
      message: entry.message.text,
      range,
      ...entry.resource ? { resource: entry.resource.ref } : {},
      ...related.length > 0 ? { related } : {}
    };
    if (entry.fix && entry.resource) {
      const owner = entry.resource;
      diagnostic.fix = entry.fix((location) => locate(owner, location).range());
    }
    result.diagnostics.push(diagnostic);
  }
}

export {
  classifyNonManifest,
  mayBeHelmTemplate,
  compareDiagnostics,
  Timings,
  lint
};
