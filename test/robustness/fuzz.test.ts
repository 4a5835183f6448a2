import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { sharedDir, sharedSkipReason } from '../support/shared.js';
import { ROOT } from './support/cli.js';
import { caseArbitrary, checkPipeline, mutate, seedsUnder, sourcesOf, type Seed } from './support/fuzz.js';

/**
 * A bounded fuzz run for `npm test` (a few seconds, a fixed seed so CI is repeatable); `npm run fuzz
 * -- --seconds 600` runs the same properties for as long as asked, with fresh seeds.
 * SHIPSHAPE_FUZZ_RUNS and SHIPSHAPE_FUZZ_SEED change the run count and seed here.
 */
const RUNS = Number(process.env['SHIPSHAPE_FUZZ_RUNS'] ?? 40);
const SEED = Number(process.env['SHIPSHAPE_FUZZ_SEED'] ?? 20261121);

async function fuzz(seeds: readonly Seed[]): Promise<void> {
  await fc.assert(
    fc.asyncProperty(caseArbitrary(seeds.length), async (fuzzCase) => {
      const problem = await checkPipeline(sourcesOf(fuzzCase, seeds));
      if (problem !== undefined) throw new Error(problem);
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

describe('fuzzing the pipeline with mutated manifests', () => {
  it('mutates the way the properties need: each kind changes the text, and only where asked', () => {
    const text = 'a: 1\nb:\n  c: 2\n';
    expect(mutate(text, { kind: 'truncate', at: 3 })).toBe('a: ');
    expect(mutate(text, { kind: 'delete-line', line: 1 })).toBe('a: 1\n  c: 2\n');
    expect(mutate(text, { kind: 'duplicate-line', line: 0 })).toBe('a: 1\na: 1\nb:\n  c: 2\n');
    expect(mutate(text, { kind: 'swap-lines', line: 0, other: 2 })).toBe('  c: 2\nb:\na: 1\n');
    expect(mutate(text, { kind: 'flip', at: 1, to: '\t' })).toBe('a\t 1\nb:\n  c: 2\n');
    expect(mutate(text, { kind: 'indent', line: 2, by: -2 })).toBe('a: 1\nb:\nc: 2\n');
    expect(mutate(text, { kind: 'insert', at: 0, text: '*a' })).toBe('*aa: 1\nb:\n  c: 2\n');
  });

  it('catches a broken property (the checker is not vacuous)', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: shop}\n';
    const sources = [{ path: 'fuzz/x.yaml', text }];
    expect(await checkPipeline(sources)).toBeUndefined();
    const rule = (id: string, check: Parameters<typeof defineRule>[0]['check']) =>
      defineRule({ id, category: 'workloads', severity: 'error', description: 'd', docs: { diagnosis: 'd', fix: 'f', why: 'w' }, target: ['ConfigMap'], messages: { m: () => 'm' }, check });
    const throwing = rule('throwing', () => {
      throw new Error('boom');
    });
    expect(await checkPipeline(sources, [...rules, throwing])).toMatch(/a rule threw/);
    const outside = rule('outside', (resource, context) => {
      context.report({ id: 'm', text: 'm' }, { fix: () => ({ description: 'x', edits: [{ range: { file: 'fuzz/x.yaml', start: { line: 9, column: 1 }, end: { line: 9, column: 2 } }, text: '' }] }) });
    });
    expect(await checkPipeline(sources, [...rules, outside])).toMatch(/fix range .* lies outside its file/);
  });

  it(`holds on ${RUNS} mutations of the repository's own fixtures and examples`, async () => {
    const seeds = [...seedsUnder(path.join(ROOT, 'examples'), { prefix: 'examples/' }), ...seedsUnder(path.join(ROOT, 'rules'), { prefix: 'rules/' })];
    expect(seeds.length).toBeGreaterThan(20);
    await fuzz(seeds);
  }, 120_000);

  const skip = sharedSkipReason();
  it.skipIf(skip !== undefined)(`holds on ${RUNS} mutations of corpus manifests${skip ? ` (${skip})` : ''}`, async () => {
    const seeds = seedsUnder(path.join(sharedDir() as string, 'corpus'), { prefix: 'corpus/' });
    expect(seeds.length).toBeGreaterThan(100);
    await fuzz(seeds);
  }, 120_000);
});
