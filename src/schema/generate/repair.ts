import { isObject } from '../json-schema.js';

/**
 * Definitions with a real field named `description`. The shared copy of the upstream OpenAPI had
 * every `description` key removed to drop the prose, and that took these fields with it, so
 * `description:` in a PriorityClass or in a CRD's schema would read as an unknown field. The list
 * comes from the Kubernetes API types (kubernetes-types' declarations); names are matched without
 * their group-version prefix so every served version gets the field back.
 */
const DEFINITIONS_WITH_DESCRIPTION = ['PriorityClass', 'JSONSchemaProps', 'CustomResourceColumnDefinition', 'ExternalDocumentation'];

/**
 * Fields the OpenAPI marks required although the API server fills them in before validating, so a
 * manifest without them applies cleanly. Source: the defaulting functions of each API group
 * (`rbac/v1`: SetDefaults_RoleBinding and SetDefaults_ClusterRoleBinding set roleRef.apiGroup).
 */
const DEFAULTED_REQUIRED: readonly { definition: string; field: string }[] = [{ definition: 'RoleRef', field: 'apiGroup' }];

function simpleName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * Repairs one version's raw definitions where the upstream data and the API server disagree: puts
 * back the `description` fields lost with the prose and un-requires server-defaulted fields.
 */
export function repairDefinitions(definitions: Map<string, Record<string, unknown>>): void {
  for (const [name, schema] of definitions) {
    let repaired = schema;
    const properties = schema['properties'];
    if (DEFINITIONS_WITH_DESCRIPTION.includes(simpleName(name)) && isObject(properties) && properties['description'] === undefined) {
      repaired = { ...repaired, properties: { ...properties, description: { type: 'string' } } };
    }
    const defaulted = DEFAULTED_REQUIRED.filter((entry) => entry.definition === simpleName(name)).map((entry) => entry.field);
    const required = schema['required'];
    if (defaulted.length > 0 && Array.isArray(required)) repaired = { ...repaired, required: required.filter((field) => !defaulted.includes(field as string)) };
    if (repaired !== schema) definitions.set(name, repaired);
  }
}
