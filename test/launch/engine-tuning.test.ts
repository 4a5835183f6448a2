import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET_FLAG, shouldTuneEngine } from '../../src/launch/engine-tuning.js';
import { lintExamplesWithLauncher } from '../support/bundle.js';

describe('shouldTuneEngine', () => {
  it('tunes V8 11 (Node 20), the engine the budget was measured on', () => {
    expect(shouldTuneEngine('11.3.244.8-node.33', [], {})).toBe(true);
  });

  it('leaves other engines at their defaults', () => {
    expect(shouldTuneEngine('12.4.254.21-node.33', [], {})).toBe(false);
    expect(shouldTuneEngine('10.2.154.26-node.36', [], {})).toBe(false);
  });

  it('leaves a budget the user set on the command line alone', () => {
    expect(shouldTuneEngine('11.3.244.8-node.33', ['--interrupt-budget=1000'], {})).toBe(false);
    expect(shouldTuneEngine('11.3.244.8-node.33', ['--interrupt_budget', '1000'], {})).toBe(false);
    expect(shouldTuneEngine('11.3.244.8-node.33', ['--interrupt-budget-for-feedback-allocation=10'], {})).toBe(true);
  });

  it('is turned off by SHIPSHAPE_ENGINE_TUNING=off or 0', () => {
    expect(shouldTuneEngine('11.3.244.8-node.33', [], { SHIPSHAPE_ENGINE_TUNING: 'off' })).toBe(false);
    expect(shouldTuneEngine('11.3.244.8-node.33', [], { SHIPSHAPE_ENGINE_TUNING: '0' })).toBe(false);
    expect(shouldTuneEngine('11.3.244.8-node.33', [], { SHIPSHAPE_ENGINE_TUNING: '' })).toBe(true);
  });
});

describe('the launcher', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'shipshape-engine-tuning-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function lint(env: Record<string, string>, nodeFlags: string[] = []): { stdout: string; tuning: string; cache: string } {
    const run = lintExamplesWithLauncher(env, nodeFlags);
    return { stdout: run.stdout, tuning: run.timingLine('engine tuning:'), cache: run.timingLine('code cache:') };
  }

  const expected = process.versions.v8.startsWith('11.') ? INTERRUPT_BUDGET_FLAG : 'none';

  it(`sets ${expected === 'none' ? 'no flag on this engine' : 'the budget on V8 11'}, and not when turned off; the findings are the same`, () => {
    const tuned = lint({ SHIPSHAPE_CODE_CACHE: 'off' });
    expect(tuned.tuning).toBe(`engine tuning: ${expected}`);
    const untuned = lint({ SHIPSHAPE_CODE_CACHE: 'off', SHIPSHAPE_ENGINE_TUNING: 'off' });
    expect(untuned.tuning).toBe('engine tuning: none');
    expect(tuned.stdout).toBe(untuned.stdout);
  }, 120_000);

  it("keeps the user's own budget", () => {
    expect(lint({ SHIPSHAPE_CODE_CACHE: 'off' }, ['--interrupt-budget=100000']).tuning).toBe('engine tuning: none');
  }, 120_000);

  // The flag is set before anything is compiled, so the code cache made by one tuned run is accepted
  // by the next (V8 rejects code made under other flags).
  it('serves the code cache to the next tuned run', () => {
    const env = { SHIPSHAPE_CODE_CACHE: path.join(scratch, 'cache') };
    lint(env);
    expect(lint(env).cache).toMatch(/^code cache: \d+ sources served, 0 compiled$/);
  }, 120_000);
});
