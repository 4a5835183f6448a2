import picomatch from 'picomatch';
import type { Severity } from '../engine/diagnostic.js';
import type { Rule } from '../engine/rule.js';
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings.js';
import { cached } from '../graph/memo.js';

export type RuleLevel = 'off' | 'warn' | 'error';

export interface RuleSetting {
  level: RuleLevel;
  options?: Record<string, unknown>;
}

export interface Override {
  files: readonly string[];
  rules: Readonly<Record<string, RuleSetting>>;
}

/** Config after presets, file, flags and defaults are merged: what the engine runs with. */
export interface ResolvedConfig {
  preset: 'recommended' | 'all';
  settings: Settings;
  rules: Readonly<Record<string, RuleSetting>>;
  overrides: readonly Override[];
  ignore: readonly string[];
  plugins: readonly string[];
  /** Where the config file lives; override globs are relative to it. */
  baseDir: string;
  /** The config file, when one was read. */
  file?: string;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  preset: 'recommended',
  settings: DEFAULT_SETTINGS,
  rules: {},
  overrides: [],
  ignore: [],
  plugins: [],
  baseDir: '.',
};

export function levelToSeverity(level: RuleLevel): Severity | undefined {
  return level === 'off' ? undefined : level === 'warn' ? 'warning' : 'error';
}

function severityToLevel(severity: Severity): RuleLevel {
  return severity === 'warning' ? 'warn' : 'error';
}

/** Answers "how does rule R apply to file F" with one cache per config, for the whole run. */
export class RuleSettings {
  private readonly matchers: { match: (file: string) => boolean; rules: Readonly<Record<string, RuleSetting>> }[];
  private readonly cache = new Map<string, RuleSetting>();
  private readonly baseCache = new Map<Rule, RuleSetting>();

  constructor(private readonly config: ResolvedConfig) {
    this.matchers = config.overrides.map((override) => ({
      match: picomatch(override.files as string[], { dot: true }),
      rules: override.rules,
    }));
  }

  /** The preset and rules, before per-file overrides. */
  base(rule: Rule): RuleSetting {
    const configured = this.config.rules[rule.id];
    const presetLevel: RuleLevel = this.config.preset === 'all' || rule.recommended ? severityToLevel(rule.severity) : 'off';
    const setting: RuleSetting = configured ?? { level: presetLevel };
    return { level: setting.level, options: { ...(rule.options?.defaults as Record<string, unknown> | undefined), ...setting.options } };
  }

  /** The rule's setting when no override can change it per file, else undefined. */
  sameForEveryFile(rule: Rule): RuleSetting | undefined {
    return this.matchers.length === 0 ? this.forFile(rule, '') : undefined;
  }

  /** The setting of a rule for a file (a path relative to the config's directory, with `/`). */
  forFile(rule: Rule, file: string): RuleSetting {
    // Asked once per rule and resource: without overrides the answer does not depend on the file.
    if (this.matchers.length === 0) return cached(this.baseCache, rule, (key) => this.base(key));
    const key = `${rule.id}\u0000${file}`;
    const known = this.cache.get(key);
    if (known) return known;
    let setting = this.base(rule);
    for (const matcher of this.matchers) {
      const override = matcher.rules[rule.id];
      if (override && matcher.match(file)) {
        setting = { level: override.level, options: { ...setting.options, ...override.options } };
      }
    }
    this.cache.set(key, setting);
    return setting;
  }

  /** Whether any file could have the rule on (so the engine can skip it entirely). */
  mayRun(rule: Rule): boolean {
    if (this.base(rule).level !== 'off') return true;
    return this.config.overrides.some((override) => {
      const level = override.rules[rule.id]?.level;
      return level !== undefined && level !== 'off';
    });
  }
}
