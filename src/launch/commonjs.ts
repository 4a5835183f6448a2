import { createRequire } from 'node:module';
import path from 'node:path';

/** The names Node's loader gives a CommonJS module's code. */
export const COMMONJS_PARAMETERS: readonly string[] = ['exports', 'require', 'module', '__filename', '__dirname'];

/** Source as a function of `parameters`, opened on its first line so that stack traces keep the file's line numbers. */
export function functionSource(source: string, parameters: readonly string[]): string {
  return `(function (${parameters.join(', ')}) {${source}\n})`;
}

/** Runs a module's compiled function (of COMMONJS_PARAMETERS) as Node's loader would and returns its exports. */
export function runCommonJs(run: (...args: unknown[]) => unknown, file: string): unknown {
  const module = { exports: {} };
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}
