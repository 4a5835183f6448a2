import { describe, expect, it } from 'vitest';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { selectorImplies, selectorVerdict, type LabelFacts } from '../../src/graph/selector.js';

const known = (labels: Record<string, string>): LabelFacts => ({ labels, mayHave: () => false });
const partly = (labels: Record<string, string>): LabelFacts => ({ labels, mayHave: () => true });

describe('selectorVerdict', () => {
  it('answers definitely when the labels are known', () => {
    expect(selectorVerdict(known({ app: 'web' }), { matchLabels: { app: 'web' } })).toBe('yes');
    expect(selectorVerdict(known({ app: 'web' }), { matchLabels: { tier: 'db' } })).toBe('no');
    expect(selectorVerdict(known({}), { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] })).toBe('yes');
  });

  it('answers maybe when a selector reads a label that may be there', () => {
    const facts = partly({ 'kubernetes.io/metadata.name': 'kube-system' });
    expect(selectorVerdict(facts, { matchLabels: { name: 'kube-system' } })).toBe('maybe');
    expect(selectorVerdict(facts, { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } })).toBe('yes');
    expect(selectorVerdict(facts, { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring', name: 'x' } })).toBe('no');
    expect(selectorVerdict(facts, {})).toBe('yes');
  });
});

describe('selectorImplies', () => {
  const cases: [LabelSelector, LabelSelector, boolean][] = [
    [{ matchLabels: { app: 'web' } }, {}, true],
    [{}, { matchLabels: { app: 'web' } }, false],
    [{ matchLabels: { app: 'web', tier: 'front' } }, { matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'web' } }, { matchLabels: { app: 'web', tier: 'front' } }, false],
    [{ matchLabels: { app: 'web' } }, { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }, { matchLabels: { app: 'web' } }, false],
    [{ matchLabels: { app: 'web' } }, { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchLabels: { app: 'web' } }, { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['db'] }] }, true],
    [{ matchLabels: { app: 'web' } }, { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db', 'cache'] }] }, { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] }, true],
    [{ matchLabels: { app: 'web' } }, { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [{ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'app', operator: 'In', values: ['db'] }] }, { matchLabels: { x: 'y' } }, true],
  ];
  for (const [narrow, wide, expected] of cases) {
    it(`${JSON.stringify(narrow)} ${expected ? 'implies' : 'does not imply'} ${JSON.stringify(wide)}`, () => {
      expect(selectorImplies(narrow, wide)).toBe(expected);
    });
  }
});
