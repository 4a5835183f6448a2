import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);

// src/config/file.ts
import { existsSync } from "node:fs";
import path from "node:path";
var CONFIG_FILE_NAMES = [".shipshape.yaml", ".shipshape.yml"];
var ConfigError = class extends Error {
  constructor(file, line, column, detail) {
    super(`${file}${line === void 0 ? "" : `:${line}:${column ?? 1}`}: ${detail}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
  file;
  line;
  column;
  detail;
};
function findConfigFile(startDir) {
  let dir = path.resolve(startDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function toRuleSetting(value) {
  if (typeof value === "string") return { level: value };
  return value[1] === void 0 ? { level: value[0] } : { level: value[0], options: value[1] };
}
function pluginsOf(value) {
  const plugins = value?.plugins;
  return Array.isArray(plugins) ? plugins.filter((entry) => typeof entry === "string") : [];
}

export {
  CONFIG_FILE_NAMES,
  ConfigError,
  findConfigFile,
  toRuleSetting,
  pluginsOf
};
