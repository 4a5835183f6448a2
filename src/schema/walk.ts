import type { PathSegment } from '../parse/source.js';
import { isObject, own, refId, type JsonSchema } from './json-schema.js';

/** Finds a definition by id (the store's), for following `$ref`s. */
export type ResolveDefinition = (id: string) => JsonSchema | undefined;

/** A schema that applies at a path, with the definition id it was reached through, if any. */
interface Reached {
  schema: JsonSchema;
  id?: string;
}

function follow(schema: JsonSchema | undefined, resolve: ResolveDefinition): Reached | undefined {
  let current = schema;
  let id: string | undefined;
  for (let hops = 0; current?.$ref !== undefined && hops < 32; hops += 1) {
    id = refId(current.$ref);
    current = id === undefined ? undefined : resolve(id);
  }
  return current === undefined ? undefined : { schema: current, ...(id === undefined ? {} : { id }) };
}

/** The schemas that may apply to a node: the node itself and, transitively, its allOf/anyOf/oneOf branches. */
function alternatives(schema: JsonSchema | undefined, resolve: ResolveDefinition): Reached[] {
  const reached = follow(schema, resolve);
  if (!reached) return [];
  const branches = [...(reached.schema.allOf ?? []), ...(reached.schema.anyOf ?? []), ...(reached.schema.oneOf ?? [])];
  return [reached, ...branches.flatMap((branch) => alternatives(branch, resolve))];
}

function schemasAt(root: JsonSchema, path: readonly PathSegment[], resolve: ResolveDefinition): Reached[] {
  let current = alternatives(root, resolve);
  for (const segment of path) {
    const next: Reached[] = [];
    for (const { schema } of current) {
      if (typeof segment === 'number') {
        if (schema.items) next.push(...alternatives(schema.items, resolve));
        continue;
      }
      const property = own(schema.properties, segment);
      if (property) next.push(...alternatives(property, resolve));
      else if (isObject(schema.additionalProperties)) next.push(...alternatives(schema.additionalProperties as JsonSchema, resolve));
    }
    current = next;
  }
  return current;
}

/** What the schema says about the object at a path: the fields it accepts and, for built-in types, its type name. */
export interface ObjectDescription {
  fields: string[];
  /** `ContainerPort` for `io.k8s.api.core.v1.ContainerPort.<hash>`; absent for CRD subschemas. */
  typeName?: string;
}

export function describeObjectAt(root: JsonSchema, path: readonly PathSegment[], resolve: ResolveDefinition): ObjectDescription {
  const reached = schemasAt(root, path, resolve);
  const fields = [...new Set(reached.flatMap(({ schema }) => Object.keys(schema.properties ?? {})))];
  const id = reached.find((entry) => entry.id?.startsWith('io.k8s.'))?.id;
  const typeName = id?.split('.').slice(-2, -1)[0];
  return typeName === undefined ? { fields } : { fields, typeName };
}
