import { isObject } from '../json-schema.js';

/** "Field `property` of definition `definition` takes one of `values`": one enum fact. */
export interface EnumFact {
  definition: string;
  property: string;
  values: string[];
}

/**
 * Values Kubernetes added to an enum after 1.28, the version the enum facts come from. Without them
 * a newer manifest using the new value would be reported; with them an older cluster may miss a
 * value it does not know yet, which is the cheaper mistake. Each entry names its source.
 */
const LATER_VALUES: readonly (EnumFact & { since: string })[] = [
  // KEP-5471 (Kubernetes 1.35, alpha): numeric toleration operators.
  { definition: 'io.k8s.api.core.v1.Toleration', property: 'operator', values: ['Gt', 'Lt'], since: '1.35' },
];

/**
 * The enum facts of the enum-carrying OpenAPI v2 document: every string property of a definition
 * that lists its values, values de-duplicated (upstream repeats some, which draft-07 forbids).
 */
export function readEnumFacts(document: Record<string, unknown>): EnumFact[] {
  const definitions = isObject(document['definitions']) ? document['definitions'] : {};
  const facts: EnumFact[] = [];
  for (const [definition, schema] of Object.entries(definitions)) {
    const properties = isObject(schema) ? schema['properties'] : undefined;
    if (!isObject(properties)) continue;
    for (const [property, field] of Object.entries(properties)) {
      if (!isObject(field) || field['type'] !== 'string' || !Array.isArray(field['enum'])) continue;
      const values = [...new Set(field['enum'].filter((value): value is string => typeof value === 'string'))];
      if (values.length > 0) facts.push({ definition, property, values });
    }
  }
  return facts.sort((a, b) => `${a.definition}.${a.property}`.localeCompare(`${b.definition}.${b.property}`));
}

function minor(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}

/**
 * Applies enum facts to one version's raw definitions: wherever the definition and a plain string
 * property of that name exist, the property gets the values (plus later additions up to the
 * version). Returns how many properties got an enum.
 */
export function applyEnumFacts(definitions: Map<string, Record<string, unknown>>, facts: readonly EnumFact[], version: string): number {
  let applied = 0;
  for (const fact of facts) {
    const properties = definitions.get(fact.definition)?.['properties'];
    const field = isObject(properties) ? properties[fact.property] : undefined;
    if (!isObject(field) || field['type'] !== 'string' || field['$ref'] !== undefined) continue;
    const later = LATER_VALUES.filter((entry) => entry.definition === fact.definition && entry.property === fact.property && minor(entry.since) <= minor(version));
    const values = [...new Set([...fact.values, ...later.flatMap((entry) => entry.values)])];
    const schema = definitions.get(fact.definition);
    if (!schema || !isObject(properties)) continue;
    // Copies, so the upstream objects stay as read.
    definitions.set(fact.definition, { ...schema, properties: { ...properties, [fact.property]: { ...field, enum: values } } });
    applied += 1;
  }
  return applied;
}
