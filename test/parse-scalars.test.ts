import { describe, expect, it } from 'vitest';
import { leanLoad } from '../src/parse/lean.js';
import { mayDisagreeWithYaml12, resolvePlainScalar, yamlVersionDisagreement } from '../src/parse/scalars.js';

/** Every string of the alphabet up to a length: numbers in every base, signs, underscores, exponents, words. */
function texts(alphabet: string, longest: number): string[] {
  const out: string[] = [];
  let level = [''];
  for (let length = 1; length <= longest; length += 1) {
    level = level.flatMap((prefix) => [...alphabet].map((char) => prefix + char));
    out.push(...level);
  }
  return out;
}

const WORDS = ['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', '~', '.inf', '-.Inf', '+.INF', '.nan', '.NaN'];

describe('mayDisagreeWithYaml12, the reader\'s cheap test for yaml-ambiguous-value', () => {
  it('is true for every boolean or number that YAML 1.1 and 1.2 read differently', () => {
    const candidates = [...WORDS, ...texts('0178+-._xobeE', 4), '0644', '-0x1F', '+0o17', '1_000', '0b1010', '-0b1', '00', '09', '1e3', '+12', '123456789012345678901'];
    const missed = candidates.filter((text) => {
      const value = resolvePlainScalar(text);
      return (typeof value === 'boolean' || typeof value === 'number') && yamlVersionDisagreement(text) !== undefined && !mayDisagreeWithYaml12(text, value);
    });
    expect(missed).toEqual([]);
  });

  it('is false for what manifests are full of, so most documents skip the check', () => {
    for (const text of ['8080', '3', '0', '0.5', '1.5', '-12', '1e3', 'true', 'False', 'TRUE', 'false', 'null', 'nginx']) {
      expect(mayDisagreeWithYaml12(text, resolvePlainScalar(text)), text).toBe(false);
    }
  });

  it('is true for the words and octal numbers the rule reports', () => {
    for (const text of ['yes', 'on', 'Off', 'n', '0644', '1_000', '0b11']) expect(mayDisagreeWithYaml12(text, resolvePlainScalar(text)), text).toBe(true);
  });
});

describe('the lean reader\'s note of such scalars in a document', () => {
  it.each([
    ['a block value', 'data:\n  enabled: yes\n', true],
    ['a flow value', 'args: [--mode, 0644]\n', true],
    ['a sequence item', 'items:\n  - on\n', true],
    ['quoted words and plain ports only', 'data:\n  enabled: "yes"\nports:\n  - port: 8080\n    ready: true\n', false],
  ])('%s', (_, text, expected) => {
    expect(leanLoad(text)?.yaml11Scalars).toBe(expected);
  });
});
