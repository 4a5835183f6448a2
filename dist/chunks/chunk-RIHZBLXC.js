import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);

// src/report/xml.ts
var NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function visible(value) {
  return value.replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function xmlText(value) {
  return visible(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function xmlAttr(value) {
  return xmlText(String(value)).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function xmlAttrs(attributes) {
  return Object.entries(attributes).filter((entry) => entry[1] !== void 0).map(([name, value]) => ` ${name}="${xmlAttr(value)}"`).join("");
}
var XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export {
  xmlText,
  xmlAttrs,
  XML_DECLARATION
};
