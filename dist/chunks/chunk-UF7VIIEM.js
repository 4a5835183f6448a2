import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  ruleDocsUrl
} from "./chunk-BILRONOZ.js";
import {
  VERSION,
  renderRuleDocs
} from "./chunk-SB3CA2D5.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_DESCRIPTION = 1024;
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function artifactLocation(file) {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function region(range) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function descriptor(rule) {
  const helpText = [`Diagnosis: ${rule.docs.diagnosis}`, `Fix: ${rule.docs.fix}`, `Why: ${rule.docs.why}`].join("\n\n");
  const name = pascalCase(rule.id);
  return {
    id: rule.id,
    // The SARIF SDK flags a name that only repeats the id (SARIF1001); one-word ids get none.
    ...name.toLowerCase() === rule.id.toLowerCase() ? {} : { name },
    shortDescription: { text: truncate(rule.description, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(`${rule.description} ${rule.docs.diagnosis}`, MAX_DESCRIPTION) },
    helpUri: ruleDocsUrl(rule.id),
    help: { text: helpText, markdown: renderRuleDocs(rule) },
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ["kubernetes", rule.category], precision: "high", "problem.severity": rule.severity }
  };
}
function placeholderDescriptor(ruleId) {
  return { id: ruleId, shortDescription: { text: ruleId }, fullDescription: { text: ruleId }, help: { text: ruleId } };
}
var Fingerprints = class {
  seen = /* @__PURE__ */ new Map();
  next(file, diagnostic) {
    const resource = diagnostic.resource;
    const subject = resource ? `${resource.apiVersion}\0${resource.kind}\0${resource.namespace ?? ""}\0${resource.name}` : (file.text.split("\n")[diagnostic.range.start.line - 1] ?? "").trim();
    const key = createHash("sha256").update([diagnostic.ruleId, diagnostic.messageId, file.path, subject].join("")).digest("hex").slice(0, 32);
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return `${key}:${count}`;
  }
};
function fixOf(diagnostic) {
  if (!diagnostic.fix) return [];
  const byFile = /* @__PURE__ */ new Map();
  for (const edit of diagnostic.fix.edits) {
    const changes = byFile.get(edit.range.file) ?? [];
    if (changes.length === 0) {
      changes.push({ artifactLocation: artifactLocation(edit.range.file), replacements: [] });
      byFile.set(edit.range.file, changes);
    }
    changes[0]?.replacements.push({ deletedRegion: region(edit.range), insertedContent: { text: edit.text } });
  }
  return [{ description: { text: diagnostic.fix.description }, artifactChanges: [...byFile.values()].flat() }];
}
function buildSarif(result, rules) {
  const descriptors = [...rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map(descriptor);
  const ruleIndex = new Map(descriptors.map((entry, index) => [entry.id, index]));
  const fingerprints = new Fingerprints();
  const results = [];
  for (const file of result.files) {
    for (const diagnostic of file.diagnostics) {
      let index = ruleIndex.get(diagnostic.ruleId);
      if (index === void 0) {
        index = descriptors.push(placeholderDescriptor(diagnostic.ruleId)) - 1;
        ruleIndex.set(diagnostic.ruleId, index);
      }
      const location = { physicalLocation: { artifactLocation: artifactLocation(diagnostic.range.file), region: region(diagnostic.range) } };
      const resource = diagnostic.resource;
      if (resource) {
        const qualified = `${resource.namespace === void 0 ? "" : `${resource.namespace}/`}${resource.kind}/${resource.name}`;
        location.logicalLocations = [{ name: resource.name, fullyQualifiedName: qualified, kind: "resource" }];
      }
      const entry = {
        ruleId: diagnostic.ruleId,
        ruleIndex: index,
        level: diagnostic.severity,
        message: { text: diagnostic.message },
        locations: [location],
        partialFingerprints: { primaryLocationLineHash: fingerprints.next(file, diagnostic) }
      };
      if (diagnostic.related && diagnostic.related.length > 0) {
        entry.relatedLocations = diagnostic.related.map((related, id) => ({
          id,
          message: { text: related.message },
          physicalLocation: { artifactLocation: artifactLocation(related.range.file), region: region(related.range) }
        }));
      }
      const fixes = fixOf(diagnostic);
      if (fixes.length > 0) entry.fixes = fixes;
      results.push(entry);
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "shipshape", semanticVersion: VERSION, informationUri: "https://shipshape.dev/", rules: descriptors } },
        invocations: [
          {
            executionSuccessful: result.internalErrors.length === 0,
            toolExecutionNotifications: result.internalErrors.map((error) => ({
              level: "error",
              message: { text: `Rule ${error.ruleId} failed${error.resource ? ` on ${error.resource}` : ""}: ${error.message}` },
              associatedRule: { id: error.ruleId }
            }))
          }
        ],
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function formatSarif(result, context) {
  return JSON.stringify(buildSarif(result, context.rules), null, 2) + "\n";
}

export {
  artifactLocation,
  buildSarif,
  formatSarif
};
