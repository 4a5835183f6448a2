import { canonicalJson, definitionRef, isObject, type JsonSchema } from '../json-schema.js';

/** Subschemas smaller than this stay inline: a module of their own would cost more than it saves. */
const MIN_SHARED_SIZE = 800;

type Store = { addSchema(name: string, schema: JsonSchema): string };

function withoutNullable(schema: JsonSchema): JsonSchema {
  if (schema.nullable !== true) return schema;
  const { nullable: _nullable, ...rest } = schema;
  if (rest.enum) rest.enum = rest.enum.filter((value) => value !== null);
  return rest;
}

/**
 * A copy of `schema` with `visit` applied to each child schema. Branches of anyOf/oneOf/allOf/not
 * are left as they are: explanations fold a failed branch's errors by their schema path, which a
 * reference to another definition would cut.
 */
function children(schema: JsonSchema, visit: (child: JsonSchema, name: string | undefined) => JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, child]) => [name, visit(child, name)]));
  if (schema.items) out.items = visit(schema.items, undefined);
  if (isObject(schema.additionalProperties)) out.additionalProperties = visit(schema.additionalProperties as JsonSchema, undefined);
  return out;
}

/**
 * CRD schemas repeat large subschemas (prometheus-operator embeds the whole Container, Affinity and
 * TLS config in every CRD that runs pods). Every object subschema of at least MIN_SHARED_SIZE that
 * occurs more than once over all roots becomes a definition of its own, referenced where it
 * occurred, so its validator exists once. Returns the roots with those references.
 */
export function factorSharedSubschemas(roots: readonly { name: string; group: string; schema: JsonSchema }[], store: Store): JsonSchema[] {
  const counts = new Map<string, number>();
  const count = (schema: JsonSchema): JsonSchema => {
    if (schema.properties) {
      const key = canonicalJson(withoutNullable(schema));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return children(schema, count);
  };
  for (const root of roots) children(root.schema, count);

  const ids = new Map<string, string>();
  return roots.map((root) => {
    const extract = (schema: JsonSchema, name: string | undefined): JsonSchema => {
      const plain = withoutNullable(schema);
      const key = schema.properties ? canonicalJson(plain) : undefined;
      if (key === undefined || key.length < MIN_SHARED_SIZE || (counts.get(key) ?? 0) < 2) return children(schema, extract);
      let id = ids.get(key);
      if (id === undefined) {
        id = store.addSchema(`${root.group}.${name ?? 'item'}`, children(plain, extract));
        ids.set(key, id);
      }
      return schema.nullable === true ? { $ref: definitionRef(id), nullable: true } : { $ref: definitionRef(id) };
    };
    return children(root.schema, extract);
  });
}
