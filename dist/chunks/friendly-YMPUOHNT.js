import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  stripControl
} from "./chunk-J62WJ5DE.js";
import {
  toEslintResults
} from "./chunk-CGP357HF.js";
import "./chunk-X7P5XUW4.js";

// src/report/friendly.ts
import { createRequire } from "node:module";
import { stripVTControlCharacters } from "node:util";
function formatFriendly(result, context) {
  const require2 = createRequire(import.meta.url);
  process.env["EFF_NO_LINK_RULES"] = "true";
  const friendly = require2("eslint-formatter-friendly");
  const results = toEslintResults(result.files.filter((file) => file.diagnostics.length > 0), { includeSource: true }).map((entry) => ({
    ...entry,
    // The formatter reads the file from disk when `source` is empty; stdin has no file.
    source: entry.source === void 0 || entry.source === "" ? " " : stripControl(entry.source).replace(/\\u000d/g, "\r").replace(/\\u0009/g, "	"),
    messages: entry.messages.map((message) => ({ ...message, message: stripControl(message.message) }))
  }));
  const output = friendly(results, { cwd: context.cwd });
  const text = context.color ? output : stripVTControlCharacters(output);
  return text === "" ? "" : text.endsWith("\n") ? text : `${text}
`;
}
export {
  formatFriendly
};
