import { stripControl } from './sanitize.js';

/**
 * Text from manifests inside GitHub-flavoured Markdown (job summaries). The summary also renders HTML,
 * so `<`, `>` and `&` become entities; Markdown punctuation is backslash-escaped so a resource name
 * cannot turn into a link, an image or a table column; newlines would end a table row.
 */
export function markdownText(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n|\r/g, ' ');
}

/** A Markdown link whose target is a URL we built (percent-encoded), with escaped text. */
export function markdownLink(text: string, url: string): string {
  return `[${markdownText(text)}](${encodeURI(url).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
