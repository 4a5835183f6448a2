import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  extraSchemaName
} from "./chunk-67DVGMNT.js";
import {
  ConfigError,
  findConfigFile,
  pluginsOf,
  toRuleSetting
} from "./chunk-FDL4ALVO.js";
import {
  classifyNonManifest,
  lint,
  mayBeHelmTemplate,
  parseFile,
  shardWorthwhile
} from "./chunk-5NGFA7MV.js";
import {
  DEFAULT_CONFIG,
  require_picomatch
} from "./chunk-HXGYNRBG.js";
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

// src/load/paths.ts
import path from "node:path";
function relativePosix(from, to) {
  const sep = path.sep;
  if (!from.endsWith(sep) && to.length > from.length + 1 && to.startsWith(from) && to[from.length] === sep) {
    const rest = to.slice(from.length + 1);
    if (!rest.startsWith(".") && !rest.includes(`${sep}.`) && !rest.includes(sep + sep) && !rest.endsWith(sep)) {
      return sep === "/" ? rest : rest.split(sep).join("/");
    }
  }
  return path.relative(from, to).split(sep).join("/");
}
function childPath(directory, name) {
  return directory.endsWith(path.sep) ? directory + name : directory + path.sep + name;
}

// src/load/walk.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
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
      const absolute = childPath(directory, entry.name);
      if (options.ignored(absolute)) continue;
      let isFile = entry.isFile();
      let isDirectory = entry.isDirectory();
      let target = childPath(real, entry.name);
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
  const relative = relativePosix(cwd, absolute);
  return relative === "" || path2.isAbsolute(relative) ? absolute.split(path2.sep).join("/") : relative;
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
    const relative = relativePosix(options.ignoreBase, absolute);
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
  const generated = skipped === void 0 ? [] : kustomizeGeneratedObjects(display, decoded.text);
  return {
    path: display,
    text: decoded.text,
    configPath,
    ...skipped === void 0 ? {} : { skipped },
    ...generated.length === 0 ? {} : { generated },
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
  return relativePosix(config.baseDir, absolute);
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
  return (await import("./rules-6VJLZXB6.js")).rules;
}
async function loadConfig(options, builtins) {
  const file = options.configFile !== void 0 ? path6.resolve(options.cwd, options.configFile) : findConfigFile(options.cwd);
  if (file === void 0) return { config: { ...DEFAULT_CONFIG, baseDir: options.cwd }, rules: builtins };
  const { readConfigDocument, resolveConfigDocument } = await import("./load-C6VUMZNE.js");
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
  const lintHere = (rules) => lint(sources, config, rules, request.timings ? { timings: request.timings } : {});
  const result = shardWorthwhile(process.env, sources, config, loaded.rules) ? await (await import("./rule-shard-VI6CV3IZ.js")).lintInTwoThreads(sources, config, loaded.rules, lintHere, request.timings) : lintHere(loaded.rules);
  return { result: partial ? restrictToReportSet(result, reportPaths) : result, config, rules: loaded.rules, problems };
}

export {
  UsageError,
  HELP,
  parseCliArgs,
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
