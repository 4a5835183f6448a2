/**
 * Schema inputs for the peers, derived from the upstream OpenAPI v3 documents in shared/upstream:
 * one `definitions` document for @monokle/validation (its SchemaLoader serves a whole-definitions
 * file) and, when kubeconform is installed, a schema directory in kubeconform's file layout. Both are
 * written under .bench/ and reused while the upstream version stays the same.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Schema = { [key: string]: unknown };

function isObject(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** OpenAPI v3 → JSON Schema draft-07 node: refs moved to `definitions`, `allOf` wrappers unwrapped, `nullable` as a type. */
function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!isObject(node)) return node;
  const allOf = node['allOf'];
  if (Array.isArray(allOf) && allOf.length === 1 && isObject(allOf[0]) && typeof allOf[0]['$ref'] === 'string') {
    return convert(allOf[0]);
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace('#/components/schemas/', '#/definitions/');
    else if (key === 'description' || key === 'default' || key === 'nullable' || key === 'format') continue;
    else out[key] = convert(value);
  }
  if (node['nullable'] === true && typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
  return out;
}

/** The newest Kubernetes minor under shared/upstream/kubernetes-openapi-v3. */
export function newestVersion(upstream: string): string {
  const versions = readdirSync(upstream).filter((name) => /^\d+\.\d+$/.test(name));
  versions.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  const newest = versions.at(-1);
  if (newest === undefined) throw new Error(`no Kubernetes versions under ${upstream}`);
  return newest;
}

function openApiFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...openApiFiles(full));
    else if (entry.name.endsWith('.json')) out.push(full);
  }
  return out.sort();
}

/** All component schemas of one Kubernetes version as one `{definitions}` document. */
export function deriveDefinitions(upstream: string, version: string, cacheFile: string): Schema {
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Schema;
  const definitions: Schema = {};
  for (const file of openApiFiles(path.join(upstream, version))) {
    const document = JSON.parse(readFileSync(file, 'utf8')) as { components?: { schemas?: Schema } };
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) definitions[name] ??= convert(schema);
  }
  const result: Schema = { definitions };
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(result));
  return result;
}

/** Object schemas with properties get `additionalProperties: false`, as kubeconform's `-strict` schemas do. */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (!isObject(node)) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) out[key] = strict(value);
  if (isObject(node['properties']) && node['additionalProperties'] === undefined && node['x-kubernetes-preserve-unknown-fields'] !== true) out['additionalProperties'] = false;
  return out;
}

function reachable(definitions: Schema, root: string): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const name = value.replace('#/definitions/', '');
          if (!seen.has(name)) {
            seen.add(name);
            visit(definitions[name]);
          }
        } else visit(value);
      }
    }
  };
  seen.add(root);
  visit(definitions[root]);
  return seen;
}

/**
 * kubeconform's local layout: `<dir>/v<version>.0-standalone-strict/<kind>[-<group>]-<version>.json`,
 * each file self-contained (the definitions it reaches inlined under `definitions`).
 */
export function writeKubeconformSchemas(definitionsDocument: Schema, dir: string, kubernetesVersion: string): string {
  const target = path.join(dir, `v${kubernetesVersion}-standalone-strict`);
  if (existsSync(path.join(target, '.complete'))) return dir;
  mkdirSync(target, { recursive: true });
  const definitions = definitionsDocument['definitions'] as Schema;
  for (const [name, schema] of Object.entries(definitions)) {
    const gvks = isObject(schema) ? schema['x-kubernetes-group-version-kind'] : undefined;
    if (!Array.isArray(gvks)) continue;
    for (const gvk of gvks as { group: string; version: string; kind: string }[]) {
      const group = gvk.group === '' ? '' : `-${gvk.group.split('.')[0]?.toLowerCase() ?? ''}`;
      const file = path.join(target, `${gvk.kind.toLowerCase()}${group}-${gvk.version.toLowerCase()}.json`);
      if (existsSync(file)) continue;
      const inlined: Schema = {};
      for (const reference of reachable(definitions, name)) if (reference !== name) inlined[reference] = strict(definitions[reference]);
      writeFileSync(file, JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...(strict(schema) as Schema), definitions: inlined }));
    }
  }
  writeFileSync(path.join(target, '.complete'), '');
  return dir;
}
