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
  const report: GenerateReport = { versions: [], kindsPerVersion: {}, enumsPerVersion: {}, definitionsPerVersion: {}, uniqueDefinitions: 0, crdVersions: 0, stats };

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
  for (const [id, code] of compileValidators(store.definitions, runtime)) files.set(`validators/${id}.cjs`, code);
  return { files, report };
}
