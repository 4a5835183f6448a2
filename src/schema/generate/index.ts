import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SchemaRuntime } from '../ajv.js';
import { emptyStats, type ConversionStats } from '../convert.js';
import { convertCrd } from '../crd.js';
import { definitionRef, type JsonSchema } from '../json-schema.js';
import type { SchemaIndex, KindEntry } from '../schema-index.js';
import { compileValidators } from './compile.js';
import { factorSharedSubschemas } from './factor.js';
import { applyEnumFacts, readEnumFacts } from './enums.js';
import { readKubernetesVersion } from './kubernetes.js';
import { repairDefinitions } from './repair.js';
import { DefinitionStore } from './store.js';
import { kubernetesVersions, readCrdBundles, readEnumSource, readOpenApiDocuments } from './upstream.js';

const require = createRequire(import.meta.url);
const RUNTIME_SOURCE = require.resolve('../runtime.cjs');

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

export interface GenerateReport {
  versions: string[];
  /** Bundled CRD sets by CRD group, for the README. */
  bundles: Record<string, string>;
  kindsPerVersion: Record<string, number>;
  enumsPerVersion: Record<string, number>;
  definitionsPerVersion: Record<string, number>;
  uniqueDefinitions: number;
  crdVersions: number;
  stats: ConversionStats;
}

export interface GeneratedSchemas {
  /** File contents by path relative to `schemas/kubernetes/`. */
  files: Map<string, string>;
  report: GenerateReport;
}

function put(index: Record<string, Record<string, KindEntry>>, groupVersion: string, kind: string, entry: KindEntry): void {
  (index[groupVersion] ??= {})[kind] = entry;
}

/** One line per entry, keys sorted: small diffs when upstream changes one definition. */
function linePerEntry(entries: Record<string, unknown>): string {
  const keys = Object.keys(entries).sort();
  return `{\n${keys.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(entries[key])}`).join(',\n')}\n}\n`;
}

/**
 * Reads the upstream directory and produces everything under `schemas/kubernetes/`: the shared
 * definitions, the index of what each Kubernetes version and each bundled CRD serves, the runtime
 * and one precompiled validator per definition. Pure apart from reading `upstream`.
 */
export function generateSchemas(upstream: string): GeneratedSchemas {
  const runtime = require(RUNTIME_SOURCE) as SchemaRuntime;
  const formats = new Set(Object.keys(runtime.formats));
  const stats = emptyStats();
  const store = new DefinitionStore();
  const facts = readEnumFacts(readEnumSource(upstream));
  const index: SchemaIndex = { format: 1, kubernetes: {}, crds: {} };
  const report: GenerateReport = { versions: [], bundles: {}, kindsPerVersion: {}, enumsPerVersion: {}, definitionsPerVersion: {}, uniqueDefinitions: 0, crdVersions: 0, stats };

  let newestObjectMeta = '';
  for (const version of kubernetesVersions(upstream)) {
    const spec = readKubernetesVersion(readOpenApiDocuments(upstream, version));
    repairDefinitions(spec.definitions);
    report.enumsPerVersion[version] = applyEnumFacts(spec.definitions, facts, version);
    const roots = [...new Set([...spec.kinds.map((kind) => kind.definition), OBJECT_META])];
    const ids = store.addVersion(spec.definitions, roots, { formats, stats });
    const kinds: Record<string, Record<string, KindEntry>> = {};
    for (const kind of spec.kinds) put(kinds, kind.groupVersion, kind.kind, { id: ids.get(kind.definition) as string, namespaced: kind.namespaced });
    newestObjectMeta = ids.get(OBJECT_META) as string;
    index.kubernetes[version] = { objectMeta: newestObjectMeta, kinds };
    report.versions.push(version);
    report.kindsPerVersion[version] = spec.kinds.length;
    report.definitionsPerVersion[version] = ids.size;
  }

  const served: { name: string; group: string; schema: JsonSchema; entry: KindEntry }[] = [];
  for (const bundle of readCrdBundles(upstream)) {
    for (const crd of bundle.crds) {
      for (const version of convertCrd(crd, { formats, objectMetaRef: definitionRef(newestObjectMeta), stats })) {
        const entry: KindEntry = { namespaced: version.namespaced, bundle: bundle.name };
        report.bundles[version.group] = bundle.name;
        if (version.served) served.push({ name: `${version.group}.${version.kind}`, group: version.group, schema: version.schema, entry });
        else entry.served = false;
        if (version.deprecated) entry.deprecated = true;
        put(index.crds, `${version.group}/${version.version}`, version.kind, entry);
        report.crdVersions += 1;
      }
    }
  }
  const factored = factorSharedSubschemas(served, store);
  served.forEach((root, position) => {
    root.entry.id = store.addSchema(root.name, factored[position] as JsonSchema);
  });

  report.uniqueDefinitions = store.definitions.size;
  const files = new Map<string, string>();
  files.set('index.json', `${JSON.stringify(index, null, 1)}\n`);
  files.set('definitions.json', linePerEntry(Object.fromEntries(store.definitions)));
  files.set('runtime.cjs', readFileSync(RUNTIME_SOURCE, 'utf8'));
  files.set('README.md', readme(report));
  for (const [id, code] of compileValidators(store.definitions, runtime)) files.set(`validators/${id}.cjs`, code);
  return { files, report };
}

function readme(report: GenerateReport): string {
  const first = report.versions[0] ?? '';
  const last = report.versions[report.versions.length - 1] ?? '';
  return `<!-- Generated by \`npm run schemas\` from the shared upstream directory; edit src/schema/generate, not this file. -->

# Kubernetes schemas

What the \`schema\`, \`api-version-*\` and \`unknown-kind\` rules check against, for Kubernetes ${first} to ${last} and
the bundled CRDs (${[...new Set(Object.values(report.bundles))].sort().join(', ')}). Regenerate with \`npm run schemas\`; a test
fails when these files are stale.

- \`index.json\`: for each Kubernetes version, the kinds it serves by apiVersion (definition id, namespaced)
  and ObjectMeta's id; \`crds\`: the bundled CRDs' kinds by apiVersion (\`served: false\` and \`deprecated\`
  as their CRDs declare).
- \`definitions.json\`: every definition by id, one per line. An id is the definition's name and a hash of
  its schema and of everything it references, so a definition unchanged between versions is stored once.
  The schemas are JSON Schema draft-07 plus \`nullable\` (OpenAPI's "or null", also beside \`$ref\`) and
  \`x-at-most-one-of\`. Unknown fields are rejected (\`additionalProperties: false\`) except where Kubernetes
  preserves them; optional fields accept null; no descriptions, examples or defaults are kept.
- \`validators/<id>.cjs\`: each definition's yes/no pre-check and, below the line \`//# validator\`, its ajv
  standalone validator, which \`runtime.cjs\` compiles only when a value fails the check; loaded on first use.
- \`runtime.cjs\`: the formats (quantity, date-time, byte, int32, …) and the lazy loader the validators share.
`;
}
