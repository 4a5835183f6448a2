import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFAULT_CONFIG } from '../../src/config/resolved.js';
import { lint, type SourceText } from '../../src/engine/lint.js';
import { formatNames, loadFormatter } from '../../src/report/formatters.js';
import { sharedDir, sharedSkipReason } from '../support/shared.js';
import { ROOT, buildCli, runInProcess, runProcess } from './support/cli.js';
import { Scratch, SERVICE_WITHOUT_PODS } from './support/tree.js';

/**
 * The same input gives byte-identical output whatever the order files arrive in, the order and
 * spelling of the arguments, and the number of parse workers.
 */

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function manifestsUnder(dir: string, prefix = ''): SourceText[] {
  const out: SourceText[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...manifestsUnder(path.join(dir, entry.name), relative));
    else if (/\.(ya?ml|json)$/.test(entry.name)) out.push({ path: relative, text: readFileSync(path.join(dir, entry.name), 'utf8') });
  }
  return out;
}

/** Output of every format for one lint of some sources. */
async function allFormats(sources: readonly SourceText[]): Promise<Record<string, string>> {
  const result = lint(sources, { ...DEFAULT_CONFIG, preset: 'all' }, rules);
  const out: Record<string, string> = {};
  for (const name of formatNames()) {
    const formatter = await loadFormatter(name);
    out[name] = await (formatter as NonNullable<typeof formatter>)(result, { cwd: '/', color: false, rules });
  }
  return out;
}

describe('determinism', () => {
  const scratch = new Scratch();
  afterAll(() => scratch.remove());

  it('gives the same output in every format whatever order the files are passed to lint()', async () => {
    const shared = sharedDir();
    const sources = [
      ...manifestsUnder(path.join(ROOT, 'examples')),
      ...(shared === undefined ? [] : manifestsUnder(path.join(shared, 'corpus', 'kubernetes-examples')).map((source) => ({ ...source, path: `corpus/${source.path}` }))),
    ];
    expect(sources.length).toBeGreaterThan(5);
    const reference = await allFormats(sources);
    expect(reference['json']).toMatch(/"ruleId"/);
    for (const seed of [1, 2, 3]) expect(await allFormats(shuffled(sources, seed))).toEqual(reference);
    expect(await allFormats([...sources].reverse())).toEqual(reference);
  }, 120_000);

  it('gives the same output whatever the order and spelling of the paths on the command line', async () => {
    scratch.write('args/b/svc.yaml', SERVICE_WITHOUT_PODS);
    scratch.write('args/a/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: shop}\ndata: {on: yes}\n');
    scratch.write('args/a/deep/x.yml', 'apiVersion: v1\nkind: Service\nmetadata: {name: x, namespace: shop}\nspec: {selector: {app: nope}}\n');
    const cwd = scratch.path('args');
    const spellings = [['.'], ['a', 'b'], ['b', 'a'], ['./b/', 'a/deep/../', 'a/deep/x.yml'], [path.join(cwd, 'b'), 'a'], ['b/*.yaml', 'a/**/*.y*ml']];
    for (const format of ['json', 'sarif', 'stylish', 'github']) {
      const outputs = new Set<string>();
      for (const spelling of spellings) outputs.add((await runInProcess(['--format', format, ...spelling], { cwd })).stdout);
      expect([...outputs], format).toHaveLength(1);
      expect([...outputs][0], format).toContain('svc.yaml');
    }
  });

  describe('with worker threads', () => {
    let cli: { entry: string; cleanup: () => void };
    beforeAll(() => {
      cli = buildCli();
    }, 120_000);
    afterAll(() => cli.cleanup());

    async function byWorkers(cwd: string, argv: string[], counts = ['', '1', '3', 'auto']): Promise<Map<string, string>> {
      const outputs = new Map<string, string>();
      for (const workers of counts) {
        const run = await runProcess(cli.entry, argv, { cwd, timeoutMs: 180_000, env: workers === '' ? {} : { SHIPSHAPE_WORKERS: workers } });
        expect([0, 1], run.stderr.slice(0, 1000)).toContain(run.code);
        outputs.set(workers, run.stdout);
      }
      return outputs;
    }

    it('gives byte-identical output with 0, 1, 3 or all workers on a 12 MB input', async () => {
      const documents: string[] = [];
      for (let i = 0; i < 4000; i++) {
        documents.push(`apiVersion: v1\nkind: Service\nmetadata: {name: svc-${i}, namespace: ns-${i % 7}}\nspec:\n  selector: {app: app-${i % 13}}\n  ports: [{port: ${1000 + i}}]\n`);
        documents.push(`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: sts-${i}, namespace: ns-${i % 7}}\nspec:\n  serviceName: svc-${i + 1}\n  selector: {matchLabels: {app: app-${i % 11}}}\n  template:\n    metadata: {labels: {app: app-${i % 11}}}\n    spec: {containers: [{name: c, image: "busybox:1.36", env: [{name: PEER, value: "sts-${i}-0.svc-${i}.ns-${i % 5}.svc.cluster.local"}]}]}\n`);
      }
      // Several files, so workers get different shares of them.
      for (let file = 0; file < 8; file++) scratch.write(`workers/part-${file}.yaml`, documents.filter((_, index) => index % 8 === file).join('---\n'));
      scratch.write('workers/padding.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: pad, namespace: ns-1}\ndata:\n${Array.from({ length: 60_000 }, (_, i) => `  k${i}: "${'v'.repeat(120)}"`).join('\n')}\n`);
      const outputs = await byWorkers(scratch.path('workers'), ['--format', 'json', '.']);
      expect(new Set(outputs.values()).size).toBe(1);
      expect(outputs.get('')).toMatch(/"ruleId"/);
      // The worker really ran (a failed one falls back to this thread with the same output).
      const timed = await runProcess(cli.entry, ['--format', 'json', '.'], { cwd: scratch.path('workers'), timeoutMs: 180_000, env: { SHIPSHAPE_WORKERS: '1', SHIPSHAPE_TIMING: '1' } });
      expect(timed.stderr).toMatch(/^wait for the worker\s+\d/m);
    }, 600_000);

    const skip = sharedSkipReason();
    it.skipIf(skip !== undefined)(`gives byte-identical SARIF on the whole corpus with and without workers${skip ? ` (${skip})` : ''}`, async () => {
      const outputs = await byWorkers(path.join(sharedDir() as string, 'corpus'), ['--format', 'sarif', '.'], ['', '1']);
      expect(new Set(outputs.values()).size).toBe(1);
    }, 600_000);
  });
});
