import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import "./chunk-X7P5XUW4.js";

// rules/examples.ts
var examples = {
  "file-unreadable": {},
  "resource-malformed": {},
  "service-no-matching-pods": {},
  "statefulset-service-missing": {},
  "statefulset-service-not-headless": {},
  "statefulset-service-selector-mismatch": {},
  "workload-selector-mismatch": {},
  "yaml-ambiguous-value": {},
  "yaml-duplicate-key": {},
  "yaml-syntax": {}
};
export {
  examples
};
