import { defineRule } from '../../src/engine/rule.js';
import { splitApiVersion } from '../../src/graph/kinds.js';
import { similarName } from '../../src/k8s/object-names.js';
import { apiStatus, builtinKindsOf, isBuiltinGroup } from '../../src/schema/api-versions.js';
import { catalogFor } from '../../src/schema/catalog.js';

export default defineRule({
  id: 'unknown-kind',
  category: 'schema',
  severity: 'warning',
  description: 'Every apiVersion/kind should have a schema (built in, bundled, from a CRD in the input or from --schema-dir); reported once per kind.',
  target: ['*'],
  reads: ['CustomResourceDefinition'],
  messages: {
    noSchema: (apiVersion: string, kind: string, target: string, count: number) =>
      `No schema for ${apiVersion} ${kind}: it is no built-in kind of Kubernetes ${target}, no bundled CRD, and no CustomResourceDefinition in the input defines it, so ${count === 1 ? 'this resource is' : `its ${count} resources are`} not checked; add the CRD to the input or pass --schema-dir.`,
    notBuiltinKind: (apiVersion: string, kind: string, target: string, suggestion: string | undefined) =>
      `${apiVersion} has no kind ${kind} in Kubernetes ${target}${suggestion ? `; did you mean ${suggestion}?` : ''} (a built-in API group, so no CustomResourceDefinition can add it).`,
    brokenSchema: (apiVersion: string, kind: string, source: string, problem: string) =>
      `The schema for ${apiVersion} ${kind} from ${source} cannot be used (${problem}), so resources of this kind are not checked.`,
  },
  docs: {
    diagnosis: 'shipshape has no schema for this apiVersion/kind, so the `schema` rule cannot check its resources. Usually the kind comes from an operator whose CustomResourceDefinition is not part of the linted files; sometimes the kind itself is misspelt (`Deploymnet`) or belongs to an API that no longer exists.',
    fix: 'Lint the CRD together with its resources (add its file or directory to the command line), or pass `--schema-dir <dir>` with JSON Schemas in kubeconform\'s layout (`<kind>-<group>-<version>.json`, lower-cased). If the kind is misspelt, correct it. Turn the rule off (`unknown-kind: off`) or make it an error to decide how strict unknown kinds should be.',
    why: 'A resource without a schema passes every schema check by default, so typos and wrong fields in it go unnoticed until the API server (or the operator) rejects it. Reporting each such kind once makes the blind spot visible without burying the output.',
  },
  check(resource, { graph, settings, report, messages }) {
    const catalog = catalogFor(graph, settings);
    const schema = catalog.schemaFor(resource.apiVersion, resource.kind);
    // A schema is usable unless it came with the input and references something that does not exist.
    if (schema !== undefined && schema.problem === undefined) return;
    if (schema === undefined && apiStatus(catalog, resource.apiVersion, resource.kind).status !== 'unknown') return;
    // Once per kind: its first resource in the (sorted) input speaks for all of them.
    const same = graph.ofAnyKind(resource.kind).filter((other) => other.apiVersion === resource.apiVersion);
    if (same[0] !== resource) return;
    if (schema?.problem !== undefined) {
      const source = schema.origin.type === 'schema-dir' ? schema.origin.file : `CustomResourceDefinition ${schema.origin.type === 'input-crd' ? schema.origin.crd.name : ''}`;
      report(messages.brokenSchema(resource.apiVersion, resource.kind, source, schema.problem), { at: ['kind'] });
      return;
    }
    if (isBuiltinGroup(catalog, splitApiVersion(resource.apiVersion).group)) {
      report(messages.notBuiltinKind(resource.apiVersion, resource.kind, catalog.target, similarName(resource.kind, builtinKindsOf(catalog, resource.apiVersion))), { at: ['kind'] });
      return;
    }
    report(messages.noSchema(resource.apiVersion, resource.kind, catalog.target, same.length), { at: ['kind'] });
  },
});
