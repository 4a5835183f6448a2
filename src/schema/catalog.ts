import type { Settings } from '../engine/settings.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { Resource } from '../graph/resource.js';
import { innerCache } from '../graph/memo.js';
import type { SchemaRuntime } from './ajv.js';
import { builtinSchemas, schemaVersionFor, type BuiltinSchemas } from './builtin.js';
import { emptyStats } from './convert.js';
import { crdDeclarations, customResourceRoot, type CrdDeclaration } from './crd.js';
import { kubeconformNames, type ExtraSchema } from './extra.js';
import { interpretedValidator, refsOf, type ResolveRef, type Validator } from './interpret.js';
import { definitionRef, isObject, own, refId, type JsonSchema } from './json-schema.js';
import type { KindEntry } from './schema-index.js';

/** Where a kind's schema comes from, which decides how messages name it. */
export type SchemaOrigin =
  | { type: 'kubernetes'; version: string }
  | { type: 'bundled-crd'; bundle: string }
  | { type: 'input-crd'; crd: Resource }
  | { type: 'schema-dir'; file: string };

/** The schema of one apiVersion/kind, compiled or loaded on first use. */
export interface KindSchema {
  origin: SchemaOrigin;
  /** The validator; undefined when the schema cannot be used (`problem` says why). */
  validator(): Validator | undefined;
  /** The root schema, for naming fields in messages. */
  root(): JsonSchema | undefined;
  problem?: string;
}

/** A custom resource version declared by a CRD in the input. */
export interface InputCrdVersion extends CrdDeclaration {
  crd: Resource;
}

function key(apiVersion: string, kind: string): string {
  return `${apiVersion}\u0000${kind}`;
}

/**
 * Values by apiVersion, then kind. Rules look a kind up once per resource, several rules each, so
 * a lookup builds no combined key string (hashing a fresh string each time was most of its cost).
 */
class KindMap<T> {
  private readonly byApiVersion = new Map<string, Map<string, T>>();

  /** The value, or undefined when there is none (store null rather than undefined to remember nothing). */
  get(apiVersion: string, kind: string): T | undefined {
    return this.byApiVersion.get(apiVersion)?.get(kind);
  }

  set(apiVersion: string, kind: string, value: T): void {
    let byKind = this.byApiVersion.get(apiVersion);
    if (!byKind) {
      byKind = new Map();
      this.byApiVersion.set(apiVersion, byKind);
    }
    byKind.set(kind, value);
  }
}

/**
 * Every schema one run can use, in precedence order: `--schema-dir` files, CRDs in the input, the
 * built-in kinds of the target Kubernetes version, the bundled CRDs. Built per run (CRDs and extra
 * schemas belong to one input); the built-in part is shared and never compiled at run time.
 */
export class SchemaCatalog {
  /** The Kubernetes version the user targets (`1.35`, `1.21`). */
  readonly target: string;
  /** The shipped Kubernetes version whose schemas are used (the target, or the nearest shipped). */
  readonly version: string;
  readonly builtins: BuiltinSchemas;
  private readonly inputCrds = new Map<string, InputCrdVersion>();
  private readonly extra = new Map<string, ExtraSchema>();
  private readonly schemas = new KindMap<KindSchema | null>();
  private readonly memo = new Map<string, KindMap<object>>();
  private readonly objectMetaRef: string;
  private readonly formats: ReadonlySet<string>;

  constructor(target: string, crds: readonly Resource[], extraSchemas: readonly ExtraSchema[], builtins: BuiltinSchemas = builtinSchemas()) {
    this.builtins = builtins;
    this.target = target.replace(/^v/, '');
    this.version = schemaVersionFor(target, builtins.versions);
    this.objectMetaRef = definitionRef(builtins.index.kubernetes[this.version]?.objectMeta ?? '');
    this.formats = new Set(Object.keys(builtins.runtime.formats));
    for (const crd of crds) {
      for (const version of crdDeclarations(crd.body)) {
        const apiVersion = `${version.group}/${version.version}`;
        // The first CRD in the input wins; a second one for the same kind is another rule's concern.
        if (!this.inputCrds.has(key(apiVersion, version.kind))) this.inputCrds.set(key(apiVersion, version.kind), { ...version, crd });
      }
    }
    for (const schema of extraSchemas) if (!this.extra.has(schema.name)) this.extra.set(schema.name, schema);
  }

  /** Built-in kinds of the target version by apiVersion, then kind. */
  builtinEntry(apiVersion: string, kind: string, version = this.version): KindEntry | undefined {
    return own(own(own(this.builtins.index.kubernetes, version)?.kinds, apiVersion), kind);
  }

  bundledEntry(apiVersion: string, kind: string): KindEntry | undefined {
    return own(own(this.builtins.index.crds, apiVersion), kind);
  }

  inputCrd(apiVersion: string, kind: string): InputCrdVersion | undefined {
    return this.inputCrds.get(key(apiVersion, kind));
  }

  /** Every version of a group/kind the input's CRDs declare. */
  inputCrdVersions(group: string, kind: string): InputCrdVersion[] {
    return [...this.inputCrds.values()].filter((version) => version.group === group && version.kind === kind);
  }

  extraSchema(apiVersion: string, kind: string): ExtraSchema | undefined {
    for (const name of kubeconformNames(apiVersion, kind)) {
      const schema = this.extra.get(name);
      if (schema) return schema;
    }
    return undefined;
  }

