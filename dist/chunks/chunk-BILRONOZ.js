import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);

// src/report/links.ts
var RULE_DOCS_BASE = "https://shipshape.dev/rules/";
function ruleDocsUrl(ruleId) {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}`;
}

export {
  ruleDocsUrl
};
