import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemas } from '../../src/schema/generate/index.js';
import { sharedDir } from '../../src/schema/generate/upstream.js';
import type { JsonSchema } from '../../src/schema/json-schema.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const OUTPUT = path.join(ROOT, 'schemas', 'kubernetes');
const shared = sharedDir(ROOT);
if (shared === undefined && process.env['SHIPSHAPE_REQUIRE_SHARED'] === '1') throw new Error('SHIPSHAPE_REQUIRE_SHARED=1 but no shared directory with upstream/ was found');
const skip = shared === undefined ? 'skipped: no shared upstream/ directory on this machine (set SHIPSHAPE_SHARED)' : undefined;

function committedFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? committedFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

describe.skipIf(skip !== undefined)(skip ?? 'schemas/kubernetes', () => {
  it('is what `npm run schemas` generates from the shared upstream directory', () => {
    const { files } = generateSchemas(path.join(shared as string, 'upstream'));
    const committed = committedFiles(OUTPUT).sort();
    const generated = [...files.keys()].sort();
    const missing = generated.filter((file) => !committed.includes(file));
    const extra = committed.filter((file) => !files.has(file));
    const changed = generated.filter((file) => committed.includes(file) && readFileSync(path.join(OUTPUT, file), 'utf8') !== files.get(file));
    expect({ missing, extra, changed: changed.slice(0, 20) }, 'schemas/ is stale: run `npm run schemas` and commit schemas/kubernetes').toEqual({ missing: [], extra: [], changed: [] });
  }, 180_000);

  it('carries no upstream prose: every schema node uses only validation keywords', () => {
    const definitions = JSON.parse(readFileSync(path.join(OUTPUT, 'definitions.json'), 'utf8')) as Record<string, JsonSchema>;
    const strays = new Set<string>();
    const walk = (schema: JsonSchema) => {
      for (const key of Object.keys(schema)) if (!KEYWORDS.has(key)) strays.add(key);
      for (const child of Object.values(schema.properties ?? {})) walk(child);
      if (schema.items) walk(schema.items);
      if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties);
      for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) walk(branch);
      if (schema.not) walk(schema.not);
    };
    for (const schema of Object.values(definitions)) walk(schema);
    expect([...strays]).toEqual([]);
  });
});

/** What a generated schema node may say: validation only, no description, example, default or extension. */
const KEYWORDS = new Set([
  '$ref', 'nullable', 'type', 'properties', 'additionalProperties', 'required', 'items', 'enum', 'format', 'pattern',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems',
  'uniqueItems', 'minProperties', 'maxProperties', 'anyOf', 'oneOf', 'allOf', 'not', 'x-at-most-one-of',
]);

describe('the committed validators', () => {
  it('require nothing but what schemas/kubernetes/runtime.cjs serves (the Action has no node_modules)', async () => {
    const { createRequire } = await import('node:module');
    const runtime = createRequire(import.meta.url)(path.join(OUTPUT, 'runtime.cjs')) as { validatorRequires: string[] };
    const requested = new Set<string>();
    for (const file of readdirSync(path.join(OUTPUT, 'validators'))) {
      for (const match of readFileSync(path.join(OUTPUT, 'validators', file), 'utf8').matchAll(/require\("([^"]+)"\)/g)) requested.add(match[1] as string);
    }
    expect(requested.size).toBeGreaterThan(1);
    expect([...requested].filter((request) => !runtime.validatorRequires.includes(request))).toEqual([]);
  });
});