  /**
   * A value computed once per catalog (per run) for one apiVersion/kind: what rules derive from the
   * schemas for a kind. `what` names the value; `compute` gets the catalog and the kind, so callers
   * asking once per resource need not allocate a closure for it.
   */
  rememberForKind<T extends object>(what: string, apiVersion: string, kind: string, compute: (catalog: SchemaCatalog, apiVersion: string, kind: string) => T): T {
    let values = this.memo.get(what);
    if (!values) {
      values = new KindMap();
      this.memo.set(what, values);
    }
    const known = values.get(apiVersion, kind);
    if (known !== undefined) return known as T;
    const value = compute(this, apiVersion, kind);
    values.set(apiVersion, kind, value);
    return value;
  }

  /** The schema a resource of apiVersion/kind is validated against, or undefined when there is none. */
  schemaFor(apiVersion: string, kind: string): KindSchema | undefined {
    const known = this.schemas.get(apiVersion, kind);
    if (known !== undefined) return known ?? undefined;
    const found = this.find(apiVersion, kind);
    this.schemas.set(apiVersion, kind, found ?? null);
    return found;
  }

  private find(apiVersion: string, kind: string): KindSchema | undefined {
    const extra = this.extraSchema(apiVersion, kind);
    if (extra) return this.interpreted({ type: 'schema-dir', file: extra.file }, extra.schema);
    const crd = this.inputCrd(apiVersion, kind);
    if (crd?.served) {
      const root = customResourceRoot(crd.rawSchema, { formats: this.formats, objectMetaRef: this.objectMetaRef, stats: emptyStats(), lazy: true });
      // Conversion drops a CRD's own `$ref`s (the API server forbids them): metadata's is the only one,
      // so the lazily converted tree need not be walked (which would convert all of it) to find them.
      return this.interpreted({ type: 'input-crd', crd: crd.crd }, root, [this.objectMetaRef]);
    }
    const builtin = this.builtinEntry(apiVersion, kind);
    if (builtin?.id !== undefined) return this.precompiled({ type: 'kubernetes', version: this.version }, builtin.id);
    const bundled = this.bundledEntry(apiVersion, kind);
    if (bundled?.id !== undefined && bundled.bundle !== undefined) return this.precompiled({ type: 'bundled-crd', bundle: bundled.bundle }, bundled.id);
    return undefined;
  }

  private precompiled(origin: SchemaOrigin, id: string): KindSchema {
    let validator: Validator | undefined;
    return {
      origin,
      validator: () => (validator ??= precompiledValidator(this.builtins.runtime, id)),
      // A reference rather than the definition itself, so messages can name the root's type too.
      root: () => ({ $ref: definitionRef(id) }),
    };
  }

  /**
   * A schema that came with the input or `--schema-dir`: interpreted rather than compiled, since a
   * run validates only a few objects against it. Its `$ref`s resolve to built-in definitions
   * (precompiled) or to the file's own `definitions`; one that resolves to nothing makes the schema
   * unusable, which `unknown-kind` reports.
   */
  private interpreted(origin: SchemaOrigin, schema: unknown, refs: Iterable<string> = refsOf(schema)): KindSchema {
    const root = isObject(schema) ? (schema as JsonSchema) : {};
    const local = isObject(schema) && isObject(schema['definitions']) ? (schema['definitions'] as Record<string, JsonSchema>) : {};
    // Asked at every `$ref` the interpreter meets in the data, so answered once per reference.
    const resolved = new Map<string, Validator | JsonSchema | undefined>();
    const resolve: ResolveRef = (ref) => {
      if (resolved.has(ref)) return resolved.get(ref);
      const id = refId(ref);
      const definition = id === undefined ? undefined : own(local, id);
      let target: Validator | JsonSchema | undefined = definition;
      if (id !== undefined && definition === undefined) {
        try {
          // Loads the definition's pre-check, which fails for an id no module has.
          target = precompiledValidator(this.builtins.runtime, id);
        } catch {
          target = undefined;
        }
      }
      resolved.set(ref, target);
      return target;
    };
    const unresolved = [...refs].filter((ref) => resolve(ref) === undefined);
    const validate = unresolved.length === 0 ? interpretedValidator(root, resolve, this.builtins.runtime) : undefined;
    return {
      origin,
      validator: () => validate,
      root: () => root,
      ...(unresolved.length === 0 ? {} : { problem: `the reference ${unresolved[0] ?? ''} resolves to nothing` }),
    };
  }
}

/**
 * A precompiled definition as a Validator: its pre-check, and ajv's validator compiled only when a
 * value fails the check (most runs meet few invalid resources).
 */
function precompiledValidator(runtime: SchemaRuntime, id: string): Validator {
  const validate: Validator = (data) => {
    const full = runtime.load(id);
    const valid = full(data);
    validate.errors = full.errors;
    return valid;
  };
  validate.check = runtime.check(id);
  return validate;
}

const catalogs = new WeakMap<ResourceGraph, WeakMap<Settings, SchemaCatalog>>();

/** The catalog of one run (one graph with one set of settings), built on first use by any rule. */
export function catalogFor(graph: ResourceGraph, settings: Settings): SchemaCatalog {
  // Asked once per resource by four rules: without `cached`, whose two closures per call were 3 MB
  // of garbage in a lint of 5,000 resources.
  const bySettings = innerCache(catalogs, graph);
  let catalog = bySettings.get(settings);
  if (catalog === undefined) {
    catalog = new SchemaCatalog(settings.kubernetesVersion, graph.ofKind('CustomResourceDefinition'), settings.extraSchemas ?? []);
    bySettings.set(settings, catalog);
  }
  return catalog;
}
