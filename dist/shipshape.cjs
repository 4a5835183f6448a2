'use strict';
var __shipshapeLauncherUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/launch/load-bundle.ts
var import_node_buffer = require("node:buffer");
var import_node_fs2 = require("node:fs");
var import_node_url = require("node:url");
var import_node_vm2 = require("node:vm");

// src/launch/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");
var zlib = __toESM(require("node:zlib"), 1);

// src/launch/commonjs.ts
var import_node_module = require("node:module");
var import_node_path = __toESM(require("node:path"), 1);
var COMMONJS_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];
function functionSource(source, parameters) {
  return `(function (${parameters.join(", ")}) {${source}
})`;
}
function runCommonJs(run, file) {
  const module2 = { exports: {} };
  run(module2.exports, (0, import_node_module.createRequire)(file), module2, file, import_node_path.default.dirname(file));
  return module2.exports;
}

// src/launch/code-cache.ts
var MAGIC = "shipshape-code-cache 3\n";
var STALE_AFTER_MS = 7 * 24 * 3600 * 1e3;
function codeCacheDirectory(env) {
  const setting = env["SHIPSHAPE_CODE_CACHE"];
  if (setting === "0" || setting === "off" || (env["NODE_DISABLE_COMPILE_CACHE"] ?? "") !== "") return void 0;
  if (setting !== void 0 && setting !== "") return import_node_path2.default.resolve(setting);
  return import_node_path2.default.join((0, import_node_os.tmpdir)(), `shipshape-code-cache-${process.getuid?.() ?? "user"}`);
}
function privateDirectory(directory) {
  (0, import_node_fs.mkdirSync)(directory, { recursive: true, mode: 448 });
  const stat = (0, import_node_fs.lstatSync)(directory);
  if (!stat.isDirectory()) return false;
  const uid = process.getuid?.();
  return uid === void 0 || stat.uid === uid && (stat.mode & 18) === 0;
}
var nativeCrc32 = zlib.crc32;
function checksum(data) {
  return nativeCrc32 !== void 0 ? nativeCrc32(data) : crc32InJavaScript(data);
}
function crc32InJavaScript(data) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let crc = 4294967295;
  for (let index = 0; index < bytes.length; index += 1) {
    crc = CRC_TABLE[(crc ^ bytes[index]) & 255] ^ crc >>> 8;
  }
  return (crc ^ 4294967295) >>> 0;
}
var CRC_TABLE = Uint32Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 3988292384 ^ crc >>> 1 : crc >>> 1;
  return crc;
});
function sourceKey(source, filename = "") {
  return `${import_node_path2.default.basename(filename)}:${source.length}:${checksum(source).toString(36)}`;
}
function readPack(file) {
  let bytes;
  try {
    bytes = (0, import_node_fs.readFileSync)(file);
  } catch {
    return void 0;
  }
  if (bytes.subarray(0, MAGIC.length).toString("latin1") !== MAGIC) return void 0;
  const headerEnd = bytes.indexOf(10, MAGIC.length);
  if (headerEnd === -1) return void 0;
  try {
    const header = JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString("utf8"));
    const data = bytes.subarray(headerEnd + 1);
    if (checksum(data) !== header.crc32) return void 0;
    const entries = /* @__PURE__ */ new Map();
    for (const [key, [offset, length]] of Object.entries(header.entries)) {
      if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > data.length) return void 0;
      entries.set(key, data.subarray(offset, offset + length));
    }
    return entries;
  } catch {
    return void 0;
  }
}
function packBytes(entries) {
  const header = { crc32: 0, entries: {} };
  let offset = 0;
  for (const [key, data2] of entries) {
    header.entries[key] = [offset, data2.length];
    offset += data2.length;
  }
  const data = Buffer.concat([...entries.values()]);
  header.crc32 = checksum(data);
  return Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}
