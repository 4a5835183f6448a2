import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  CLUSTER_SCOPED_KINDS,
  POD_TEMPLATE_PATHS,
  Resource,
  ResourceGraph,
  extraSchemaName,
  isKindName
} from "./chunk-73APXZ7N.js";
import {
  ConfigError,
  DEFAULT_CONFIG,
  RuleSettings,
  findConfigFile,
  levelToSeverity,
  pluginsOf,
  require_picomatch,
  toRuleSetting
} from "./chunk-V4YSVQ6G.js";
import {
  parseFile
} from "./chunk-IN7YBXPQ.js";
import {
  __toESM
} from "./chunk-4Q47YGAT.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var HELP = `Usage: shipshape [options] [paths...]      lint manifests (default: the current directory)
       shipshape rules                       list the rules
       shipshape explain <rule-id>           show a rule's Diagnosis / Fix / Why
       shipshape lsp --stdio                 run the language server

Paths are files, directories (searched for *.yaml, *.yml, *.json) or globs; "-" reads stdin.

Options:
  -f, --format <name>          friendly (default), stylish, json, sarif, github, junit, checkstyle
  -c, --config <file>          use this config instead of the nearest .shipshape.yaml
  -o, --output-file <file>     write the report to a file instead of stdout
      --max-warnings <n>       exit 1 when there are more than n warnings
      --quiet                  report errors only
      --rule <id:severity>     set a rule's severity (off, warn, error); repeatable
      --context <path>         also load this path (file, directory, glob) so cross-resource rules
                               see it, but report only findings in the paths given; repeatable.
                               Made for pre-commit: \`shipshape --context . <staged files>\`
      --stdin-filename <name>  the name to report for stdin (replaces that file when it is loaded)
      --kubernetes-version <v> target Kubernetes version (e.g. 1.35)
      --schema-dir <dir>       extra JSON Schemas in kubeconform's layout (<kind>-<group>-<version>.json); repeatable
      --cluster-domain <d>     cluster DNS domain (default cluster.local)
      --assume <world>         partial (default) or complete: the input is the whole cluster
      --color, --no-color      force colour on or off (default: on for a terminal, honours NO_COLOR)
  -v, --version                print the version
  -h, --help                   print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or internal error.
`;
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        config: { type: "string", short: "c" },
        "output-file": { type: "string", short: "o" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean" },
        rule: { type: "string", multiple: true },
        context: { type: "string", multiple: true },
        "stdin-filename": { type: "string" },
        "kubernetes-version": { type: "string" },
        "schema-dir": { type: "string", multiple: true },
        "cluster-domain": { type: "string" },
        assume: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        stdio: { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  let command = "lint";
  let paths = positionals;
  const first = positionals[0];
  if (first === "rules" || first === "explain" || first === "lsp") {
    command = first;
    paths = positionals.slice(1);
  }
  if (values.help) command = "help";
  else if (values.version) command = "version";
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${values["max-warnings"]}"`);
  }
  const assume = values.assume;
  if (assume !== void 0 && assume !== "partial" && assume !== "complete") throw new UsageError(`--assume takes partial or complete, not "${assume}"`);
  const color = values["no-color"] ? false : values.color ? true : void 0;
  return {
    command,
    paths,
    context: values.context ?? [],
    format: values.format ?? "friendly",
    ...values.config === void 0 ? {} : { config: values.config },
    ...values["output-file"] === void 0 ? {} : { outputFile: values["output-file"] },
    ...maxWarnings === void 0 ? {} : { maxWarnings },
    quiet: values.quiet ?? false,
    ...values["stdin-filename"] === void 0 ? {} : { stdinFilename: values["stdin-filename"] },
    rules: values.rule ?? [],
    ...values["kubernetes-version"] === void 0 ? {} : { kubernetesVersion: values["kubernetes-version"] },
    ...values["schema-dir"] === void 0 ? {} : { schemaDirs: values["schema-dir"] },
    ...values["cluster-domain"] === void 0 ? {} : { clusterDomain: values["cluster-domain"] },
    ...assume === void 0 ? {} : { assume },
    ...color === void 0 ? {} : { color },
    stdio: values.stdio ?? false
  };
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
  const path7 = POD_TEMPLATE_PATHS[kind];
  if (path7) {
    let template = body;
    for (const key of path7) template = record(template?.[key]);
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
    const at = (...path7) => document.locator.rangeOf([...document.basePath, ...path7]);
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
      const path7 = problems[0]?.startsWith("metadata") ? ["metadata"] : [];
      malformed.push({ message: `Not a valid Kubernetes object: ${problems.join("; ")}.`, range: at(...path7) });
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
function classifyNonManifest(path7, text) {
  const name = path7.split(/[\\/]/).pop() ?? path7;
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
function isKustomization(path7, value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const name = path7.split(/[\\/]/).pop()?.toLowerCase() ?? "";
  if (name === "kustomization.yaml" || name === "kustomization.yml" || name === "kustomization") return true;
  const apiVersion = value.apiVersion;
  return typeof apiVersion === "string" && apiVersion.startsWith("kustomize.config.k8s.io/");
}
function kustomizeGeneratedObjects(path7, text) {
  const objects = [];
  if (!text.includes("Generator")) return objects;
  for (const document of parseFile(path7, text).documents) {
    const value = document.value;
    if (!isKustomization(path7, value)) continue;
    for (const [field, kind] of GENERATORS) {
      const entries = value[field];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        const name = entry?.name;
        if (typeof name === "string" && name !== "") objects.push({ kind, name, how: `${field} in ${path7}` });
      }
    }
  }
  return objects;
}

// src/engine/diagnostic.ts
function compareDiagnostics(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.range.end.line - b.range.end.line || a.range.end.column - b.range.end.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
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

// src/engine/lint.ts
function locate(current, location) {
  if (location === void 0) return { resource: current, range: () => current.rangeOf("metadata", "name") };
  if (Array.isArray(location)) return { resource: current, range: () => current.rangeOf(...location) };
  const loc = location;
  const resource = loc.resource ?? current;
  const path7 = loc.path ?? ["metadata", "name"];
  return { resource, range: () => loc.key ? resource.keyRangeOf(...path7) : resource.rangeOf(...path7) };
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

// src/load/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync, readFileSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import path2 from "node:path";

// src/load/decode.ts
function decodeText(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return { text: lineFeeds(new TextDecoder("utf-16le").decode(bytes.subarray(2))) };
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return { text: lineFeeds(new TextDecoder("utf-16be").decode(bytes.subarray(2))) };
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const nul = bytes.indexOf(0, start);
  if (nul !== -1) return { error: `binary data (a NUL byte at offset ${nul}), not a YAML or JSON text file` };
  try {
    return { text: lineFeeds(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start))) };
  } catch {
    return { error: `not valid UTF-8 (at byte ${firstInvalidUtf8(bytes, start)}); save the file as UTF-8` };
  }
}
function firstInvalidUtf8(bytes, start) {
  let i = start;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = byte < 128 ? 1 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
    i += length;
  }
  return i;
}
function lineFeeds(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

// src/load/walk.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "broken symbolic link (its target does not exist)";
    case "ELOOP":
      return "symbolic link loop";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENAMETOOLONG":
      return "path too long";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
function walkDirectory(root, options) {
  const files = [];
  const skipped = [];
  const visited = /* @__PURE__ */ new Set();
  const walk = (directory, real, depth) => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      skipped.push({ absolute: directory, reason: `cannot read the directory (${describeFsError(error)})` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const absolute = path.join(directory, entry.name);
      if (options.ignored(absolute)) continue;
      let isFile = entry.isFile();
      let isDirectory = entry.isDirectory();
      let target = path.join(real, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          const stats = statSync(absolute);
          isFile = stats.isFile();
          isDirectory = stats.isDirectory();
          target = realpathSync(absolute);
        } catch {
          if (options.accept(absolute)) files.push({ absolute, real: absolute });
          continue;
        }
      }
      if (isDirectory) {
        if (depth < options.maxDepth) walk(absolute, target, depth + 1);
      } else if (isFile && options.accept(absolute)) {
        files.push({ absolute, real: target });
      }
    }
  };
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    return { files, skipped: [{ absolute: root, reason: describeFsError(error) }] };
  }
  walk(root, realRoot, 0);
  return { files, skipped };
}

