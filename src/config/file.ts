import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RuleLevel, RuleSetting } from './resolved.js';

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

export type RawRuleValue = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

export function toRuleSetting(value: RawRuleValue): RuleSetting {
  if (typeof value === 'string') return { level: value };
  return value[1] === undefined ? { level: value[0] } : { level: value[0], options: value[1] };
}

/** The plugin module specifiers of a config, read before validation so plugin rules can be validated. */
export function pluginsOf(value: unknown): string[] {
  const plugins = (value as { plugins?: unknown } | null)?.plugins;
  return Array.isArray(plugins) ? plugins.filter((entry): entry is string => typeof entry === 'string') : [];
}
