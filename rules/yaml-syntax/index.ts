import { defineParserRule } from '../../src/engine/rule.js';

export default defineParserRule({
  id: 'yaml-syntax',
  category: 'yaml',
  severity: 'error',
  description: 'A YAML document that does not parse; the other documents of the file are still linted.',
  messages: { syntax: (detail: string) => detail },
  docs: {
    diagnosis: 'The parser stops at the reported line and column: a bad indentation, an unclosed quote or bracket, a tab used for indentation, a key without a colon.',
    fix: 'Correct the syntax at the reported position. `kubectl apply --dry-run=client -f <file>` reports the same document.',
    why: 'kubectl and the API server refuse the whole file when one document does not parse, so nothing in it is applied; shipshape keeps linting the other documents so that one typo does not hide other findings.',
  },
});
