import { defineParserRule } from '../../src/engine/rule.js';

export default defineParserRule({
  id: 'file-unreadable',
  category: 'yaml',
  severity: 'error',
  description: 'A file that cannot be read or is not UTF-8/UTF-16 text (binary data, another encoding, a permission problem).',
  messages: { unreadable: (detail: string) => detail },
  docs: {
    diagnosis: 'The file could not be opened, contains NUL bytes, or is not valid UTF-8 (and has no UTF-16 byte-order mark).',
    fix: 'Save the file as UTF-8, fix its permissions, or exclude it with `ignore` in `.shipshape.yaml` or a `.shipshapeignore` line.',
    why: 'Kubernetes reads manifests as UTF-8; a file in another encoding is either rejected or applied with mangled names and values.',
  },
});
