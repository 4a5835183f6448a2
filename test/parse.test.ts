import jsyaml from 'js-yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayHoldAlias, parseFile } from '../src/parse/parse-file.js';
import { resolvePlainScalar, yamlVersionDisagreement } from '../src/parse/scalars.js';
import { formatPath, parsePath, type YamlPath } from '../src/parse/source.js';
import { splitDocuments } from '../src/parse/split.js';

function range(text: string, path: YamlPath, document = 0, file = 'f.yaml') {
  const parsed = parseFile(file, text);
  const doc = parsed.documents[document];
  if (!doc) throw new Error('no document');
  const { start, end } = doc.locator.rangeOf([...doc.basePath, ...path]);
  return [start.line, start.column, end.line, end.column];
}

describe('positions (one-based, end exclusive)', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      name: "http"\n';

  it('a scalar gives the scalar', () => {
    expect(range(text, ['metadata', 'name'])).toEqual([4, 9, 4, 12]);
    expect(range(text, ['spec', 'ports', 0, 'port'])).toEqual([7, 13, 7, 15]);
    expect(range(text, ['spec', 'ports', 0, 'name'])).toEqual([8, 13, 8, 19]);
  });

  it('a collection gives its key', () => {
    expect(range(text, ['spec', 'ports'])).toEqual([6, 3, 6, 8]);
  });

  it('a missing path gives the key of the deepest existing ancestor', () => {
    expect(range(text, ['spec', 'selector', 'app'])).toEqual([5, 1, 5, 5]);
    expect(range(text, ['spec', 'ports', 3, 'port'])).toEqual([6, 3, 6, 8]);
  });

  it('a sequence item that is a mapping gives its first key', () => {
    expect(range(text, ['spec', 'ports', 0])).toEqual([7, 7, 7, 11]);
  });

  it('counts lines across documents and stays exact with CRLF line endings', () => {
    const crlf = 'a: 1\r\n---\r\napiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: x\r\n';
    expect(range(crlf, ['metadata', 'name'], 1)).toEqual([6, 9, 6, 10]);
  });

  it('counts columns in UTF-16 code units', () => {
    expect(range('a: "é😀"\nb: x\n', ['b'])).toEqual([2, 4, 2, 5]);
    expect(range('a: "é😀"\n', ['a'])).toEqual([1, 4, 1, 9]);
  });

  it('gives List items their own ranges', () => {
    const list = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: one }\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: two }\n';
    const parsed = parseFile('l.yaml', list);
    expect(parsed.documents.map((doc) => (doc.value as { metadata: { name: string } }).metadata.name)).toEqual(['one', 'two']);
    expect(range(list, ['metadata', 'name'], 1)).toEqual([9, 23, 9, 26]);
  });

  it('locates positions in JSON files', () => {
    const json = '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "metadata": {"name": "cfg"}\n}\n';
    expect(range(json, ['metadata', 'name'], 0, 'x.json')).toEqual([4, 24, 4, 29]);
  });
});

