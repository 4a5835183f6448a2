import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  artifactLocation,
  buildSarif,
  formatSarif
} from "./chunk-UF7VIIEM.js";
import "./chunk-BILRONOZ.js";
import "./chunk-SB3CA2D5.js";
import "./chunk-4Q47YGAT.js";
export {
  artifactLocation,
  buildSarif,
  formatSarif
};
