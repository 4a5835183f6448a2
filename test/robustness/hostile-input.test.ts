import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './support/cli.js';
import { Scratch, SERVICE_WITHOUT_PODS, parseJson, rulesByFile, type JsonMessage } from './support/tree.js';

/**
 * Hostile and broken manifests, linted in process. Each case checks the finding (rule, file, line),
 * that a healthy file beside it is still linted, and the exit code. The huge inputs (10 MB lines,
 * 50 MB files, deep nesting, alias bombs) run through the real CLI in big-input.test.ts.
 */
describe('hostile manifests', () => {
  const scratch = new Scratch();
  afterAll(() => scratch.remove());
  let counter = 0;

  /** Lints one hostile file beside svc.yaml (which has one known finding) in a fresh folder. */
  async function lintBeside(name: string, content: string | Uint8Array, extra: string[] = []) {
    const dir = scratch.mkdir(`case-${++counter}`);
    scratch.write(`case-${counter}/svc.yaml`, SERVICE_WITHOUT_PODS);
    scratch.write(`case-${counter}/${name}`, content);
    const run = await runInProcess(['--format', 'json', ...extra, '.'], { cwd: dir });
    const results = parseJson(run.stdout);
    expect(rulesByFile(results)['svc.yaml'], 'the healthy file beside it is still linted').toEqual(['service-no-matching-pods']);
    expect(run.stderr).not.toMatch(/internal error/);
    const messages = results.find((result) => result.filePath === name)?.messages ?? [];
    return { run, messages };
  }

  const brief = (messages: readonly JsonMessage[]) => messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`);

  describe('bytes that are not UTF-8 text', () => {
    it('reports binary data named .yaml as unreadable, naming the NUL byte', async () => {
      const bytes = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
      const { run, messages } = await lintBeside('blob.yaml', bytes);
      expect(brief(messages)).toEqual(['file-unreadable@1:1']);
      expect(messages[0]?.message).toMatch(/binary data \(a NUL byte at offset 0\)/);
      expect(run.code).toBe(1);
    });

    it('reports invalid UTF-8 with the offset of the first bad byte', async () => {
      const latin1 = Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
      const { run, messages } = await lintBeside('latin1.yaml', latin1);
      expect(brief(messages)).toEqual(['file-unreadable@1:1']);
      expect(messages[0]?.message).toMatch(/not valid UTF-8 \(at byte 52\)/);
      expect(run.code).toBe(1);
    });

    it('reads UTF-8 and UTF-16 (both byte orders) with a byte-order mark, positions as in the text', async () => {
      const text = SERVICE_WITHOUT_PODS;
      const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const utf16be = Buffer.from(utf16le);
      utf16be.swap16();
      const encodings: [string, Uint8Array][] = [
        ['utf8-bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
        ['utf16le.yaml', utf16le],
        ['utf16be.yaml', utf16be],
      ];
      for (const [name, bytes] of encodings) {
        const { messages } = await lintBeside(name, bytes);
        // The same finding as svc.yaml: selector at line 7, column 3.
        expect(brief(messages), name).toEqual(['service-no-matching-pods@7:3']);
      }
    });

    it('reports a lone UTF-16 byte-order mark with odd bytes without crashing', async () => {
      const { messages } = await lintBeside('odd16.yaml', new Uint8Array([0xff, 0xfe, 0x61]));
      expect(messages.every((message) => message.line === 1)).toBe(true);
    });
  });

  describe('line endings and indentation', () => {
    const broken = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: dup',
      '  namespace: shop',
      '  name: dup2',
      'spec:',
      '  selector:',
      '    app: wbe',
      '  ports:',
      '    - port: 80',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: flags',
      '  namespace: shop',
      'data:',
      '  script: |',
      '    line one',
      '    line two',
      '  enabled: "yes"',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: broken, namespace: shop',
      '',
    ];

    it('gives CRLF files exactly the positions of their LF twins', async () => {
      const lf = await lintBeside('lf.yaml', broken.join('\n'));
      const crlf = await lintBeside('crlf.yaml', broken.join('\r\n'));
      expect(lf.messages.length).toBeGreaterThanOrEqual(2);
      const where = (messages: readonly JsonMessage[]) => messages.map((message) => [message.ruleId, message.line, message.column, message.endLine, message.endColumn]);
      expect(where(crlf.messages)).toEqual(where(lf.messages));
      expect(brief(crlf.messages)).toContain('yaml-duplicate-key@6:3');
      expect(crlf.messages.some((message) => message.ruleId === 'yaml-syntax' && message.line >= 26)).toBe(true);
      expect(crlf.run.code).toBe(1);
    });

    it('reports a tab in indentation at its line; the file\'s other documents are still linted', async () => {
      const text = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '\tname: tabbed', '---', SERVICE_WITHOUT_PODS.split('---')[0]?.trim(), ''].join('\n');
      const { run, messages } = await lintBeside('tabs.yaml', text);
      expect(brief(messages)).toEqual(['yaml-syntax@4:1', 'service-no-matching-pods@12:3']);
      expect(messages[0]?.message).toMatch(/[Tt]ab/);
      expect(run.code).toBe(1);
    });
  });

  describe('documents that are not Kubernetes objects', () => {
    it('reports scalar, list and empty-mapping documents at their first line', async () => {
      const text = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: real}', '---', 'just a sentence', '---', '- a', '- b', '---', '42', '---', '{}', ''].join('\n');
      const { run, messages } = await lintBeside('odd-documents.yaml', text);
      expect(brief(messages)).toEqual(['resource-malformed@5:1', 'resource-malformed@7:3', 'resource-malformed@10:1', 'resource-malformed@12:1']);
      expect(messages[0]?.message).toMatch(/a string/);
      expect(messages[1]?.message).toMatch(/a list/);
      expect(run.code).toBe(1);
    });

    it('names the missing or mistyped identity field and points at it', async () => {
      const documents = [
        'kind: ConfigMap\nmetadata: {name: no-api-version}\n',
        'apiVersion: v1\nmetadata: {name: no-kind}\n',
        'apiVersion: v1\nkind: ConfigMap\n',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: x}\n',
        'apiVersion: 1\nkind: ConfigMap\nmetadata: {name: numeric-api-version}\n',
        'apiVersion: v1\nkind: [ConfigMap]\nmetadata: {name: list-kind}\n',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: {nested: true}}\n',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: [name]\n',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok, namespace: [a]}\n',
        'apiVersion: null\nkind: ~\nmetadata: {name: ""}\n',
      ];
      const { run, messages } = await lintBeside('identity.yaml', documents.join('---\n'));
      expect(messages.map((message) => message.ruleId)).toEqual(Array(documents.length).fill('resource-malformed'));
      const texts = messages.map((message) => message.message);
      expect(texts[0]).toMatch(/apiVersion is missing/);
      expect(texts[1]).toMatch(/kind is missing/);
      expect(texts[2]).toMatch(/metadata is missing/);
      expect(texts[3]).toMatch(/metadata.name is missing/);
      expect(texts[4]).toMatch(/apiVersion must be a string, not a number/);
      expect(texts[5]).toMatch(/kind must be a string, not a list/);
      expect(texts[6]).toMatch(/metadata.name must be a string, not an object/);
      expect(texts[7]).toMatch(/metadata must be a mapping, not a list/);
      expect(texts[8]).toMatch(/metadata.namespace must be a string/);
      // Each finding is inside its own document.
      const starts = documents.reduce<number[]>((lines, document, index) => [...lines, (lines[index - 1] ?? 0) + (index === 0 ? 1 : documents[index - 1]!.split('\n').length)], []);
      messages.forEach((message, index) => {
        expect(message.line).toBeGreaterThanOrEqual(starts[index]!);
        expect(message.line).toBeLessThan(starts[index]! + documents[index]!.split('\n').length);
      });
      expect(run.code).toBe(1);
    });
  });

  describe('keys that are JavaScript object internals', () => {
    const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

    it('keeps __proto__ and constructor keys as data and never touches Object.prototype', async () => {
      const before = prototypeNames();
      const internals = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
      const documents = internals.map(
        (key) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: "${key.replace(/_/g, 'u')}"
  namespace: shop
  labels: {"${key}": polluted}
  annotations: {"${key}": {polluted: true}}
data:
  "${key}": {polluted: true}
${key}:
  polluted: true
  toString: 1
`,
      );
      const aliased = 'apiVersion: v1\nkind: ConfigMap\nmetadata: &m {name: aliased, namespace: shop}\ndata: {__proto__: *m, <<: {__proto__: {polluted: true}}}\n';
      const { run, messages } = await lintBeside('internals.yaml', [...documents, aliased].join('---\n'));
      expect(prototypeNames()).toBe(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype.toString.call([])).toBe('[object Array]');
      expect(run.stderr).toBe('');
      expect(messages.filter((message) => message.ruleId !== 'yaml-ambiguous-value' && message.ruleId !== 'schema')).toEqual([]);
      // The keys are data: the schema rule sees `__proto__` at the top of a ConfigMap as a field it does not know.
      expect(messages.some((message) => message.ruleId === 'schema' && message.message.includes('__proto__'))).toBe(true);
      expect(run.code).toBe(1);
    });

    it('matches labels and names that are object internals like any other', async () => {
      const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
      const documents = names.flatMap((name) => [
        `apiVersion: v1\nkind: Service\nmetadata: {name: "${name}", namespace: internals}\nspec:\n  clusterIP: None\n  selector: {"${name}": "${name}"}\n`,
        `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: "${name}", namespace: internals}\nspec:\n  serviceName: "${name}"\n  selector:\n    matchLabels: {"${name}": "${name}"}\n  template:\n    metadata:\n      labels: {"${name}": "${name}"}\n    spec:\n      containers: [{name: c, image: "busybox:1.36"}]\n`,
      ]);
      const { messages } = await lintBeside('internal-names.yaml', documents.join('---\n'));
      expect(messages).toEqual([]);
    });
  });

  describe('aliases and repetition', () => {
    it('stops a small alias bomb with a yaml-syntax finding, and lints the file\'s next document', async () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let level = 1; level < 9; level++) {
        const previous = String.fromCharCode(96 + level);
        levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${previous}`).join(',')}]`);
      }
      const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol, namespace: shop}\ndata:\n${levels.map((line) => `  ${line}`).join('\n')}\n`;
      const started = Date.now();
      const { run, messages } = await lintBeside('bomb.yaml', `${bomb}---\n${SERVICE_WITHOUT_PODS.split('---')[0]?.trim()}\n`);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(brief(messages.slice(1))).toEqual(['service-no-matching-pods@21:3']);
      // At an alias of the bomb (lines 6 to 13), not at the top of the document.
      expect(messages[0]).toMatchObject({ ruleId: 'yaml-syntax', message: expect.stringMatching(/alias bomb/) });
      expect(messages[0]?.line).toBeGreaterThanOrEqual(6);
      expect(messages[0]?.line).toBeLessThanOrEqual(13);
      expect(run.code).toBe(1);
    }, 30_000);

    it('stops a merge-key bomb the same way', async () => {
      const lines = ['x0: &x0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}'];
      for (let level = 1; level < 12; level++) lines.push(`x${level}: &x${level} {p: *x${level - 1}, q: *x${level - 1}, r: *x${level - 1}, s: *x${level - 1}, <<: *x${level - 1}}`);
      const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: merge, namespace: shop}\ndata:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
      const { messages } = await lintBeside('merge-bomb.yaml', text);
      expect(messages.map((message) => message.ruleId)).toEqual(['yaml-syntax']);
      expect(messages[0]?.line).toBeGreaterThanOrEqual(4);
    }, 30_000);

    it('reports an alias to an undefined anchor and a self-referencing anchor', async () => {
      const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: shop}\ndata: {k: *nowhere}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b, namespace: shop}\ndata: &self {k: *self}\n';
      const { messages } = await lintBeside('aliases.yaml', text);
      expect(messages.map((message) => message.ruleId)).toEqual(['yaml-syntax', 'yaml-syntax']);
      expect(messages[0]?.line).toBe(4);
      expect(messages[1]?.line).toBe(9);
    });

    it('lints 20,000 empty documents and one real one without slowing to a crawl', async () => {
      const text = `${'---\n'.repeat(20_000)}${SERVICE_WITHOUT_PODS.split('---')[0]?.trim()}\n`;
      const { messages } = await lintBeside('many-documents.yaml', text);
      expect(brief(messages)).toEqual(['service-no-matching-pods@20007:3']);
    }, 30_000);
  });

  it('keeps findings of two identical broken files apart', async () => {
    const dir = scratch.mkdir('twins');
    const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n';
    scratch.write('twins/a/cm.yaml', broken);
    scratch.write('twins/b/cm.yaml', broken);
    const run = await runInProcess(['--format', 'json', '.'], { cwd: dir });
    expect(rulesByFile(parseJson(run.stdout))).toEqual({ 'a/cm.yaml': ['yaml-syntax'], 'b/cm.yaml': ['yaml-syntax'] });
  });
});
