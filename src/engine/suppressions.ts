import type { Resource } from '../graph/resource.js';

export const IGNORE_ANNOTATION = 'shipshape.dev/ignore';

/** Lines of one file where some rules (or all, when `rules` is undefined) are silenced. */
interface LineSuppression {
  from: number;
  to: number;
  rules: ReadonlySet<string> | undefined;
}

const DIRECTIVE = /#\s*shipshape-(disable-next-line|disable)(?:[ \t]+([^\n#]*))?/;

function ruleList(text: string | undefined): ReadonlySet<string> | undefined {
  const ids = (text ?? '').split(/[\s,]+/).map((id) => id.trim()).filter((id) => id !== '' && id !== '--');
  return ids.length === 0 ? undefined : new Set(ids);
}

/**
 * Comment directives of a file: `# shipshape-disable-next-line a,b` silences the next line that is
 * not a comment; `# shipshape-disable a` silences the rest of its YAML document.
 */
export class FileSuppressions {
  private readonly entries: LineSuppression[] = [];

  constructor(text: string) {
    if (!text.includes('shipshape-disable')) return;
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      const match = DIRECTIVE.exec(line);
      if (!match) return;
      const rules = ruleList(match[2]);
      if (match[1] === 'disable-next-line') {
        let next = index + 1;
        while (next < lines.length && /^\s*(#.*)?\r?$/.test(lines[next] ?? '')) next += 1;
        this.entries.push({ from: next + 1, to: next + 1, rules });
      } else {
        let end = index + 1;
        while (end < lines.length && !/^---(\s|$)/.test(lines[end] ?? '')) end += 1;
        this.entries.push({ from: index + 1, to: end, rules });
      }
    });
  }

  silences(ruleId: string, line: number): boolean {
    return this.entries.some((entry) => line >= entry.from && line <= entry.to && (entry.rules === undefined || entry.rules.has(ruleId)));
  }
}

/** Rules a resource's `shipshape.dev/ignore` annotation turns off for it (`*` or `all`: every rule). */
export function annotationSilences(resource: Resource | undefined, ruleId: string): boolean {
  const value = resource?.annotations[IGNORE_ANNOTATION];
  if (value === undefined) return false;
  const ids = value.split(/[\s,]+/).filter((id) => id !== '');
  return ids.includes(ruleId) || ids.includes('*') || ids.includes('all');
}
