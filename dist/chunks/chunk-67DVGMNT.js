import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  splitApiVersion
} from "./chunk-BAYS3YCH.js";

// src/schema/extra.ts
function extraSchemaName(fileName) {
  return fileName.toLowerCase().endsWith(".json") ? fileName.slice(0, -".json".length).toLowerCase() : void 0;
}
function kubeconformNames(apiVersion, kind) {
  const { group, version } = splitApiVersion(apiVersion);
  const lower = kind.toLowerCase();
  if (group === "") return [`${lower}-${version}`.toLowerCase()];
  const first = group.split(".")[0] ?? group;
  return [...new Set([`${lower}-${group}-${version}`, `${lower}-${first}-${version}`].map((name) => name.toLowerCase()))];
}

export {
  extraSchemaName,
  kubeconformNames
};
