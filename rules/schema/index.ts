import { defineRule } from '../../src/engine/rule.js';
import { catalogFor } from '../../src/schema/catalog.js';
import { schemaProblems } from '../../src/schema/validate.js';

export default defineRule({
  id: 'schema',
  category: 'schema',
  severity: 'error',
  description: 'A resource must match the schema of its apiVersion and kind in the target Kubernetes version: known fields, right types, allowed values, required fields.',
  target: ['*'],
  reads: ['CustomResourceDefinition'],
  messages: {
    unknownField: (text: string) => text,
    wrongType: (text: string) => text,
    notAllowed: (text: string) => text,
    required: (text: string) => text,
    invalid: (text: string) => text,
  },
  docs: {
    diagnosis: 'The resource does not match the OpenAPI schema the API server checks it against: a field name that does not exist (`unknown-field`, often a typo or a field at the wrong indentation), a value of the wrong type (`replicas: "3"`), a value outside an enum (`imagePullPolicy: Sometimes`), a malformed quantity (`memory: 1Gb`) or a missing required field. `kubectl apply --dry-run=server -f <file>` shows the same errors from a cluster.',
    fix: 'Correct the field at the reported line: rename or re-indent an unknown field (the message suggests the closest real field), quote or unquote the value to give it the right type, pick one of the listed values, or add the required field. The schema follows `kubernetesVersion` (config) or `--kubernetes-version`, default 1.35 (a version outside 1.23–1.35 is checked against the nearest one shipped); custom resources are checked against CustomResourceDefinitions in the input, the bundled Istio, Gateway API and prometheus-operator CRDs, or `--schema-dir` schemas.',
    why: 'The API server rejects an object that does not match its schema, so `kubectl apply` fails, often halfway through a multi-document file, and a GitOps sync stays broken. Unknown fields are worse where they are not rejected: older kubectl versions and `--validate=false` drop them silently, so a mistyped `livenessProbe` or `resources` is simply never applied and the workload runs without it. Checking against the schema of the target version catches both before the manifest reaches a cluster.',
  },
  check(resource, { graph, settings, report, messages }) {
    const problems = schemaProblems(catalogFor(graph, settings), resource);
    for (const problem of problems ?? []) {
      report(messages[problem.kind](problem.message), { at: { path: problem.path, key: problem.key } });
    }
  },
});
