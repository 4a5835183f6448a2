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
  json: async () => (await import('./json.js')).formatJson,
};

export function formatNames(): string[] {
  return Object.keys(FORMATTERS);
}
