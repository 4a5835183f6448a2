import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DefinitionLines } from '../../src/schema/definition-lines.js';

const shipped = readFileSync(path.join(import.meta.dirname, '../../schemas/kubernetes/definitions.json'), 'utf8');

describe('DefinitionLines', () => {
  it('reads every shipped definition from its own line as the whole file reads it', () => {
    const whole = JSON.parse(shipped) as Record<string, unknown>;
    const lines = new DefinitionLines(shipped);
    const ids = Object.keys(whole);
    expect(ids.length).toBeGreaterThan(1000);
    for (const id of ids) expect(lines.get(id), id).toEqual(whole[id]);
    expect(lines.get('io.k8s.api.core.v1.NoSuchThing.0000000000')).toBeUndefined();
  });

  it('parses only the lines it is asked for', () => {
    const lines = new DefinitionLines('{\n"a": {"type":"string"},\n"b": {not json},\n"c": {"type":"integer"}\n}\n');
    expect(lines.get('a')).toEqual({ type: 'string' });
    expect(lines.get('c')).toEqual({ type: 'integer' });
    expect(() => lines.get('b')).toThrow(SyntaxError);
  });

  it('reads keys with escapes as JSON does, and answers nothing for inherited names', () => {
    const lines = new DefinitionLines('{\n"x\\"y": {"type":"string"},\n"plain": {}\n}');
    expect(lines.get('x"y')).toEqual({ type: 'string' });
    expect(lines.get('plain')).toEqual({});
    expect(lines.get('constructor')).toBeUndefined();
    expect(lines.get('__proto__')).toBeUndefined();
  });

  it('falls back to the whole text when it is laid out otherwise', () => {
    const definitions = { a: { type: 'object', properties: { b: { $ref: '#/definitions/b' } } }, b: { type: 'string' } };
    for (const text of [JSON.stringify(definitions, null, 2), JSON.stringify(definitions), '{\n"a": {"type":"object"}\n"b": {}\n}\n']) {
      const lines = new DefinitionLines(text);
      if (text.startsWith('{\n"a": {"type":"object"}\n')) {
        // A missing comma is not one entry per line: the whole text is parsed, and JSON says why.
        expect(() => lines.get('a')).toThrow(SyntaxError);
        continue;
      }
      expect(lines.get('a')).toEqual(definitions.a);
      expect(lines.get('b')).toEqual(definitions.b);
      expect(lines.get('constructor')).toBeUndefined();
    }
  });
});
