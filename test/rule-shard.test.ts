import { describe, expect, it } from 'vitest';
import { lintInTwoThreads, mergeShard } from '../src/cli/rule-shard.js';
import { SHARD_MIN_BYTES, SHARD_MIN_CORES, SHARD_RULES, useRuleShard } from '../src/cli/shard-setting.js';
import { DEFAULT_CONFIG } from '../src/config/resolved.js';
import { lint, type SourceText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';

const SOURCES: SourceText[] = [
  {
    path: 'app.yaml',
    text: [
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db, namespace: data}\nspec:\n  serviceName: db-headless\n  replicas: "3"\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec: {containers: [{name: db, image: "postgres:16", imagePullPolicy: Sometimes}]}\n',
      'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: db, namespace: data}\nspec: {minAvailable: 1, selector: {matchLabels: {app: db}}}\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: db, namespace: data}\nspec:\n  selector: {app: dbb}\n  ports: [{port: 5432}]\n',
    ].join('---\n'),
  },
  { path: 'broken.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n' },
];

describe('linting in two threads', () => {
  it('is off unless asked for, and with auto only for large inputs on a machine with cores to spare', () => {
    expect(useRuleShard({}, SHARD_MIN_BYTES * 10, 8)).toBe(false);
    expect(useRuleShard({ SHIPSHAPE_WORKERS: '0' }, SHARD_MIN_BYTES * 10, 8)).toBe(false);
    expect(useRuleShard({ SHIPSHAPE_WORKERS: 'auto' }, SHARD_MIN_BYTES, SHARD_MIN_CORES)).toBe(true);
    expect(useRuleShard({ SHIPSHAPE_WORKERS: 'auto' }, SHARD_MIN_BYTES - 1, SHARD_MIN_CORES)).toBe(false);
    expect(useRuleShard({ SHIPSHAPE_WORKERS: 'auto' }, SHARD_MIN_BYTES * 10, 2)).toBe(false);
    expect(useRuleShard({ SHIPSHAPE_WORKERS: '1' }, 10, 1)).toBe(true);
    expect(useRuleShard({ SHIPSHAPE_WORKERS: 'many' }, SHARD_MIN_BYTES * 10, 8)).toBe(false);
  });

  it('merges the two shares into exactly the single-threaded result', () => {
    const whole = lint(SOURCES, DEFAULT_CONFIG, rules);
    const here = lint(SOURCES, DEFAULT_CONFIG, rules.filter((rule) => !SHARD_RULES.has(rule.id)));
    const there = lint(SOURCES, DEFAULT_CONFIG, rules.filter((rule) => SHARD_RULES.has(rule.id)));
    const merged = mergeShard(here, { files: there.files.map((file) => ({ path: file.path, diagnostics: file.diagnostics })), internalErrors: there.internalErrors }, rules);
    expect(merged).toEqual(whole);
    // Both shares found something, so the merge interleaved them.
    const ids = new Set(merged.files.flatMap((file) => file.diagnostics.map((diagnostic) => diagnostic.ruleId)));
    expect([...ids].some((id) => SHARD_RULES.has(id))).toBe(true);
    expect([...ids].some((id) => !SHARD_RULES.has(id))).toBe(true);
    expect(ids).toContain('yaml-syntax');
  });

  it('runs the worker\'s rules on this thread when no worker can start (here: TypeScript sources)', async () => {
    const whole = lint(SOURCES, DEFAULT_CONFIG, rules);
    const result = await lintInTwoThreads(SOURCES, DEFAULT_CONFIG, rules, (subset) => lint(SOURCES, DEFAULT_CONFIG, subset));
    expect(result).toEqual(whole);
  });
});