`, "utf8"), data]);
}
var PackedCodeCache = class _PackedCodeCache {
  constructor(directory, file) {
    this.directory = directory;
    this.file = file;
    this.stats = { served: 0, compiled: 0 };
    this.fresh = [];
    this.entries = readPack(file) ?? /* @__PURE__ */ new Map();
  }
  /** The cache for a bundle in a directory, or undefined when the directory cannot be used. */
  static open(directory, bundleKey) {
    try {
      if (!privateDirectory(directory)) return void 0;
      return new _PackedCodeCache(directory, import_node_path2.default.join(directory, `${bundleKey}.pack`));
    } catch {
      return void 0;
    }
  }
  /** A script for the source, with the cached code when the pack has code made from this very source. */
  script(source, filename, key = sourceKey(source, filename)) {
    const cachedData = this.entries.get(key);
    const script = new import_node_vm.Script(source, cachedData === void 0 ? { filename } : { filename, cachedData });
    if (cachedData !== void 0 && !script.cachedDataRejected) {
      this.stats.served += 1;
    } else {
      this.stats.compiled += 1;
      this.fresh.push({ key, script });
    }
    return script;
  }
  compileFunction(source, filename, parameters) {
    return this.script(functionSource(source, parameters), filename).runInThisContext();
  }
  /**
   * Writes the pack when this run compiled something anew. Called at exit, so that the bundle's code
   * includes the functions V8 compiled lazily while linting, not only those run at start-up.
   */
  save() {
    if (this.fresh.length === 0) return;
    try {
      for (const { key, script } of this.fresh) this.entries.set(key, script.createCachedData());
      const temporary = `${this.file}.${process.pid}.tmp`;
      (0, import_node_fs.writeFileSync)(temporary, packBytes(this.entries), { mode: 384 });
      (0, import_node_fs.renameSync)(temporary, this.file);
      this.removeStalePacks();
    } catch {
    }
  }
  removeStalePacks() {
    const now = Date.now();
    for (const name of (0, import_node_fs.readdirSync)(this.directory)) {
      const file = import_node_path2.default.join(this.directory, name);
      if (file === this.file || !(name.endsWith(".pack") || name.endsWith(".tmp"))) continue;
      if (now - (0, import_node_fs.statSync)(file).mtimeMs > STALE_AFTER_MS) (0, import_node_fs.rmSync)(file, { force: true });
    }
  }
};

// src/launch/engine-tuning.ts
var import_node_perf_hooks = require("node:perf_hooks");
var import_node_process = __toESM(require("node:process"), 1);
var import_node_util = require("node:util");
var import_node_v8 = require("node:v8");
var INTERRUPT_BUDGET_FLAG = "--interrupt-budget=270336";
function shouldTuneEngine(v8Version, execArgv, env) {
  const setting = env["SHIPSHAPE_ENGINE_TUNING"];
  if (setting === "off" || setting === "0") return false;
  if (execArgv.some((argument) => /^--interrupt[-_]budget(?:=|$)/.test(argument))) return false;
  return v8Version.split(".")[0] === "11";
}
function loadBuiltinsFirst() {
  void import_node_util.parseArgs;
  import_node_perf_hooks.performance.now();
}
function tuneEngine() {
  if (!shouldTuneEngine(import_node_process.default.versions.v8, import_node_process.default.execArgv, import_node_process.default.env)) return void 0;
  loadBuiltinsFirst();
  (0, import_node_v8.setFlagsFromString)(INTERRUPT_BUDGET_FLAG);
  return INTERRUPT_BUDGET_FLAG;
}

// src/launch/host.ts
var KEY = /* @__PURE__ */ Symbol.for("shipshape.launcher-host");
function setLauncherHost(host) {
  globalThis[KEY] = host;
}

// src/launch/load-bundle.ts
var BUILT_KEY = true ? "pz6XccFtq66NaNvgz7h5G7CMwgo" : void 0;
function loadBundle(url, options = { codeCache: true }) {
  const engineFlags = tuneEngine();
  const file = (0, import_node_url.fileURLToPath)(url);
  const bytes = (0, import_node_fs2.readFileSync)(file);
  const source = (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const wrapped = functionSource(source, COMMONJS_PARAMETERS);
  const directory = options.codeCache ? codeCacheDirectory(process.env) : void 0;
  const key = BUILT_KEY === void 0 ? sourceKey(wrapped, file) : `${BUILT_KEY}-${bytes.length}`;
  const cache = directory === void 0 ? void 0 : PackedCodeCache.open(directory, key);
  const script = cache ? cache.script(wrapped, file, key) : new import_node_vm2.Script(wrapped, { filename: file });
  setLauncherHost({ importModule: (specifier) => import(specifier), ...cache ? { codeCache: cache } : {}, ...engineFlags ? { engineFlags } : {} });
  if (cache) process.once("exit", () => cache.save());
  return runCommonJs(script.runInThisContext(), file);
}

// src/launch/cli.ts
void loadBundle(new URL("./cli.cjs", __shipshapeLauncherUrl)).cli().then((code) => {
  process.exitCode = code;
});
