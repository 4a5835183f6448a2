import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  annotationFor,
  formatGithub
} from "./chunk-JVKK77MK.js";
import "./chunk-JO56CYII.js";
import "./chunk-J62WJ5DE.js";
import "./chunk-4Q47YGAT.js";
export {
  annotationFor,
  formatGithub
};
