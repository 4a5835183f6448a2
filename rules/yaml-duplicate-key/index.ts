import { defineParserRule } from '../../src/engine/rule.js';

export default defineParserRule({
  id: 'yaml-duplicate-key',
  category: 'yaml',
  severity: 'error',
  description: 'A mapping that repeats a key: Kubernetes rejects it, other tools silently keep one value.',
  messages: { duplicate: (detail: string) => detail },
  docs: {
    diagnosis: 'The same key appears twice in one mapping, often after a merge conflict or a copy-paste (two `env:` or two `labels:` blocks).',
    fix: 'Merge the two entries into one key and delete the other.',
    why: 'kubectl and the API server decode manifests strictly and fail with "mapping key already defined"; tools that accept the file (Helm, many YAML libraries) keep only the last value, so what you review is not what is applied.',
  },
});
