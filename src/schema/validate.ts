import type { Resource } from '../graph/resource.js';
import type { SchemaCatalog } from './catalog.js';
import { explainErrors, type SchemaProblem } from './explain.js';
import { describeObjectAt } from './walk.js';

/**
 * The schema problems of one resource, or undefined when no usable schema covers its kind (that
 * is `unknown-kind`'s or `api-version-removed`'s to report).
 */
export function schemaProblems(catalog: SchemaCatalog, resource: Resource): SchemaProblem[] | undefined {
  const schema = catalog.schemaFor(resource.apiVersion, resource.kind);
  const validate = schema?.validator();
  if (!schema || !validate) return undefined;
  // Most resources are valid: the pre-check says so for less, and only a no runs the validator for its errors.
  if (validate.check?.(resource.body) === true || validate(resource.body)) return [];
  const root = schema.root();
  const resolve = (id: string) => catalog.builtins.definitions().get(id);
  // Bundled CRDs are one upstream release; naming them tells a user on a newer release why a new field is unknown.
  const source = schema.origin.type === 'bundled-crd' ? ` in the bundled ${schema.origin.bundle} CRDs` : '';
  return explainErrors(validate.errors ?? [], resource.body, (path) => (root ? describeObjectAt(root, path, resolve) : { fields: [] }), source);
}
