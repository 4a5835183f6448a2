import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ROOT, fixtureFiles, ruleFolders } from '../scripts/generated-files.js';
import { CATEGORIES } from '../src/engine/rule.js';
import { describeOutcome, relativeToRoot, runFixture } from './support/rule-harness.js';

const parserRules = rules.filter((rule) => rule.stage === 'parser');

describe('rule metadata', () => {
  it('has exactly one rule per folder, with the folder name as id', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual(ruleFolders());
  });

  it('gives every rule one hidden class, so the engine reads each rule\'s check the same way', () => {
    // V8's intrinsics parse only in functions compiled after the flag is set.
    setFlagsFromString('--allow-natives-syntax');
    const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
    const first = rules[0] as object;
    expect(rules.filter((rule) => !sameMap(rule, first)).map((rule) => rule.id)).toEqual([]);
  });

  for (const rule of rules) {
    it(`${rule.id}: kebab-case id, category, docs and fixtures`, () => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.description.length).toBeGreaterThan(10);
      for (const part of ['diagnosis', 'fix', 'why'] as const) expect(rule.docs[part].length, `${rule.id} docs.${part}`).toBeGreaterThan(20);
      expect(fixtureFiles(rule.id, 'valid').length, `${rule.id} needs a valid/ fixture`).toBeGreaterThan(0);
      expect(fixtureFiles(rule.id, 'invalid').length, `${rule.id} needs an invalid/ fixture`).toBeGreaterThan(0);
    });
  }
});

describe('rule fixtures', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      for (const file of fixtureFiles(rule.id, 'valid')) {
        const display = relativeToRoot(ROOT, file);
        it(`reports nothing on ${display}`, () => {
          const outcome = runFixture(rule, parserRules, file, display);
          expect(outcome.diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column} ${d.message}`)).toEqual([]);
        });
      }
      const seenMessages = new Set<string>();
      for (const file of fixtureFiles(rule.id, 'invalid')) {
        const display = relativeToRoot(ROOT, file);
        it(`reports exactly the expected diagnostics on ${display}`, () => {
          const outcome = runFixture(rule, parserRules, file, display);
          const expected = outcome.diagnostics.length - outcome.unexpected.length;
          expect(expected, `${display} has no # expect: comment that matched`).toBeGreaterThan(0);
          expect(describeOutcome(display, outcome)).toBe('');
          for (const diagnostic of outcome.diagnostics) if (diagnostic.ruleId === rule.id) seenMessages.add(diagnostic.messageId);
        });
      }
      it('exercises every message in its invalid fixtures', () => {
        for (const file of fixtureFiles(rule.id, 'invalid')) {
          for (const diagnostic of runFixture(rule, parserRules, file, relativeToRoot(ROOT, file)).diagnostics) {
            if (diagnostic.ruleId === rule.id) seenMessages.add(diagnostic.messageId);
          }
        }
        expect([...seenMessages].sort()).toEqual([...rule.messageIds].sort());
      });
    });
  }
});
