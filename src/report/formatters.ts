import type { LintResult } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';

export interface FormatContext {
  cwd: string;
  color: boolean;
  rules: readonly Rule[];
}

export type Formatter = (result: LintResult, context: FormatContext) => string | Promise<string>;

/** Formatters load on demand so a run pays only for the one it prints. */
export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  friendly: async () => (await import('./friendly.js')).formatFriendly,
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  checkstyle: async () => (await import('./checkstyle.js')).formatCheckstyle,
};

export function formatNames(): string[] {
  return Object.keys(FORMATTERS);
}

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name) ? await (FORMATTERS[name] as () => Promise<Formatter>)() : undefined;
}
