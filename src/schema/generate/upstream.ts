import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isObject } from '../json-schema.js';

/**
 * The shared directory holding `upstream/` (schema sources) and `corpus/`: `SHIPSHAPE_SHARED`, else
 * `../shared` beside the repository, else `/work/shared`. Undefined when none exists.
 */
export function sharedDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env['SHIPSHAPE_SHARED'], path.resolve(repoRoot, '..', 'shared'), '/work/shared'];
  return candidates.find((candidate): candidate is string => candidate !== undefined && candidate !== '' && existsSync(path.join(candidate, 'upstream')));
}

/** One group-version document of a Kubernetes version's OpenAPI v3. */
export interface OpenApiDocument {
  /** `v1` or `apps/v1`. */
  groupVersion: string;
  document: Record<string, unknown>;
}

function readJson(file: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isObject(value)) throw new Error(`${file}: not a JSON object`);
  return value;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Kubernetes minor versions with an OpenAPI v3 directory, oldest first (`1.23`, …, `1.35`). */
export function kubernetesVersions(upstream: string): string[] {
  const dir = path.join(upstream, 'kubernetes-openapi-v3');
  const minor = (version: string) => Number(version.split('.')[1]);
  return readdirSync(dir).filter((name) => /^1\.\d+$/.test(name)).sort((a, b) => minor(a) - minor(b));
}

/** `api/v1.json` and `apis/<group>/<version>.json` of one Kubernetes version. */
export function readOpenApiDocuments(upstream: string, version: string): OpenApiDocument[] {
  const root = path.join(upstream, 'kubernetes-openapi-v3', version);
  const documents: OpenApiDocument[] = [];
  const core = path.join(root, 'api', 'v1.json');
  if (existsSync(core)) documents.push({ groupVersion: 'v1', document: readJson(core) });
  const apis = path.join(root, 'apis');
  for (const group of readdirSync(apis).sort(byName)) {
    for (const file of readdirSync(path.join(apis, group)).sort(byName)) {
      if (!file.endsWith('.json')) continue;
      documents.push({ groupVersion: `${group}/${file.slice(0, -'.json'.length)}`, document: readJson(path.join(apis, group, file)) });
    }
  }
  return documents;
}

/** The OpenAPI v2 document whose definitions still carry enum lists (used for enum facts only). */
export function readEnumSource(upstream: string): Record<string, unknown> {
  return readJson(path.join(upstream, 'kubernetes-openapi-v2-enums', '1.28.0.json'));
}

/** A bundle of CRDs shipped with shipshape: its name and the CRD objects of its YAML files. */
export interface CrdBundle {
  name: string;
  crds: unknown[];
}

/** `crds/<bundle>/*.yaml`, every document of every file, in file order. */
export function readCrdBundles(upstream: string): CrdBundle[] {
  const root = path.join(upstream, 'crds');
  return readdirSync(root)
    .sort(byName)
    .filter((name) => !name.startsWith('.'))
    .map((name) => {
      const crds: unknown[] = [];
      for (const file of readdirSync(path.join(root, name)).sort(byName)) {
        if (!/\.ya?ml$/.test(file)) continue;
        for (const document of parseAllDocuments(readFileSync(path.join(root, name, file), 'utf8'))) {
          if (document.errors.length > 0) throw new Error(`crds/${name}/${file}: ${document.errors[0]?.message ?? 'YAML error'}`);
          const value: unknown = document.toJS({ maxAliasCount: -1 });
          if (isObject(value) && value['kind'] === 'CustomResourceDefinition') crds.push(value);
        }
      }
      return { name, crds };
    });
}
