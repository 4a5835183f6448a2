import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { EslintResult } from '../src/report/eslint-results.js';

const EXAMPLES = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'examples');

/** Every examples/<scenario>/<broken|fixed>/ folder; each holds its expected JSON output. */
function scenarioFolders(): string[] {
  const folders: string[] = [];
  for (const scenario of readdirSync(EXAMPLES, { withFileTypes: true })) {
    if (!scenario.isDirectory()) continue;
    for (const variant of ['broken', 'fixed']) {
      const folder = path.join(EXAMPLES, scenario.name, variant);
      if (existsSync(folder)) folders.push(folder);
    }
  }
  return folders.sort();
}

async function lintFolder(folder: string): Promise<{ code: number; results: EslintResult[] }> {
  let stdout = '';
  const code = await main(['.', '--format', 'json'], {
    cwd: folder,
    env: {},
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    readStdin: async () => new Uint8Array(),
    isTty: false,
  });
  return { code, results: JSON.parse(stdout) as EslintResult[] };
}

describe('examples', () => {
  it('has the kafka and cassandra scenarios', () => {
    const names = scenarioFolders().map((folder) => path.relative(EXAMPLES, folder));
    expect(names).toEqual(expect.arrayContaining(['kafka/broken', 'kafka/fixed', 'cassandra/broken', 'cassandra/fixed']));
  });

  for (const folder of scenarioFolders()) {
    const name = path.relative(EXAMPLES, folder);
    it(`${name}: output matches expected.json (UPDATE_EXAMPLES=1 rewrites it)`, async () => {
      const { code, results } = await lintFolder(folder);
      const expectedFile = path.join(folder, 'expected.json');
      const actual = JSON.stringify(results, null, 2) + '\n';
      if (process.env['UPDATE_EXAMPLES'] === '1') writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
      const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
      if (name.endsWith('broken')) {
        expect(errors).toBeGreaterThan(0);
        expect(code).toBe(1);
      } else {
        expect(errors).toBe(0);
        expect(code).toBe(0);
      }
    });
  }
});
