import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-EC2G5OMQ.js";
import "./chunk-JO56CYII.js";
import "./chunk-J62WJ5DE.js";
import "./chunk-4Q47YGAT.js";
export {
  formatStylish
};
