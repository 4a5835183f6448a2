import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Lines added or changed by a pull request, per repository-relative path (one-based, inclusive ranges). */
export type ChangedLines = Map<string, [number, number][]>;

/** Reads the `+++ b/path` and `@@ -a,b +c,d @@` lines of a zero-context diff. */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: [number, number][] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t.*$/, '');
      current = undefined;
      if (target === '/dev/null') continue;
      const file = target.startsWith('"') ? (JSON.parse(target) as string) : target;
      current = [];
      changed.set(file.replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return changed;
}

/**
 * The lines a pull request changes, from the event payload's base commit and `git diff`. Undefined
 * outside pull requests, or when the base commit is not in the clone (a shallow checkout without
 * `fetch-depth: 0`): annotations then go out in plain severity order.
 */
export function changedLinesOfPullRequest(options: { eventPath?: string; workspace: string }): ChangedLines | undefined {
  if (options.eventPath === undefined) return undefined;
  let base: string | undefined;
  try {
    const event = JSON.parse(readFileSync(options.eventPath, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = event.pull_request?.base?.sha;
    base = typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
  if (base === undefined) return undefined;
  try {
    const diff = execFileSync('git', ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', `${base}...HEAD`, '--'], {
      cwd: options.workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return parseUnifiedDiff(diff);
  } catch {
    return undefined;
  }
}

export function touchesChangedLines(changed: ChangedLines, file: string, startLine: number, endLine: number): boolean {
  return (changed.get(file) ?? []).some(([from, to]) => startLine <= to && endLine >= from);
}
