import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, buildCli, runProcess, type ProcessRun } from './support/cli.js';
import { Scratch, SERVICE_WITHOUT_PODS, parseJson, rulesByFile, type JsonMessage } from './support/tree.js';

/**
 * Inputs built to exhaust time, memory or the stack, run through the real CLI process (bundled as
 * `npm run build` does) with a heap cap. Limits are generous on purpose: they catch a hang, a
 * quadratic blow-up or a crash, not a slow machine.
 */
const MB = 1024 * 1024;

describe('huge and deep inputs through the CLI process', () => {
  const scratch = new Scratch();
  let cli: { entry: string; cleanup: () => void };
  beforeAll(() => {
    cli = buildCli();
  }, 120_000);
  afterAll(() => {
    cli.cleanup();
    scratch.remove();
  });

  let counter = 0;
  /** Runs the CLI on one hostile file beside svc.yaml; checks the process ended cleanly. */
  async function lintBeside(name: string, content: string, limits: { timeoutMs: number; maxRssMb: number; heapMb?: number }) {
    const dir = scratch.mkdir(`big-${++counter}`);
    scratch.write(`big-${counter}/svc.yaml`, SERVICE_WITHOUT_PODS);
    scratch.write(`big-${counter}/${name}`, content);
    const run: ProcessRun = await runProcess(cli.entry, ['--format', 'json', '.'], { cwd: dir, timeoutMs: limits.timeoutMs, heapMb: limits.heapMb ?? 2048 });
    expect(run.timedOut, `still running after ${limits.timeoutMs} ms`).toBe(false);
    expect(run.signal).toBeNull();
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/internal error|heap out of memory|Maximum call stack/i);
    expect(run.maxRss / MB, 'peak memory in MB').toBeLessThan(limits.maxRssMb);
    const results = parseJson(run.stdout);
    expect(rulesByFile(results)['svc.yaml'], 'the healthy file beside it is still linted').toEqual(['service-no-matching-pods']);
    const messages: JsonMessage[] = results.find((result) => result.filePath === name)?.messages ?? [];
    return { run, messages };
  }

  it('lints a 10 MB single-line value', async () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: long, namespace: shop}\ndata:\n  blob: "${'x'.repeat(10 * MB)}"\n  enabled: yes\n`;
    const { run, messages } = await lintBeside('long-line.yaml', text, { timeoutMs: 60_000, maxRssMb: 1024 });
    // `yes` after the long line: positions past it are still exact.
    expect(messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`)).toContain('yaml-ambiguous-value@6:12');
    expect(messages.every((message) => message.line === 6 && message.column === 12)).toBe(true);
    expect(run.code).toBe(1);
  }, 90_000);

  it('reports a 10 MB line that is a broken flow sequence at its line', async () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flow, namespace: shop}\ndata: {k: [${'1,'.repeat(5 * MB)}\n`;
    const { run, messages } = await lintBeside('flow-line.yaml', text, { timeoutMs: 90_000, maxRssMb: 2048 });
    expect(messages.map((message) => message.ruleId)).toContain('yaml-syntax');
    expect(messages.every((message) => message.line >= 4 && message.line <= 5)).toBe(true);
    expect(run.code).toBe(1);
  }, 120_000);

  it('lints a 50 MB file of 80,000 resources and finds the one mistake at its end', async () => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 50 * MB; i++) {
      const part = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${i}\n  namespace: ns-${i % 50}\nspec:\n  selector:\n    matchLabels: {app: web-${i}}\n  template:\n    metadata:\n      labels: {app: web-${i}, tier: frontend}\n    spec:\n      containers:\n        - name: web\n          image: "nginx:1.27"\n          env: [{name: MODE, value: "production"}]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-${i}\n  namespace: ns-${i % 50}\nspec:\n  selector: {app: web-${i}}\n  ports: [{port: 80}]\n---\n`;
      parts.push(part);
      size += part.length;
    }
    const lines = parts.join('').split('\n').length;
    const text = `${parts.join('')}apiVersion: v1\nkind: Service\nmetadata:\n  name: orphan\n  namespace: ns-1\nspec:\n  selector: {app: web-none}\n`;
    const { run, messages } = await lintBeside('fifty.yaml', text, { timeoutMs: 240_000, maxRssMb: 3072, heapMb: 3072 });
    expect(messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual([`service-no-matching-pods@${lines + 6}`]);
    expect(run.code).toBe(1);
  }, 300_000);

  const depth = 10_000;
  const nestings: [string, string, number][] = [
    ['flow-sequences.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep, namespace: shop}\ndata:\n  k: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 5],
    ['flow-mappings.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep, namespace: shop}\ndata:\n  k: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`, 5],
    ['block-mappings.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep, namespace: shop}\ndata:\n${Array.from({ length: depth }, (_, level) => `${' '.repeat(2 * (level + 1))}k${level}:`).join('\n')} end\n`, 5],
    ['block-sequences.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep, namespace: shop}\ndata:\n  k:\n    ${'- '.repeat(depth)}end\n`, 6],
    ['nested.json', `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "deep", "namespace": "shop"},\n "data": ${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}}\n`, 2],
  ];
  for (const [name, text, line] of nestings) {
    it(`reports ${depth.toLocaleString('en-US')} levels of ${name.replace(/\.\w+$/, '').replace('-', ' ')} as too deep, at their line`, async () => {
      const { run, messages } = await lintBeside(name, text, { timeoutMs: 60_000, maxRssMb: 1536 });
      expect(messages.map((message) => message.ruleId)).toEqual(['yaml-syntax']);
      expect(messages[0]?.message).toMatch(/nest|deep|depth/i);
      // Block nesting spans many lines; the finding is somewhere inside the nested part.
      expect(messages[0]?.line).toBeGreaterThanOrEqual(line);
      expect(messages[0]?.line).toBeLessThanOrEqual(line + depth);
      expect(run.code).toBe(1);
    }, 90_000);
  }

  it('defuses the billion laughs (9 levels of 9 aliases) and a 30-level doubling bomb', async () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
    }
    const doubling = ['l0: &l0 [x, x]', ...Array.from({ length: 30 }, (_, level) => `l${level + 1}: &l${level + 1} [*l${level}, *l${level}]`)];
    const text = [laughs, doubling].map((lines, index) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb-${index}, namespace: shop}\ndata:\n${lines.map((line) => `  ${line}`).join('\n')}\n`).join('---\n');
    const { run, messages } = await lintBeside('bombs.yaml', text, { timeoutMs: 60_000, maxRssMb: 1024 });
    expect(messages.map((message) => message.ruleId)).toEqual(['yaml-syntax', 'yaml-syntax']);
    expect(messages.every((message) => /alias bomb/.test(message.message))).toBe(true);
    expect(messages[1]?.line).toBeGreaterThan(14);
    expect(run.code).toBe(1);
  }, 90_000);
});
