import { Ajv, type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Rule } from '../engine/rule.js';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings.js';
import { LineIndex, formatPath, type PathSegment } from '../parse/source.js';
import { DEFAULT_CONFIG, type Override, type ResolvedConfig, type RuleSetting } from './resolved.js';
import { buildConfigSchema } from './schema.js';

// The parts that need neither ajv nor yaml live in file.ts, so that a run without a config file never loads this module.
import { ConfigError, toRuleSetting, type RawRuleValue } from './file.js';

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
