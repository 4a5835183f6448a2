import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/resolved.js';
import { extraSchemaName, type ExtraSchema } from '../schema/extra.js';
import { UsageError } from './args.js';

/**
 * Reads the JSON Schemas of `--schema-dir` directories (kubeconform's layout: one
 * `<kind>-<group>-<version>.json` per kind, directly in the directory). File access stays here, at
 * the CLI's edge; rules get the parsed schemas through the settings.
 */
export function readSchemaDirs(dirs: readonly string[], cwd: string): ExtraSchema[] {
  const schemas: ExtraSchema[] = [];
  for (const dir of dirs) {
    const absolute = path.resolve(cwd, dir);
    let names: string[];
    try {
      names = readdirSync(absolute).sort();
    } catch (error) {
      throw new UsageError(`--schema-dir ${dir}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`);
    }
    for (const name of names) {
      const stem = extraSchemaName(name);
      if (stem === undefined) continue;
      const file = path.join(dir, name);
      try {
        schemas.push({ file, name: stem, schema: JSON.parse(readFileSync(path.join(absolute, name), 'utf8')) as unknown });
      } catch (error) {
        throw new UsageError(`--schema-dir: ${file} is not a readable JSON Schema: ${(error as Error).message}`);
      }
    }
  }
  return schemas;
}

/** The config with the schemas of its `schemaDirs` read in. */
export function withExtraSchemas(config: ResolvedConfig, cwd: string): ResolvedConfig {
  const dirs = config.settings.schemaDirs ?? [];
  if (dirs.length === 0) return config;
  return { ...config, settings: { ...config.settings, extraSchemas: readSchemaDirs(dirs, cwd) } };
}
