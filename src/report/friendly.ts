import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';
import type { LintResult } from '../engine/lint.js';
import { toEslintResults } from './eslint-results.js';
import type { FormatContext } from './formatters.js';
import { stripControl } from './sanitize.js';

type FriendlyFormatter = (results: unknown[], context?: unknown) => string;

/** The default human format: eslint-formatter-friendly, with code frames (stdin included). */
export function formatFriendly(result: LintResult, context: FormatContext): string {
  const require = createRequire(import.meta.url);
  process.env['EFF_NO_LINK_RULES'] = 'true';
  const friendly = require('eslint-formatter-friendly') as FriendlyFormatter;
  const results = toEslintResults(result.files.filter((file) => file.diagnostics.length > 0), { includeSource: true }).map((entry) => ({
    ...entry,
    // The formatter reads the file from disk when `source` is empty; stdin has no file.
    source: entry.source === undefined || entry.source === '' ? ' ' : stripControl(entry.source).replace(/\\u000d/g, '\r').replace(/\\u0009/g, '\t'),
    messages: entry.messages.map((message) => ({ ...message, message: stripControl(message.message) })),
  }));
  const output = friendly(results, { cwd: context.cwd });
  const text = context.color ? output : stripVTControlCharacters(output);
  return text === '' ? '' : text.endsWith('\n') ? text : `${text}\n`;
}
