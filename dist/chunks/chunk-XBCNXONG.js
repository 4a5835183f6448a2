import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);

// src/report/sanitize.ts
function stripControl(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, visibleEscape);
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, visibleEscape);
}
function visibleEscape(char) {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

export {
  stripControl,
  oneLine
};
