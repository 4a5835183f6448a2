import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import jsyaml from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'yaml';
import { PlainValues, leanLoad, leanLoadIn, leanLocate, leanTree, walkTree, type LeanNode, type LeanWalk } from '../src/parse/lean.js';
import { DocumentLocator } from '../src/parse/locator.js';
import { LineFeedText } from '../src/parse/line-feeds.js';
import { parseFile } from '../src/parse/parse-file.js';
import { LineIndex, type YamlPath } from '../src/parse/source.js';
import { isBlankChunk, splitDocuments } from '../src/parse/split.js';
import { KUBERNETES_YAML_SCHEMA } from '../src/parse/yaml-schema.js';
import { sharedDir, sharedSkipReason } from './support/shared.js';

/** What the general fast path (js-yaml with the Kubernetes scalar schema) reads, or 'error'. */
function general(text: string): unknown {
  try {
    return jsyaml.load(text, { schema: KUBERNETES_YAML_SCHEMA });
  } catch {
    return 'error';
  }
}

/** The lean reader either gives up or agrees exactly with js-yaml; it never accepts what js-yaml rejects. */
function expectAgreement(text: string): void {
  const lean = leanLoad(text);
  if (lean === undefined) return;
  expect(general(text), text).not.toBe('error');
  expect(lean.value, text).toStrictEqual(general(text) ?? undefined);
}

function tabCount(text: string): number {
  return text.split('\t').length - 1;
}

/** Every path in a value, plus missing children, for comparing positions. */
function* pathsOf(value: unknown, base: (string | number)[] = []): Generator<YamlPath> {
  yield base;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* pathsOf(item, [...base, index]);
    yield [...base, value.length + 2];
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* pathsOf(item, [...base, key]);
    yield [...base, 'missing', 'deeper'];
  } else {
    yield [...base, 'below-a-scalar'];
  }
}

/** What a locator uses of a walk: found, and of the node and key their kind, offsets and first entry. */
function summary(walk: LeanWalk | undefined): unknown {
  const node = (value: LeanNode | undefined): unknown => {
    if (value === undefined) return undefined;
    if (value.kind === 'scalar') return [value.start, value.end, value.exact, value.plain, value.text];
    const first = value.kind === 'map' ? value.keys[0] : value.items[0];
    return [value.kind, value.start, first?.kind === 'scalar' ? [first.start, first.end, first.exact] : first?.kind];
  };
  return walk === undefined ? undefined : [walk.found, node(walk.node), node(walk.key)];
}

/** Locating a path by reading only its lines gives the walk of the whole position tree, for every path. */
function locateMismatches(file: string, text: string): string[] {
  const out: string[] = [];
  for (const chunk of splitDocuments(text)) {
    if (isBlankChunk(chunk.text)) continue;
    const lean = leanLoad(chunk.text);
    const tree = lean === undefined ? undefined : leanTree(chunk.text);
    if (lean === undefined || tree === undefined) continue;
    let checked = 0;
    for (const where of pathsOf(lean.value)) {
      // Every path of ordinary documents; the first two hundred of a huge one (a CRD) are enough.
      if ((checked += 1) > 200) break;
      const expected = summary(walkTree(tree.root, undefined, where));
      // Reading on past a match for a later duplicate, and stopping at it (keys the lean reader loaded are unique).
      for (const uniqueKeys of [false, true]) {
        const located = leanLocate(chunk.text, where, uniqueKeys);
        if (located !== undefined && !isDeepStrictEqual(summary(located), expected)) out.push(`${file}@${chunk.offset} ${JSON.stringify(where)}${uniqueKeys ? ' (unique keys)' : ''}`);
      }
    }
  }
  return out;
}

/**
 * A text with CRLF line breaks: the lean reader reads it with LFs, and its values and its positions
 * mapped back must be js-yaml's and the `yaml` tree's on the text as written.
 */
