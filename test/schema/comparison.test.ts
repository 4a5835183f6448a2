import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { EslintResult } from '../../src/report/eslint-results.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const DOC = path.join(ROOT, 'docs', 'schema-vs-kubeconform.md');
const SCHEMA_RULES = ['schema', 'api-version-removed', 'api-version-deprecated', 'unknown-kind'];

/** The table rows of the comparison: the file and the shipshape findings its cell claims. */
function claims(): { file: string; findings: { rule: string; line: number; message: string }[] }[] {
  return readFileSync(DOC, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| [`'))
    .map((row) => {
      const cells = row.split(' | ');
      const file = /\[`([^`]+)`\]/.exec(cells[0] ?? '')?.[1] ?? '';
      const findings = [...(cells[2] ?? '').matchAll(/\*\*([a-z-]+)\*\* L(\d+)[^`]*`([^`]*)`/g)].map((match) => ({ rule: match[1] ?? '', line: Number(match[2]), message: match[3] ?? '' }));
      return { file, findings };
    });
}

describe('docs/schema-vs-kubeconform.md', () => {
  const rows = claims();

  it('has a row per broken file', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  for (const row of rows) {
    it(`tells the truth about shipshape on ${row.file}`, async () => {
      let stdout = '';
      await main([path.join('docs', 'schema-comparison', row.file), '--format', 'json'], {
        cwd: ROOT,
        env: {},
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        readStdin: async () => new Uint8Array(),
        isTty: false,
      });
      // Only the schema rules are compared; other rules may have their own say about these files.
      const actual = (JSON.parse(stdout) as EslintResult[]).flatMap((result) => result.messages).filter((message) => SCHEMA_RULES.includes(message.ruleId ?? ''));
      expect(actual.map((message) => `${message.ruleId} L${message.line}`)).toEqual(row.findings.map((finding) => `${finding.rule} L${finding.line}`));
      row.findings.forEach((finding, index) => {
        const message = actual[index]?.message ?? '';
        // A cell may shorten the middle of a long message with "…".
        const [head = '', tail = ''] = finding.message.split('…');
        expect(message.startsWith(head) && message.endsWith(tail), `${row.file}: ${message}`).toBe(true);
      });
    });
  }
});