// src/load/files.ts
var MANIFEST_EXTENSIONS = ["yaml", "yml", "json"];
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
function toDisplay(cwd, absolute) {
  const relative = path2.relative(cwd, absolute);
  return (relative === "" || path2.isAbsolute(relative) ? absolute : relative).split(path2.sep).join("/");
}
function readIgnoreFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return parseIgnorePatterns(text);
}
function parseIgnorePatterns(text) {
  const patterns = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const anchored = line.startsWith("/") ? line.slice(1) : line.includes("/") && !line.endsWith("/") ? line : `**/${line}`;
    patterns.push(anchored.endsWith("/") ? `${anchored}**` : anchored, anchored.endsWith("/") ? anchored.slice(0, -1) : `${anchored}/**`);
  }
  return patterns;
}
async function findFiles(inputs, options) {
  const byReal = /* @__PURE__ */ new Map();
  const problems = [];
  const isIgnored = (0, import_picomatch.default)([...ALWAYS_IGNORED, ...options.ignore], { dot: true });
  const ignored = (absolute) => {
    const relative = path2.relative(options.ignoreBase, absolute).split(path2.sep).join("/");
    return relative !== "" && !relative.startsWith("..") && isIgnored(relative);
  };
  const add = (absolute, real) => {
    const file = { absolute, display: toDisplay(options.cwd, absolute) };
    const existing = byReal.get(real);
    if (existing === void 0 || file.display < existing.display) byReal.set(real, file);
  };
  for (const input of inputs) {
    const absolute = path2.resolve(options.cwd, input);
    const scan = import_picomatch.default.scan(input);
    let stats;
    let statError;
    try {
      stats = statSync2(absolute);
    } catch (error) {
      statError = error;
    }
    if (stats?.isFile()) {
      if (!ignored(absolute)) add(absolute, realPath(absolute));
      continue;
    }
    const isDirectory = stats?.isDirectory() ?? false;
    if (!isDirectory && !scan.isGlob) {
      problems.push({ input, message: stats === void 0 ? missingReason(absolute, statError) : "is not a regular file or directory" });
      continue;
    }
    const root = isDirectory ? absolute : path2.resolve(options.cwd, scan.base);
    if (!isDirectory && !isDirectoryPath(root)) {
      problems.push({ input, message: "the pattern matches no file" });
      continue;
    }
    const matchesGlob = isDirectory ? void 0 : (0, import_picomatch.default)(scan.glob, { dot: false });
    const walked = walkDirectory(root, {
      accept: (file) => matchesGlob === void 0 ? hasManifestExtension(file) : matchesGlob(toPosix(path2.relative(root, file))),
      ignored,
      maxDepth: isDirectory || /\*\*|\{/.test(scan.glob) ? Infinity : scan.glob.split("/").length - 1
    });
    for (const file of walked.files) add(file.absolute, file.real);
    for (const skip of walked.skipped) problems.push({ input: toDisplay(options.cwd, skip.absolute), message: skip.reason });
    if (walked.files.length === 0 && !isDirectory) problems.push({ input, message: "the pattern matches no file" });
  }
  const files = [...byReal.values()].sort((a, b) => a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
  return { files, problems };
}
var MANIFEST_FILE = new RegExp(`\\.(?:${MANIFEST_EXTENSIONS.join("|")})$`);
function hasManifestExtension(file) {
  return MANIFEST_FILE.test(file);
}
function toPosix(file) {
  return file.split(path2.sep).join("/");
}
function isDirectoryPath(absolute) {
  try {
    return statSync2(absolute).isDirectory();
  } catch {
    return false;
  }
}
function realPath(absolute) {
  try {
    return realpathSync2(absolute);
  } catch {
    return absolute;
  }
}
function missingReason(absolute, error) {
  const code = error?.code;
  if (code === "ENOENT" && !existsAsLink(absolute)) return "no such file or directory";
  return describeFsError(error);
}
function existsAsLink(absolute) {
  try {
    return lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}
async function readSource(file, configPath) {
  let bytes;
  try {
    bytes = readFileSync(file.absolute);
  } catch (error) {
    const code = error.code;
    const reason = code === "EISDIR" ? "it is a directory" : code === "ENOENT" && !existsAsLink(file.absolute) ? "no such file" : describeFsError(error);
    return { path: file.display, text: "", configPath, unreadable: `Cannot read the file: ${reason}.` };
  }
  return sourceFromBytes(file.display, bytes, configPath);
}
function sourceFromBytes(display, bytes, configPath = display) {
  const decoded = decodeText(bytes);
  if ("error" in decoded) return { path: display, text: "", configPath, unreadable: `Cannot lint the file: ${decoded.error}.` };
  const skipped = classifyNonManifest(display, decoded.text);
  return {
    path: display,
    text: decoded.text,
    configPath,
    ...skipped === void 0 ? {} : { skipped },
    ...skipped === void 0 && mayBeHelmTemplate(decoded.text) ? { maybeTemplate: true } : {}
  };
}

// src/load/project.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import path3 from "node:path";
function ignoreGlobs(config) {
  return [...config.ignore, ...readIgnoreFile(path3.join(config.baseDir, ".shipshapeignore"))];
}
function configRelative(config, absolute) {
  return path3.relative(config.baseDir, absolute).split(path3.sep).join("/");
}
async function findProjectFiles(inputs, options) {
  if (inputs.length === 0) return { files: [], problems: [] };
  const found = await findFiles(inputs, { cwd: options.cwd, ignore: ignoreGlobs(options.config), ignoreBase: options.config.baseDir });
  return { files: found.files, problems: found.problems.map((problem) => `${problem.input}: ${problem.message}`) };
}
async function readProjectSources(files, config) {
  return Promise.all(files.map((file) => readSource(file, configRelative(config, file.absolute))));
}
function isProjectFile(absolute, options) {
  const extension = path3.extname(absolute).slice(1).toLowerCase();
  if (!MANIFEST_EXTENSIONS.includes(extension)) return false;
  const fromRoot = path3.relative(options.root, absolute).split(path3.sep);
  if (fromRoot.some((segment) => segment.startsWith(".") && segment !== "..")) return false;
  const relative = configRelative(options.config, absolute);
  return relative.startsWith("..") || !(0, import_picomatch2.default)([...ALWAYS_IGNORED, ...ignoreGlobs(options.config)], { dot: true })(relative);
}

// src/cli/schema-dirs.ts
import { readFileSync as readFileSync2, readdirSync as readdirSync2 } from "node:fs";
import path4 from "node:path";
function readSchemaDirs(dirs, cwd) {
  const schemas = [];
  for (const dir of dirs) {
    const absolute = path4.resolve(cwd, dir);
    let names;
    try {
      names = readdirSync2(absolute).sort();
    } catch (error) {
      throw new UsageError(`--schema-dir ${dir}: ${error.code === "ENOENT" ? "no such directory" : error.message}`);
    }
    for (const name of names) {
      const stem = extraSchemaName(name);
      if (stem === void 0) continue;
      const file = path4.join(dir, name);
      try {
        schemas.push({ file, name: stem, schema: JSON.parse(readFileSync2(path4.join(absolute, name), "utf8")) });
      } catch (error) {
        throw new UsageError(`--schema-dir: ${file} is not a readable JSON Schema: ${error.message}`);
      }
    }
  }
  return schemas;
}
function withExtraSchemas(config, cwd) {
  const dirs = config.settings.schemaDirs ?? [];
  if (dirs.length === 0) return config;
  return { ...config, settings: { ...config.settings, extraSchemas: readSchemaDirs(dirs, cwd) } };
}

// src/cli/project.ts
import path6 from "node:path";

// src/cli/plugins.ts
import { createRequire } from "node:module";
import path5 from "node:path";
import { pathToFileURL } from "node:url";
function isRule(value) {
  const rule = value;
  return typeof rule === "object" && rule !== null && typeof rule.id === "string" && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id) && rule.stage === "graph" && typeof rule.check === "function" && Array.isArray(rule.target) && Array.isArray(rule.messageIds) && typeof rule.messages === "object" && rule.messages !== null;
}
async function loadPlugins(specifiers, baseDir, configFile = path5.join(baseDir, ".shipshape.yaml")) {
  const rules = [];
  for (const specifier of specifiers) {
    let resolved;
    try {
      resolved = specifier.startsWith(".") || path5.isAbsolute(specifier) ? path5.resolve(baseDir, specifier) : createRequire(path5.join(baseDir, "noop.js")).resolve(specifier);
    } catch {
      throw new ConfigError(configFile, void 0, void 0, `cannot find the plugin "${specifier}"`);
    }
    let module;
    try {
      module = await import(pathToFileURL(resolved).href);
    } catch (error) {
      throw new ConfigError(configFile, void 0, void 0, `cannot load the plugin "${specifier}": ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
    const exported = module.rules ?? module.default?.rules ?? module.default;
    if (!Array.isArray(exported) || !exported.every(isRule)) {
      throw new ConfigError(configFile, void 0, void 0, `the plugin "${specifier}" must export \`rules\`, an array of rules made with defineRule`);
    }
    rules.push(...exported);
  }
  return rules;
}

// src/cli/report-set.ts
function restrictToReportSet(result, reportPaths) {
  const files = [];
  for (const file of result.files) {
    if (reportPaths.has(file.path)) {
      files.push(file);
      continue;
    }
    const pointing = file.diagnostics.filter((diagnostic) => diagnostic.related?.some((related) => reportPaths.has(related.range.file)));
    if (pointing.length > 0) files.push({ path: file.path, text: file.text, diagnostics: pointing });
  }
  return { ...result, files };
}

// src/cli/project.ts
async function builtinRules() {
  return (await import("./rules-NQRNBE4P.js")).rules;
}
async function loadConfig(options, builtins) {
  const file = options.configFile !== void 0 ? path6.resolve(options.cwd, options.configFile) : findConfigFile(options.cwd);
  if (file === void 0) return { config: { ...DEFAULT_CONFIG, baseDir: options.cwd }, rules: builtins };
  const { readConfigDocument, resolveConfigDocument } = await import("./load-AHGPKKCZ.js");
  const parsed = readConfigDocument(file);
  const plugins = await loadPlugins(pluginsOf(parsed.value), path6.dirname(file), file);
  const rules = [...builtins, ...plugins];
  return { config: resolveConfigDocument(file, parsed, rules), rules };
}
function applyFlags(config, flags, rules) {
  const ruleOverrides = { ...config.rules };
  for (const flag of flags.rules ?? []) {
    const match = /^([a-z0-9-]+):(off|warn|error)$/.exec(flag);
    if (!match) throw new UsageError(`--rule takes <rule-id>:<off|warn|error>, not "${flag}"`);
    const [, id = "", level = "error"] = match;
    if (!rules.some((rule) => rule.id === id)) throw new UsageError(`--rule names an unknown rule "${id}" (see \`shipshape rules\`)`);
    ruleOverrides[id] = { ...ruleOverrides[id], ...toRuleSetting(level) };
  }
  return {
    ...config,
    rules: ruleOverrides,
    settings: {
      ...config.settings,
      ...flags.kubernetesVersion === void 0 ? {} : { kubernetesVersion: normaliseKubernetesVersion(flags.kubernetesVersion) },
      ...flags.schemaDirs === void 0 ? {} : { schemaDirs: [...flags.schemaDirs] },
      ...flags.clusterDomain === void 0 ? {} : { clusterDomain: flags.clusterDomain },
      ...flags.assume === void 0 ? {} : { assume: flags.assume }
    }
  };
}
function normaliseKubernetesVersion(version) {
  return version.trim().replace(/^v/, "").split(".").slice(0, 2).join(".");
}
function displayPath(cwd, name) {
  const absolute = path6.resolve(cwd, name);
  const relative = path6.relative(cwd, absolute);
  return (relative === "" || relative.startsWith("..") ? absolute : relative).split(path6.sep).join("/");
}
async function parallelParse(sources) {
  if (process.env["SHIPSHAPE_WORKERS"] === void 0) return {};
  const { parseInParallel, workerCount } = await import("./parallel-JWJWW64N.js");
  const parseable = sources.filter((source) => source.skipped === void 0 && source.unreadable === void 0);
  const workers = workerCount(process.env, parseable.reduce((sum, source) => sum + source.text.length, 0));
  return workers === 0 ? {} : { parse: await parseInParallel(parseable, workers) };
}
async function lintProject(request) {
  const started = performance.now();
  const loaded = await loadConfig({ cwd: request.cwd, ...request.configFile === void 0 ? {} : { configFile: request.configFile } }, await builtinRules());
  const config = withExtraSchemas(applyFlags(loaded.config, request.flags ?? {}, loaded.rules), request.cwd);
  const partial = request.context !== void 0;
  const inputs = request.paths.length === 0 && !partial ? ["."] : request.paths;
  const fileInputs = inputs.filter((input) => input !== "-");
  request.timings?.add("rules and config", performance.now() - started);
  const found = performance.now();
  const reported = await findProjectFiles(fileInputs, { cwd: request.cwd, config });
  const context = await findProjectFiles(request.context ?? [], { cwd: request.cwd, config });
  const problems = [...reported.problems, ...context.problems];
  request.timings?.add("find files", performance.now() - found);
  const read = performance.now();
  const byPath = /* @__PURE__ */ new Map();
  const reportPaths = new Set(reported.files.map((file) => file.display));
  const files = [...context.files, ...reported.files];
  for (const source of await readProjectSources([...new Map(files.map((file) => [file.absolute, file])).values()], config)) byPath.set(source.path, source);
  if (inputs.includes("-")) {
    if (!request.readStdin) throw new UsageError('"-" (stdin) is not available here');
    const name = request.stdinFilename === void 0 ? "<stdin>" : displayPath(request.cwd, request.stdinFilename);
    byPath.set(name, sourceFromBytes(name, await request.readStdin(), configRelative(config, path6.resolve(request.cwd, name))));
    reportPaths.add(name);
  }
  const sources = [...byPath.values()];
  request.timings?.add("read files", performance.now() - read);
  const options = await parallelParse(sources);
  const result = lint(sources, config, loaded.rules, request.timings ? { ...options, timings: request.timings } : options);
  return { result: partial ? restrictToReportSet(result, reportPaths) : result, config, rules: loaded.rules, problems };
}

export {
  UsageError,
  HELP,
  parseCliArgs,
  Timings,
  lint,
  sourceFromBytes,
  configRelative,
  findProjectFiles,
  readProjectSources,
  isProjectFile,
  withExtraSchemas,
  builtinRules,
  loadConfig,
  lintProject
};
