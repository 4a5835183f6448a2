import { Ajv, type ErrorObject } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Rule } from '../engine/rule.js';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings.js';
import { LineIndex, formatPath, type PathSegment } from '../parse/source.js';
import { DEFAULT_CONFIG, type Override, type ResolvedConfig, type RuleLevel, type RuleSetting } from './resolved.js';
import { buildConfigSchema } from './schema.js';

export const CONFIG_FILE_NAMES = ['.shipshape.yaml', '.shipshape.yml'];

/** A config problem: always names the file and, where it can, the line. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}:${column ?? 1}`}: ${detail}`);
  }
}

/** The nearest `.shipshape.yaml` in the directory or any parent. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

interface RawConfig {
  extends?: 'recommended' | 'all';
  assume?: 'partial' | 'complete';
  clusterDomain?: string;
  kubernetesVersion?: string;
  istio?: { enabled?: 'auto' | boolean; namespace?: string; revision?: string };
  rules?: Record<string, RawRuleValue>;
  overrides?: { files: string[]; rules?: Record<string, RawRuleValue> }[];
  ignore?: string[];
  plugins?: string[];
}

type RawRuleValue = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

export function toRuleSetting(value: RawRuleValue): RuleSetting {
  if (typeof value === 'string') return { level: value };
  return value[1] === undefined ? { level: value[0] } : { level: value[0], options: value[1] };
}

function toRuleSettings(rules: Record<string, RawRuleValue> | undefined): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules ?? {})) out[id] = toRuleSetting(value);
  return out;
}

/** Reads the YAML of a config file; syntax errors name the file and line. */
export function readConfigDocument(file: string): { doc: Document.Parsed; value: unknown; lines: LineIndex } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, undefined, undefined, `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = lines.position(error.pos[0]);
    throw new ConfigError(file, at.line, at.column, `invalid YAML: ${error.message.split('\n')[0] ?? error.message}`);
  }
  return { doc, value: doc.toJS() ?? {}, lines };
}

/** The plugin module specifiers of a config, read before validation so plugin rules can be validated. */
export function pluginsOf(value: unknown): string[] {
  const plugins = (value as { plugins?: unknown } | null)?.plugins;
  return Array.isArray(plugins) ? plugins.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** Where a path is written in the config: the key when `atKey` (unknown settings), else the value. */
function nodeAt(doc: Document.Parsed, segments: PathSegment[], atKey: boolean): { range?: [number, number, number] } {
  let node: unknown = doc.contents;
  let keyRange: [number, number, number] | undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      keyRange = isScalar(pair.key) ? (pair.key.range ?? undefined) : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      keyRange = undefined;
    } else break;
  }
  const own = (node as { range?: [number, number, number] } | null)?.range;
  if (atKey && keyRange) return { range: keyRange };
  return isScalar(node) && own ? { range: own } : { range: keyRange ?? own };
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(name: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

function describeError(error: ErrorObject, rules: readonly Rule[], schemaProperties: readonly string[]): { path: PathSegment[]; message: string; atKey?: boolean } {
  const path: PathSegment[] = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const where = formatPath(path) || 'the config';
  const inRules = path.at(-1) === 'rules';
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    const candidates = inRules ? rules.map((rule) => rule.id) : path.length === 0 ? schemaProperties : [];
    return { path: [...path, name], atKey: true, message: inRules ? `unknown rule "${name}"${suggestion(name, candidates)}` : `unknown setting "${name}" in ${where}${suggestion(name, candidates)}` };
  }
  if (path.length >= 2 && path.at(-2) === 'rules') {
    return { path, message: `${where} must be off, warn or error, or [level, {options}] with valid options` };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ');
    return { path, message: `${where} must be one of ${allowed}` };
  }
  return { path, message: `${where} ${error.message ?? 'is invalid'}` };
}

/** Validates a config document against the schema generated from the rules, then resolves it. */
export function resolveConfigDocument(
  file: string,
  parsed: { doc: Document.Parsed; value: unknown; lines: LineIndex },
  rules: readonly Rule[],
): ResolvedConfig {
  const schema = buildConfigSchema(rules);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  if (!validate(parsed.value)) {
    const errors = validate.errors ?? [];
    const preferred = errors.find((error) => error.keyword === 'additionalProperties') ?? errors.find((error) => !['anyOf', 'oneOf', 'if'].includes(error.keyword)) ?? errors[0];
    if (preferred) {
      const properties = Object.keys((schema as { properties: Record<string, unknown> }).properties);
      const described = describeError(preferred, rules, properties);
      const { range } = nodeAt(parsed.doc, described.path, described.atKey === true);
      const at = range ? parsed.lines.position(range[0]) : undefined;
      throw new ConfigError(file, at?.line, at?.column, described.message);
    }
  }
  return resolveRaw(parsed.value as RawConfig, path.dirname(file), file);
}

export function resolveRaw(raw: RawConfig, baseDir: string, file?: string): ResolvedConfig {
  const settings: Settings = {
    assume: raw.assume ?? DEFAULT_SETTINGS.assume,
    clusterDomain: raw.clusterDomain ?? DEFAULT_SETTINGS.clusterDomain,
    kubernetesVersion: (raw.kubernetesVersion ?? DEFAULT_SETTINGS.kubernetesVersion).replace(/^v/, '').split('.').slice(0, 2).join('.'),
    istio: {
      enabled: raw.istio?.enabled ?? DEFAULT_SETTINGS.istio.enabled,
      namespace: raw.istio?.namespace ?? DEFAULT_SETTINGS.istio.namespace,
      ...(raw.istio?.revision === undefined ? {} : { revision: raw.istio.revision }),
    },
  };
  const overrides: Override[] = (raw.overrides ?? []).map((override) => ({ files: override.files, rules: toRuleSettings(override.rules) }));
  return {
    ...DEFAULT_CONFIG,
    preset: raw.extends ?? 'recommended',
    settings,
    rules: toRuleSettings(raw.rules),
    overrides,
    ignore: raw.ignore ?? [],
    plugins: raw.plugins ?? [],
    baseDir,
    ...(file === undefined ? {} : { file }),
  };
}
