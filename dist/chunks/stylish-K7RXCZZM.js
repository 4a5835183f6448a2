import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-BEF577ZY.js";
import "./chunk-JO56CYII.js";
import "./chunk-XBCNXONG.js";
import "./chunk-4Q47YGAT.js";
export {
  formatStylish
};