function crlfMismatches(file: string, written: string): string[] {
  const lines = new LineIndex(written);
  const out: string[] = [];
  for (const chunk of splitDocuments(written)) {
    if (isBlankChunk(chunk.text)) continue;
    const lineFeeds = LineFeedText.of(chunk.text);
    const lean = lineFeeds === undefined ? undefined : leanLoad(lineFeeds.text);
    if (lean === undefined) continue;
    if (!isDeepStrictEqual(lean.value, general(chunk.text) ?? undefined)) out.push(`${file}@${chunk.offset} value`);
    const located = new DocumentLocator(file, lines, chunk.text, chunk.offset, undefined, true);
    const walked = new DocumentLocator(file, lines, chunk.text, chunk.offset);
    out.push(...locatorMismatches(file, lean.value, { located, walked }, exactLocator(file, lines, chunk)));
  }
  return out;
}

function exactLocator(file: string, lines: LineIndex, chunk: { text: string; offset: number }): DocumentLocator {
  return new DocumentLocator(file, lines, chunk.text, chunk.offset, parseDocument(chunk.text, { schema: 'failsafe', uniqueKeys: false, strict: false }));
}

/** Every path of a value where lean-first locators answer otherwise than the `yaml` tree's. */
function locatorMismatches(file: string, value: unknown, lean: Record<string, DocumentLocator>, exact: DocumentLocator): string[] {
  const out: string[] = [];
  for (const where of pathsOf(value)) {
    for (const method of ['rangeOf', 'keyRangeOf', 'scalarAt'] as const) {
      const expected = exact[method](where);
      for (const [how, locator] of Object.entries(lean)) {
        if (!isDeepStrictEqual(locator[method](where), expected)) out.push(`${file} ${method} ${JSON.stringify(where)} (${how})`);
      }
    }
  }
  return out;
}

/** Lean-first positions equal those of the `yaml` tree for every path of every document it accepts. */
function positionMismatches(file: string, text: string): string[] {
  const lines = new LineIndex(text);
  const out: string[] = [];
  for (const chunk of splitDocuments(text)) {
    if (isBlankChunk(chunk.text)) continue;
    const lean = leanLoad(chunk.text);
    if (lean === undefined) continue;
    // Lean-first locators both ways: reading only the lines on each path, and walking a whole tree.
    const located = new DocumentLocator(file, lines, chunk.text, chunk.offset, undefined, true);
    const walked = new DocumentLocator(file, lines, chunk.text, chunk.offset);
    out.push(...locatorMismatches(file, lean.value, { located, walked }, exactLocator(file, lines, chunk)));
  }
  return out;
}

