import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/file.js';
import type { Rule } from '../engine/rule.js';
import { importModule } from '../launch/host.js';

/** What the engine relies on, checked at load time so a hand-made object fails here, not mid-run. */
function isRule(value: unknown): value is Rule {
  const rule = value as Partial<Rule> | null;
  return (
    typeof rule === 'object' &&
    rule !== null &&
    typeof rule.id === 'string' &&
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id) &&
    rule.stage === 'graph' &&
    typeof rule.check === 'function' &&
    Array.isArray(rule.target) &&
    Array.isArray(rule.messageIds) &&
    typeof rule.messages === 'object' &&
    rule.messages !== null
  );
}

/**
 * Plugins are code, so they load only when a config names them: an npm package or a path relative
 * to the config file, exporting `rules` (or a default export) as an array of `defineRule` rules.
 */
export async function loadPlugins(specifiers: readonly string[], configFile: string): Promise<Rule[]> {
  const baseDir = path.dirname(configFile);
  const rules: Rule[] = [];
  for (const specifier of specifiers) {
    let resolved: string;
    try {
      resolved = specifier.startsWith('.') || path.isAbsolute(specifier) ? path.resolve(baseDir, specifier) : createRequire(path.join(baseDir, 'noop.js')).resolve(specifier);
    } catch {
      throw new ConfigError(configFile, undefined, undefined, `cannot find the plugin "${specifier}"`);
    }
    let module: { rules?: unknown; default?: unknown };
    try {
      module = (await importModule(pathToFileURL(resolved).href)) as { rules?: unknown; default?: unknown };
    } catch (error) {
      // A plugin that fails to load (a syntax error, a missing dependency, a throw at import) is a
      // configuration problem: name the plugin and the config that asked for it, exit 2.
      throw new ConfigError(configFile, undefined, undefined, `cannot load the plugin "${specifier}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const exported = module.rules ?? (module.default as { rules?: unknown } | undefined)?.rules ?? module.default;
    if (!Array.isArray(exported) || !exported.every(isRule)) {
      throw new ConfigError(configFile, undefined, undefined, `the plugin "${specifier}" must export \`rules\`, an array of rules made with defineRule`);
    }
    rules.push(...exported);
  }
  return rules;
}
