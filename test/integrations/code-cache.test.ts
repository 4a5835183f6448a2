import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildBundle, lintExamplesWithLauncher } from '../support/bundle.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'shipshape-code-cache-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(cacheSetting: string): { stdout: string; cacheLine: string } {
  const run = lintExamplesWithLauncher({ SHIPSHAPE_CODE_CACHE: cacheSetting });
  return { stdout: run.stdout, cacheLine: run.timingLine('code cache:') };
}

it('serves a second run the code the first compiled, and the findings are the same with and without the cache', () => {
  const directory = path.join(scratch, 'cache');
  const uncached = lint('off');
  expect(uncached.cacheLine).toBe('code cache: not used');

  const first = lint(directory);
  const compiled = /^code cache: 0 sources served, (\d+) compiled$/.exec(first.cacheLine);
  // The bundle, the validators' runtime, and at least one validator.
  expect(Number(compiled?.[1])).toBeGreaterThanOrEqual(3);
  expect(readdirSync(directory).filter((name) => name.endsWith('.pack'))).toHaveLength(1);

  const second = lint(directory);
  expect(second.cacheLine).toBe(`code cache: ${compiled?.[1]} sources served, 0 compiled`);

  expect(JSON.parse(first.stdout)).toEqual(JSON.parse(uncached.stdout));
  expect(second.stdout).toBe(first.stdout);
}, 120_000);

// Node 20 lets no script compiled from a code cache call import(): plugins (ES modules) are imported
// by the launcher, so a plugin loads as well in the run that fills the cache as in the one it serves.
it('loads plugins in runs served from the cache', () => {
  const project = path.join(scratch, 'plugin-project');
  mkdirSync(project, { recursive: true });
  writeFileSync(path.join(project, 'plugin.mjs'), "process.stderr.write('plugin loaded\\n');\nexport const rules = [];\n");
  writeFileSync(path.join(project, '.shipshape.yaml'), 'plugins: ["./plugin.mjs"]\n');
  writeFileSync(path.join(project, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings, namespace: shop }\ndata: { level: info }\n');
  const env = { ...process.env, SHIPSHAPE_CODE_CACHE: path.join(scratch, 'plugin-cache') };
  for (const run of ['fills the cache', 'is served from it']) {
    const result = spawnSync(process.execPath, [path.join(buildBundle(), 'shipshape.cjs'), '.'], { cwd: project, encoding: 'utf8', env });
    expect(result.stderr, run).toBe('plugin loaded\n');
    expect(result.status, run).toBe(0);
  }
}, 120_000);