describe('lean reader', () => {
  it('reads a typical manifest (so the fast path stays fast)', () => {
    const text = [
      '---',
      '# a comment',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web # trailing comment',
      '  labels: {app: web, "tier": \'front\'}',
      '  annotations:',
      '    note: "say \\"hi\\"\\u00e9"',
      'spec:',
      '  replicas: 0x1F',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        args: ["--port", 8080, yes, ~]',
      '        env:',
      '          - name: A',
      '            value:',
      '          -',
      '            name: B',
      '        command:',
      '        - sh',
      '        - -c',
      '        - |',
      '          echo one',
      '',
      '          echo two',
      '      - - nested',
      '        - seq',
      'data:',
      '  script: >-',
      '    folded line',
      '    continues',
      '',
      '    new paragraph',
      '  keep: |+',
      '    kept',
      '',
      'end: 1',
      '',
    ].join('\n');
    const lean = leanLoad(text);
    expect(lean).toBeDefined();
    expect(lean?.value).toStrictEqual(general(text));
    expect(positionMismatches('t.yaml', text)).toEqual([]);
    expect(locateMismatches('t.yaml', text)).toEqual([]);
  });

  it('agrees with js-yaml on scalars, keys and indentation corner cases', () => {
    const cases = [
      'a: 0644\nb: 1_000\nc: .5\nd: -.inf\ne: .NaN\nf: 1e3\ng: +12\nh: 0b101\ni: 0o17\nj: 1.\n',
      'on: off\nyes: no\n~: 1\nnull: 2\n0644: octal key\n1.0: float key\n',
      "a: 'it''s'\nb: \"\\t\\x41\\U0001F600\\/\"\nc: ''\nd: \"\"\n",
      'a: b:c\nb: http://x.y/z?a=b&c=d\nc: a #not comment\nd: a#b\ne: "x" # c\n',
      'a:\n  - 1\n  -   2\n  -\n  - - 3\n    - 4\nb: []\nc: {}\nd: [ ]\ne: { }\n',
      'a:\n- b: 1\n  c: 2\n- d\nz: 3\n',
      '- a\n- b: 1\n-\n  - c\n',
      'key with spaces: value with spaces   \n"quoted key": 1\n\'single\': 2\n',
      '__proto__: {polluted: true}\nconstructor: 1\n',
      // Names of Object.prototype members are plain strings, as keys and as values.
      'toString: valueOf\nhasOwnProperty: constructor\nlist: [toString, __proto__, isPrototypeOf]\n',
      'a: |\n  x\n\n\nb: |-\n  y\n  \nc: |+\n  z\n\n\nd: >\n  p\n  q\n\n  r\n',
      'a: |\n   indented more\n    and more\n  # not a comment: dedent ends it\n',
      'plain\n',
      '"quoted document"\n',
      '[1, 2, {a: b}]\n',
      '{"json": true, "list": [1, "two", null], "nested": {"k": "v"}}\n',
      'a: [a b, c:d, "e,f"]\n',
      'a: -\n',
      'a: - b\n',
      'a: b: c\n',
      'a: 1\n  b: 2\n',
      'a:\n  b: 1\n c: 2\n',
      'a: 1\na: 2\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '? complex\n: key\n',
      'a: "multi\n  line"\n',
      'a: multi\n  line plain\n',
      'a: "multi\nline, not indented"\n',
      'a:\n  b: "multi\n  line, indented as b"\n',
      '- a: plain\n  continued at the key\n',
      // An escaped line break before an empty line: js-yaml drops the empty line, as the lean reader does.
      'a: "x\\\n\n  y"\n',
      'a: [multi,\n  line]\n',
      '<<: {a: 1}\n',
      'a:\tb\n',
      'a: b\r\nc: d\r\n',
      '%YAML 1.1\n---\na: b\n',
      'a: b\n...\n',
      '--- !tag\na: b\n',
      '--- # comment on the marker\na: b\n',
      'a: |2\n   x\n',
      'a: >\n  x\n    more indented\n  y\n',
      'a: |\n',
      'a: |\n  no final break',
      'a: "\\q"\n',
      'a: @x\n',
      'a: `x`\n',
      'a: }\n',
      'a: [b, [c]]\n',
      'a: {b: }\n',
      '- - - deep\n    - x\n',
      '  indented: document\n  second: key\n',
      'a: 1 # c\n# c\n\n  # indented comment\nb: 2\n',
    ];
    for (const text of cases) expectAgreement(text);
  });

  it('points at the last of two keys that only a locator tells apart (.inf and null both match "null")', () => {
    const text = 'kind: ConfigMap\ndata:\n  null: first\n  .inf: second\n  name: x\n';
    expect(leanLoad(text)).toBeDefined();
    const lines = new LineIndex(text);
    const located = new DocumentLocator('f.yaml', lines, text, 0, undefined, true);
    const exact = new DocumentLocator('f.yaml', lines, text, 0, parseDocument(text, { schema: 'failsafe', uniqueKeys: false, strict: false }));
    expect(located.rangeOf(['data', 'null'])).toEqual(exact.rangeOf(['data', 'null']));
    expect(located.rangeOf(['data', 'null']).start).toEqual({ line: 4, column: 9 });
    // A key no other key can match stops the reading at the first match, at the same place.
    expect(located.rangeOf(['data', 'name'])).toEqual(exact.rangeOf(['data', 'name']));
  });

  it('reads a key the same in every document, however it was read before', () => {
    // Plain keys are cached across documents by their text: a key that resolves to a non-string,
    // `__proto__` and the same text quoted must each stay what js-yaml reads, the tenth time too.
    // `Aa` and `BB` (and `AaBB`, `BBAa`) hash alike, so they take turns in one slot of the caches.
    const text = 'true: 1\n1.0: 2\n0644: 3\n__proto__: {x: 1}\n"0644": 4\n~: 5\nname: n\nlist:\n- a\n- [b, [c, d]]\nAa: BB\nBB: Aa\nAaBB: BBAa\nBBAa: [Aa, BB]\n';
    for (let round = 0; round < 10; round += 1) {
      expect(leanLoad(text)).toBeDefined();
      expectAgreement(text);
      expectAgreement(`nested:\n  ${text.replaceAll('\n', '\n  ').trimEnd()}\n`);
      expect(positionMismatches('t.yaml', text)).toEqual([]);
    }
    expect(leanLoad('a: 1\n"a": 2\n')).toBeUndefined();
    expect(leanLoad('a:\n  b: 1\n  c: 2\nb: 3\nc: 4\nd:\n  - x\n  - u\ne: [z]\n')?.value).toStrictEqual({ a: { b: 1, c: 2 }, b: 3, c: 4, d: ['x', 'u'], e: ['z'] });
  });

  it('reads a document in place in its file as it reads the document alone', () => {
    // Each document ends where the next `---` starts: whatever follows must never leak into it.
    const documents = [
      'a: 1\nb: |\n  text\n\n',
      'a: >-\n  folded\n# comment at the end\n',
      '- x\n- y # c\n',
      'a:\n',
      'a: "q"\nb: [1, {c: d}]\n',
      'k: v\n...\n',
      'a: |\n  no final break',
      '# only a comment',
      'a: b',
      'a:\n  - - x\n',
      // Long values that hash alike take turns in one slot of the file's PlainValues.
      'a: AaAaAaAaAaAaAaAa\nb: BBAaAaAaAaAaAaAa\nc: [AaAaAaAaAaAaAaAa]\nd: AaAaAaAaAaAaAaBB\n',
      'a: BBAaAaAaAaAaAaAa\nb: AaAaAaAaAaAaAaAa\nc: 1234567890123456\nd: 0x1234567890abcdef\n',
    ];
    for (const [at, last] of documents.entries()) {
      // Every document once last (where it may lack a final line break), the others before it.
      const before = documents.filter((_, index) => index !== at).map((part) => (part.endsWith('\n') ? part : `${part}\n`));
      const file = [...before, last].join('---\n');
      const long = new PlainValues();
      for (const chunk of splitDocuments(file)) {
        const alone = leanLoad(chunk.text);
        expect(leanLoadIn(file, chunk.offset, chunk.offset + chunk.text.length, undefined, tabCount(chunk.text)), JSON.stringify(chunk.text)).toStrictEqual(alone);
        expect(leanLoadIn(file, chunk.offset, chunk.offset + chunk.text.length, long, tabCount(chunk.text)), JSON.stringify(chunk.text)).toStrictEqual(alone);
      }
    }
  });

  it.skipIf(sharedSkipReason() !== undefined)('reads every corpus document in place in its file as it reads it alone', () => {
    const mismatches: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ya?ml|json)$/.test(entry.name)) {
          const text = readFileSync(full, 'utf8');
          const long = new PlainValues();
          for (const chunk of splitDocuments(text)) {
            const tabs = tabCount(chunk.text);
            const alone = leanLoadIn(chunk.text, 0, chunk.text.length, undefined, tabs);
            if (!isDeepStrictEqual(leanLoadIn(text, chunk.offset, chunk.offset + chunk.text.length, long, tabs), alone)) mismatches.push(`${full}@${chunk.offset}`);
          }
        }
      }
    };
    walk(path.join(sharedDir() ?? '', 'corpus'));
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('reads plain and quoted scalars folded over several lines, as YAML writers wrap long strings', () => {
    const cases: [string, unknown][] = [
      ['a: foo\n  bar\nb: 1\n', { a: 'foo bar', b: 1 }],
      ['a: foo   \n    bar   \n\n  baz\n', { a: 'foo bar\nbaz' }],
      ['a: one\n  - two\n  * three:four\n  [six] "seven" a#b\n', { a: 'one - two * three:four [six] "seven" a#b' }],
      ['a: 1\n  2\n', { a: '1 2' }],
      ['a:\n  foo\n bar\n', { a: 'foo bar' }],
      ['- foo\n bar\n- - baz\n   qux\n', ['foo bar', ['baz qux']]],
      ['k:\n  a: x\n   y\n  b: z\n', { k: { a: 'x y', b: 'z' } }],
      ['list:\n- a: x\n   y\n  b: z\n', { list: [{ a: 'x y', b: 'z' }] }],
      ['a: "x\n  y" # c\nb: "p  \n\n\n   q"\n', { a: 'x y', b: 'p\n\nq' }],
      ['a: "x \\\n   y\\ \n   z\\t\n   \\u00e9 \\"q\\" # not a comment"\n', { a: 'x y  z\t é "q" # not a comment' }],
      ["a: 'it''s\n  ok'''\n", { a: "it's ok'" }],
      ["description: 'APIVersion defines the versioned schema of this representation\n  of an object.'\n", { description: 'APIVersion defines the versioned schema of this representation of an object.' }],
    ];
    for (const [text, value] of cases) {
      expect(leanLoad(text)?.value, text).toStrictEqual(value);
      expectAgreement(text);
      expect(positionMismatches('t.yaml', text), text).toEqual([]);
      expect(locateMismatches('t.yaml', text), text).toEqual([]);
    }
  });

  it('reads a comment right after `key:` or `-` whose value starts below', () => {
    const text = 'spec: # the spec\n  template:  # two spaces\n    list: # c\n    - # an item below\n      x\n    - z\n';
    expect(leanLoad(text)?.value).toStrictEqual({ spec: { template: { list: ['x', 'z'] } } });
    expectAgreement(text);
    expect(positionMismatches('t.yaml', text)).toEqual([]);
    expect(locateMismatches('t.yaml', text)).toEqual([]);
    // Not a comment without a space before it: left to the general parsers.
    expect(leanLoad('a: "x"#c\n')).toBeUndefined();
  });

  it('agrees with js-yaml and the yaml positions on generated multi-line scalars', () => {
    const word = fc.constantFrom('foo', 'bar-baz', '- item', '* star', '[x]', '{y}', '"q"', "'s'", 'a#b', '#c', 'k: v', 'k:v', '\\\\', '\\t', '\\u00e9', '\\"', "''", '1', 'true', '~', '&a', '!t', '%', '@', '|', '>');
    const line = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' ', '   ')).map(([words, trailing]) => words.join(' ') + trailing);
    const scalar = fc.tuple(fc.constantFrom('', '"', "'"), fc.array(fc.tuple(line, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 4 }));
    const render = ([quote, lines]: [string, [string, number, number][]], column: number): string =>
      quote + lines.map(([text, indent, blanks], index) => (index === 0 ? text : `${'\n'.repeat(blanks)}${' '.repeat(column + indent)}${text}`)).join('\n') + quote;
    const document = fc.tuple(fc.constantFrom('map', 'seq', 'nested'), scalar, scalar).map(([shape, first, second]) => {
      if (shape === 'map') return `a: ${render(first, 0)}\nb: ${render(second, 0)}\n`;
      if (shape === 'seq') return `- ${render(first, 0)}\n- ${render(second, 0)}\n`;
      return `top:\n  a: ${render(first, 2)}\n  list:\n  - ${render(second, 2)}\nend: 1\n`;
    });
    fc.assert(
      fc.property(document, (text) => {
        expectAgreement(text);
        expect(positionMismatches('t.yaml', text), text).toEqual([]);
        expect(locateMismatches('t.yaml', text), text).toEqual([]);
      }),
      { numRuns: 3000, seed: 20261121 },
    );
  });

  it('reads documents with CRLF line breaks as with LF, at the positions written', () => {
    const text = [
      'apiVersion: v1 # c',
      'kind: ConfigMap',
      'metadata: {name: a, labels: {x: "1"}}',
      'data:',
      '  plain: foo',
      '    bar  ',
      '  quoted: "x',
      '',
      '    y \\',
      '    z"',
      "  single: 'it''s'",
      '  script: |',
      '    echo one',
      '',
      '    echo two',
      '  folded: >-',
      '    a',
      '    b',
      '  empty:',
      'list:',
      '- a',
      '-   - b',
      '    - c: d',
      '      e: [1, 2]',
      '---',
      'kind: Service',
      'spec: {}',
      '',
    ].join('\n');
    const crlf = text.replaceAll('\n', '\r\n');
    // Every break CRLF, and a mix of both.
    for (const written of [crlf, crlf.replace('\r\nkind: ConfigMap', '\nkind: ConfigMap').replace('echo one\r\n', 'echo one\n')]) {
      expect(crlfMismatches('t.yaml', written)).toEqual([]);
      const load = vi.spyOn(jsyaml, 'load');
      try {
        const values = parseFile('t.yaml', written).documents.map((document) => document.value);
        expect(values).toStrictEqual(parseFile('t.yaml', text).documents.map((document) => document.value));
        expect(load).not.toHaveBeenCalled();
      } finally {
        load.mockRestore();
      }
    }
  });

  it('maps offsets of a CRLF text read with LFs back to the text as written', () => {
    const lineFeeds = LineFeedText.of('ab\r\nc\nd\r\n\r\ne');
    expect(lineFeeds?.text).toBe('ab\nc\nd\n\ne');
    // a b LF c LF d LF LF e, as written: a b CR LF c LF d CR LF CR LF e
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((offset) => lineFeeds?.written(offset))).toEqual([0, 1, 3, 4, 5, 6, 8, 10, 11]);
    // An end at a line break stays before its CR.
    expect([0, 2, 3, 7, 9].map((offset) => lineFeeds?.writtenEnd(offset))).toEqual([0, 2, 4, 9, 12]);
    expect(LineFeedText.of('a\nb\n')).toBeUndefined();
  });

  it('reads tabs in literal block scalars, as scripts and configuration files hold them', () => {
    const cases: [string, unknown][] = [
      ['nginx.conf: |\n  server {\n  \tlisten 80;\n  \t\troot /srv;\n  }\n', { 'nginx.conf': 'server {\n\tlisten 80;\n\t\troot /srv;\n}\n' }],
      ['data:\n  Makefile: |-\n    all:\n    \tmake\tbuild\n\n    \t\n  other: x\n', { data: { Makefile: 'all:\n\tmake\tbuild\n\n\t', other: 'x' } }],
      ['- |+\n  a\tb\n\n- c\n', ['a\tb\n\n', 'c']],
    ];
    for (const [text, value] of cases) {
      expect(leanLoad(text)?.value, text).toStrictEqual(value);
      expectAgreement(text);
      expect(positionMismatches('t.yaml', text), text).toEqual([]);
      expect(locateMismatches('t.yaml', text), text).toEqual([]);
    }
    // Everywhere else a tab may be YAML's whitespace (or an error): left to the general parsers.
    const elsewhere = ['a:\tb\n', 'a: b\tc\n', 'a: "b\tc"\n', 'a: b #\tc\n', '\ta: b\n', 'a: >\n  x\n  \ty\n', 'a: |\n    x\n  \ty\n', 'a: |\n  x\n\tb: c\n', 'a: |\n  x\n# \t\n'];
    for (const text of elsewhere) {
      expect(leanLoad(text), JSON.stringify(text)).toBeUndefined();
      expect(leanTree(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('agrees with js-yaml on generated literal block scalars with tabs', () => {
    const piece = fc.constantFrom('\t', ' ', 'x', 'echo $A', '\t\t', '#', ': ', '- ');
    const line = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.array(piece, { maxLength: 4 })).map(([indent, parts]) => ' '.repeat(indent) + parts.join(''));
    const header = fc.constantFrom('|', '|-', '|+', '>', '>-');
    let accepted = 0;
    fc.assert(
      fc.property(header, fc.array(line, { minLength: 1, maxLength: 5 }), (head, lines) => {
        const text = `a:\n  b: ${head}\n    x\n${lines.map((content) => `    ${content}\n`).join('')}  c: 1\n`;
        expectAgreement(text);
        if (leanLoad(text) !== undefined) {
          accepted += 1;
          expect(positionMismatches('t.yaml', text), text).toEqual([]);
        }
      }),
      { numRuns: 2000, seed: 20261121 },
    );
    expect(accepted).toBeGreaterThan(500);
  });

  it('reads flow collections over several lines, as commands and arguments are often written', () => {
    const cases: [string, unknown][] = [
      ['a: [x,\n  w]\n', { a: ['x', 'w'] }],
      ['command: ["/cloud_sql_proxy",\n          "-instances=$(C)=tcp:5432"]\nb: 1\n', { command: ['/cloud_sql_proxy', '-instances=$(C)=tcp:5432'], b: 1 }],
      ['spec:\n  args: [\n    "--a", # first\n\n    # between\n    "--b",\n    ]\n  c: {x: 1,\n    z: [2,\n      3]}\n', { spec: { args: ['--a', '--b'], c: { x: 1, z: [2, 3] } } }],
      ['- [a,\n  b]\n- {k: v,\n   l: w}\n', [['a', 'b'], { k: 'v', l: 'w' }]],
      ['{"kind": "List",\n "items": [\n  {"a": 1}\n ]\n}\n', { kind: 'List', items: [{ a: 1 }] }],
    ];
    for (const [text, value] of cases) {
      expect(leanLoad(text)?.value, text).toStrictEqual(value);
      expectAgreement(text);
      expect(positionMismatches('t.yaml', text), text).toEqual([]);
      expect(locateMismatches('t.yaml', text), text).toEqual([]);
    }
    // Lines no deeper than the block around, a key or value split from its `:`, scalars over lines, a document marker.
    const outside = ['a: [x,\ny]\n', 'a:\n  b: [x,\n  y]\n', '- [a,\nb]\n', 'a: {x\n  : 1}\n', 'a: {x:\n  1}\n', 'a: [x\n  y]\n', 'a: ["x\n  y"]\n', '[a,\n...\n]\n'];
    for (const text of outside) {
      expect(leanLoad(text), JSON.stringify(text)).toBeUndefined();
      expect(leanTree(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('agrees with js-yaml and the yaml package on generated flow collections over several lines', () => {
    const scalar = fc.constantFrom('a', '"b c"', "'d'", '1', 'true', '~', 'x: y', '"q"');
    const gap = fc.tuple(fc.constantFrom('', ' ', '  # c'), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 })).map(([trail, breaks, indent]) => (breaks === 0 ? ' ' : `${trail}${'\n'.repeat(breaks)}${' '.repeat(indent)}`));
    const collection = fc.tuple(fc.constantFrom('[', '{'), fc.array(fc.tuple(gap, scalar, gap), { minLength: 1, maxLength: 4 }), gap).map(([open, items, last]) => {
      const close = open === '[' ? ']' : '}';
      const entries = items.map(([before, item, after], index) => `${before}${open === '{' ? `k${index}: ${item.includes(':') ? 'v' : item}` : item}${after}`);
      return `${open}${entries.join(',')}${last}${close}`;
    });
    let accepted = 0;
    fc.assert(
      fc.property(collection, fc.constantFrom('top: ', 'top:\n  inner: ', '- ', '- - '), (flow, prefix) => {
        const text = `${prefix}${flow}\nafter: 1\n`.replace(/^- (- )?(.*)\nafter: 1\n$/s, '- $1$2\n- after\n');
        expectAgreement(text);
        const yamlErrors = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, strict: false }).errors.length;
        if (leanLoad(text) === undefined) return;
        accepted += 1;
        expect(yamlErrors, text).toBe(0);
        expect(positionMismatches('t.yaml', text), text).toEqual([]);
        expect(locateMismatches('t.yaml', text), text).toEqual([]);
      }),
      { numRuns: 2000, seed: 20261121 },
    );
    expect(accepted).toBeGreaterThan(150);
  });

  it('gives up rather than guess on what only the general parsers read', () => {
    const outside = ['a: &x 1\n', 'a: *x\n', 'a: !t 1\n', 'a: 1\na: 2\n', '<<: {a: 1}\n', 'a:\tb\n', 'a: b\r\n'];
    // Multi-line scalars that YAML rejects or that read past a comment, a key or the parent's indentation.
    const badlyContinued = ['a: b\n  c: d\n', 'a: b # c\n  d\n', 'a: b\n  # c\n  d\n', 'a: "x\ny"\n', 'b:\n  a: "x\n  y"\n', '- a: b\n  c\n', 'a: "x\n  y" z\n', "a: 'x\n"];
    for (const text of [...outside, ...badlyContinued]) {
      expect(leanLoad(text), text).toBeUndefined();
      expect(leanTree(text), text).toBeUndefined();
    }
  });

  it.skipIf(sharedSkipReason() !== undefined)('agrees with js-yaml and with the yaml positions on the whole corpus', () => {
    const root = path.join(sharedDir() ?? '', 'corpus');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ya?ml|json)$/.test(entry.name)) files.push(full);
      }
    };
    walk(root);
    let documents = 0;
    let accepted = 0;
    const valueMismatches: string[] = [];
    const positions: string[] = [];
    const located: string[] = [];
    for (const [index, file] of files.entries()) {
      const text = readFileSync(file, 'utf8');
      for (const chunk of splitDocuments(text)) {
        if (isBlankChunk(chunk.text)) continue;
        documents += 1;
        const lean = leanLoad(chunk.text);
        if (lean === undefined) continue;
        accepted += 1;
        if (!isDeepStrictEqual(lean.value, general(chunk.text) ?? undefined)) valueMismatches.push(`${file}@${chunk.offset}`);
      }
      // Positions of every path are dear to compare (a yaml tree per document): a tenth of the files, spread evenly.
      if (index % 10 === 0) positions.push(...positionMismatches(file, text).slice(0, 3));
      if (index % 5 === 2) located.push(...locateMismatches(file, text).slice(0, 3));
      // The same files as saved on Windows.
      if (index % 10 === 4) positions.push(...crlfMismatches(file, text.replace(/\r?\n/g, '\r\n')).slice(0, 3));
    }
    expect(valueMismatches).toEqual([]);
    expect(positions).toEqual([]);
    expect(located).toEqual([]);
    // Real manifests are what the lean reader is for: if this drops, the fast path silently got slow.
    expect(accepted / documents).toBeGreaterThan(0.9);
  }, 60_000);
});
