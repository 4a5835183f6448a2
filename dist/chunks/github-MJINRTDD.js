import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  annotationFor,
  formatGithub
} from "./chunk-YVQC2Y4W.js";
import "./chunk-JO56CYII.js";
import "./chunk-XBCNXONG.js";
import "./chunk-4Q47YGAT.js";
export {
  annotationFor,
  formatGithub
};
