import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/file.js';
import type { Rule } from '../engine/rule.js';

function isRule(value: unknown): value is Rule {
  const rule = value as Partial<Rule> | null;
  return typeof rule === 'object' && rule !== null && typeof rule.id === 'string' && typeof rule.check === 'function' && Array.isArray(rule.target);
}

/**
 * Plugins are code, so they load only when a config names them: an npm package or a path relative
 * to the config file, exporting `rules` (or a default export) as an array of `defineRule` rules.
 */
export async function loadPlugins(specifiers: readonly string[], baseDir: string): Promise<Rule[]> {
  const rules: Rule[] = [];
  for (const specifier of specifiers) {
    let resolved: string;
    try {
      resolved = specifier.startsWith('.') || path.isAbsolute(specifier) ? path.resolve(baseDir, specifier) : createRequire(path.join(baseDir, 'noop.js')).resolve(specifier);
    } catch {
      throw new ConfigError(path.join(baseDir, '.shipshape.yaml'), undefined, undefined, `cannot find the plugin "${specifier}"`);
    }
    const module = (await import(pathToFileURL(resolved).href)) as { rules?: unknown; default?: unknown };
    const exported = module.rules ?? (module.default as { rules?: unknown } | undefined)?.rules ?? module.default;
    if (!Array.isArray(exported) || !exported.every(isRule)) {
      throw new ConfigError(path.join(baseDir, '.shipshape.yaml'), undefined, undefined, `the plugin "${specifier}" must export \`rules\`, an array of rules made with defineRule`);
    }
    rules.push(...exported);
  }
  return rules;
}