describe('documents and problems', () => {
  it('skips empty documents and comment-only sections', () => {
    const parsed = parseFile('f.yaml', '# header\n---\n---\n# only a comment\n---\na: 1\n---\n');
    expect(parsed.documents.map((doc) => doc.value)).toEqual([{ a: 1 }]);
  });

  it('reports a syntax error with its position and keeps the other documents', () => {
    const parsed = parseFile('f.yaml', 'a: 1\n---\nb: [1, 2\n---\nc: 3\n');
    expect(parsed.documents.map((doc) => doc.value)).toEqual([{ a: 1 }, { c: 3 }]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.ruleId).toBe('yaml-syntax');
    expect(parsed.problems[0]?.range.start.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a duplicate key at the second key and keeps the last value, as Go does', () => {
    const parsed = parseFile('f.yaml', 'metadata:\n  name: a\n  name: b\n');
    expect(parsed.documents[0]?.value).toEqual({ metadata: { name: 'b' } });
    expect(parsed.problems).toMatchObject([{ ruleId: 'yaml-duplicate-key', range: { start: { line: 3, column: 3 } } }]);
    expect(parsed.problems[0]?.message).toContain('"name"');
  });

  it('stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const parsed = parseFile('bomb.yaml', levels.join('\n') + '\n');
    expect(parsed.documents).toHaveLength(0);
    expect(parsed.problems[0]?.message).toMatch(/alias/);
  });

  it('never lets __proto__ reach Object.prototype', () => {
    const parsed = parseFile('p.yaml', '__proto__:\n  polluted: true\nmetadata:\n  __proto__: { x: 1 }\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(parsed.documents[0]?.value as object)).toContain('__proto__');
  });

  it('cuts documents only at --- markers at column 1', () => {
    const chunks = splitDocuments('a: |\n  ---\n  text\n---\nb: 1\n--- # comment\nc: 2\n---x: 3\n');
    expect(chunks.map((chunk) => chunk.offset)).toEqual([0, 18, 27]);
  });
});

describe('scalars as Kubernetes reads them (YAML 1.1)', () => {
  it.each([
    ['yes', true], ['No', false], ['on', true], ['OFF', false], ['y', true], ['true', true], ['~', null], ['null', null],
    ['0644', 420], ['0x1F', 31], ['0b101', 5], ['1_000', 1000], ['-12', -12], ['3.5', 3.5], ['1e3', 1000], ['.inf', Infinity],
    ['09', 9], ['2001-12-14', '2001-12-14'], ['1:20', '1:20'], ['hello', 'hello'], ['-', '-'],
  ])('%s', (text, value) => {
    expect(resolvePlainScalar(text)).toEqual(value);
  });

  it('reads names of Object.prototype members as plain strings', () => {
    for (const text of ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__']) expect(resolvePlainScalar(text)).toBe(text);
    expect(parseFile('p.yaml', 'a: toString\nb: constructor\n').documents[0]?.value).toEqual({ a: 'toString', b: 'constructor' });
  });

  it('reads the same values on the fast path and the tolerant path', () => {
    const values = ['yes', 'on', '0644', '0x1F', '1_000', '1e3', '09', '2001-12-14', '1:20', '~', '.nan', 'y', 'hello'];
    const body = values.map((value, i) => `k${i}: ${value}`).join('\n');
    const fast = parseFile('f.yaml', `${body}\n`).documents[0]?.value;
    const tolerant = parseFile('t.yaml', `${body}\nk0: yes\n`).documents[0]?.value; // the duplicate forces the tolerant path
    expect(tolerant).toEqual(fast);
  });

  it('tells which plain scalars YAML 1.1 and 1.2 read differently', () => {
    expect(yamlVersionDisagreement('yes')).toEqual({ yaml11: true, yaml12: 'yes' });
    expect(yamlVersionDisagreement('0644')).toEqual({ yaml11: 420, yaml12: 644 });
    expect(yamlVersionDisagreement('true')).toBeUndefined();
    expect(yamlVersionDisagreement('80')).toBeUndefined();
  });
});

describe('paths', () => {
  it('round-trips the notation of fixtures and messages', () => {
    const path = ['spec', 'template', 'containers', 0, 'env', 2, 'value'];
    expect(formatPath(path)).toBe('spec.template.containers[0].env[2].value');
    expect(parsePath(formatPath(path))).toEqual(path);
    expect(parsePath('metadata.labels["app.kubernetes.io/name"]')).toEqual(['metadata', 'labels', 'app.kubernetes.io/name']);
  });
});

describe('which documents take the guarded path for aliases', () => {
  it('is only those with both an alias-like and an anchor-like token: prose about *.example.com is no alias', () => {
    expect(mayHoldAlias('description: matches files such as *.yaml.sealed or *.json\n')).toBe(false);
    expect(mayHoldAlias('base: &base {a: 1}\nother: *base\n')).toBe(true);
    expect(mayHoldAlias('list: [&x 1, *x]\n')).toBe(true);
  });

  it('still reports an alias without its anchor, and still expands a real one', () => {
    const missing = parseFile('m.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  k: *nowhere\n');
    expect(missing.problems.map((problem) => problem.ruleId)).toContain('yaml-syntax');
    const anchored = parseFile('a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  a: &v shared\n  b: *v\n  note: see *.example.com\n');
    expect(anchored.problems).toEqual([]);
    expect((anchored.documents[0]?.value as { data: Record<string, string> }).data).toEqual({ a: 'shared', b: 'shared', note: 'see *.example.com' });
  });
});

describe('a document too large for the tolerant parser', () => {
  afterEach(() => vi.restoreAllMocks());

  // Reading 2 MB and more with js-yaml is the cost of such a document; it used to be read a second time for its error.
  it('is read by js-yaml once, and its error reported at its place', () => {
    const load = vi.spyOn(jsyaml, 'load');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flow, namespace: shop}\ndata: {k: [${'1,'.repeat(1024 * 1024 + 10)}\n`;
    const parsed = parseFile('big.yaml', text);
    expect(load).toHaveBeenCalledTimes(1);
    expect(parsed.documents).toHaveLength(0);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ ruleId: 'yaml-syntax', range: { start: { line: 5 } } });
    expect(parsed.problems[0]?.message).toMatch(/the document \(2\.0 MB\) is too large to list every problem, so it is not linted\.$/);
  });
});
