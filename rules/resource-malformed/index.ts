import { defineParserRule } from '../../src/engine/rule.js';

export default defineParserRule({
  id: 'resource-malformed',
  category: 'yaml',
  severity: 'error',
  description: 'A document that is not a Kubernetes object: no apiVersion, kind or metadata.name, or not a mapping.',
  messages: { malformed: (detail: string) => detail },
  docs: {
    diagnosis: 'The document is a list or a scalar, or lacks `apiVersion`, `kind` or `metadata.name` (or has them with the wrong type), so it cannot be identified.',
    fix: 'Add the missing identity fields, or move files that are not manifests out of the linted paths (or into `ignore`).',
    why: 'The API server identifies every object by apiVersion, kind, namespace and name; a document without them is rejected, and no cross-resource check can refer to it.',
  },
});
