import { createHash } from 'node:crypto';
import { convertNode, type ConvertOptions } from '../convert.js';
import { canonicalJson, definitionRef, isObject, type JsonSchema } from '../json-schema.js';

const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Object definitions get their own id and validator; aliases (Quantity, Time, IntOrString, RawExtension) are inlined. */
function isAlias(schema: Record<string, unknown>): boolean {
  return !isObject(schema['properties']);
}

/**
 * Definitions of every Kubernetes version and bundled CRD, content-addressed: a definition's id is
 * its name plus a hash of its own schema and of everything it references, so one id means one
 * schema in every version that has it, and an unchanged definition is stored once.
 */
export class DefinitionStore {
  readonly definitions = new Map<string, JsonSchema>();

  /** Adds a schema under `name`; its `$ref`s must already name stored ids. Returns its id. */
  addSchema(name: string, schema: JsonSchema): string {
    const id = `${name}.${sha(`${name}\u0000${canonicalJson(schema)}`).slice(0, 10)}`;
    this.definitions.set(id, schema);
    return id;
  }

  /**
   * Converts the definitions a version reaches from `roots` and stores them; returns each reached
   * name's id. References are followed through upstream `$ref`s; cycles (JSONSchemaProps) are fine
   * because an id hashes the whole set of definitions a definition reaches, cycle included.
   */
  addVersion(raw: ReadonlyMap<string, Record<string, unknown>>, roots: readonly string[], options: Omit<ConvertOptions, 'reference'>): Map<string, string> {
    const converted = new Map<string, JsonSchema>();
    const edges = new Map<string, Set<string>>();
    const pending = [...roots];
    const inline = (name: string, schema: Record<string, unknown>): JsonSchema => {
      const alias = convertNode(schema, options);
      return name === QUANTITY ? { ...alias, format: 'quantity' } : alias;
    };
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (converted.has(name)) continue;
      const schema = raw.get(name);
      if (schema === undefined) throw new Error(`definition ${name} is referenced but not defined`);
      const dependencies = new Set<string>();
      converted.set(
        name,
        convertNode(schema, {
          ...options,
          reference(target) {
            const targetSchema = raw.get(target);
            if (targetSchema === undefined) throw new Error(`${name} references the undefined ${target}`);
            if (isAlias(targetSchema)) return inline(target, targetSchema);
            dependencies.add(target);
            pending.push(target);
            return { $ref: target };
          },
        }),
      );
      edges.set(name, dependencies);
    }
    const ownHash = new Map([...converted].map(([name, schema]) => [name, sha(canonicalJson(schema))]));
    const ids = new Map<string, string>();
    for (const name of converted.keys()) {
      const reached = new Set<string>([name]);
      const stack = [name];
      while (stack.length > 0) {
        for (const next of edges.get(stack.pop() as string) ?? []) {
          if (!reached.has(next)) {
            reached.add(next);
            stack.push(next);
          }
        }
      }
      const fingerprint = [...reached].sort().map((member) => `${member}:${ownHash.get(member) ?? ''}`).join('\n');
      ids.set(name, `${name}.${sha(`${name}\u0000${fingerprint}`).slice(0, 10)}`);
    }
    for (const [name, schema] of converted) this.definitions.set(ids.get(name) as string, rewriteRefs(schema, ids));
    return ids;
  }
}

function rewriteRefs(schema: JsonSchema, ids: ReadonlyMap<string, string>): JsonSchema {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string') return definitionRef(ids.get(value) ?? value);
    return value;
  }) as JsonSchema;
}
