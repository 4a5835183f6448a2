import { stripVTControlCharacters } from 'node:util';
// A static import so the bundle in dist/ carries it: the pre-commit hook and the Action run without node_modules.
import friendly from 'eslint-formatter-friendly';
import type { LintResult } from '../engine/lint.js';
import { toEslintResults } from './eslint-results.js';
import type { FormatContext } from './formatters.js';
import { oneLine, stripControl } from './sanitize.js';

/** The default human format: eslint-formatter-friendly, with code frames (stdin included). */
export function formatFriendly(result: LintResult, context: FormatContext): string {
  process.env['EFF_NO_LINK_RULES'] = 'true';
  const results = toEslintResults(result.files.filter((file) => file.diagnostics.length > 0), { includeSource: true }).map((entry) => ({
    ...entry,
    // Path and message each print on one line: a newline in a file name or a resource name would
    // otherwise start a line of its own (a forged `::error::` when CI reads the log).
    filePath: oneLine(entry.filePath),
    // The formatter reads the file from disk when `source` is empty; stdin has no file. Code-frame
    // lines get a gutter, so only CR of CRLF and tabs come back; a lone CR stays visible.
    source: entry.source === undefined || entry.source === '' ? ' ' : stripControl(entry.source).replace(/\\u000d(?=\n)/g, '\r').replace(/\\u0009/g, '\t'),
    messages: entry.messages.map((message) => ({ ...message, message: oneLine(message.message) })),
  }));
  const output = friendly(results, { cwd: context.cwd });
  const text = context.color ? output : stripVTControlCharacters(output);
  return text === '' ? '' : text.endsWith('\n') ? text : `${text}\n`;
}
