import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  toEslintResults
} from "./chunk-CGP357HF.js";
import "./chunk-4Q47YGAT.js";

// src/report/json.ts
function formatJson(result) {
  return JSON.stringify(toEslintResults(result.files)) + "\n";
}
export {
  formatJson
};
