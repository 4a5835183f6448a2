import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNames } from '../../src/report/formatters.js';
import { stripControl } from '../../src/report/sanitize.js';
import { runInProcess, type CliRun } from './support/cli.js';
import { Scratch, parseJson, type JsonResult } from './support/tree.js';

/**
 * Resource names, labels and file names come from untrusted pull requests. Whatever they hold, no
 * output format may let them start a GitHub workflow command, move the cursor or recolour a
 * terminal, or break the XML or JSON a CI system parses.
 */

// Everything a name can smuggle: a workflow command after a newline (and after CR, and %0A for a
// careless unescape), terminal escapes (CSI, OSC title, 8-bit CSI), a bell, XML and Markdown markup.
const HOSTILE = 'web\n::error file=forged.yaml,line=1::forged by name\r\n::warning::again%0A::notice::x\u001b[2J\u001b]0;owned\u0007\u009b31m<b>&amp;</b>]]>"\' \u2028::error::sep';
const HOSTILE_FILE = 'evil\n::error file=forged.yaml::forged by path\u001b[31m.yaml';

/** YAML double-quoted form of a string: JSON escapes are valid YAML escapes. */
const quoted = (text: string) => JSON.stringify(text);

const MANIFEST = `apiVersion: v1
kind: Service
metadata:
  name: ${quoted(HOSTILE)}
  namespace: shop
spec:
  selector:
    app: ${quoted(HOSTILE)}
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

/** A line the GitHub runner would read as a workflow command (it trims leading whitespace). */
const isWorkflowCommand = (line: string) => line.trimStart().startsWith('::');

/** The runner's unescaping; a property is split at its first `=` only, as the runner does. */
function decodeProperty(value: string): string {
  return value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function decodeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(text).close();
  return errors;
}

describe('output cannot be forged or broken by manifest text', () => {
  const scratch = new Scratch();
  const runs = new Map<string, CliRun>();
  let findings: JsonResult[] = [];
  const isPosix = process.platform !== 'win32';

  beforeAll(async () => {
    scratch.write('svc.yaml', MANIFEST);
    if (isPosix) scratch.write(HOSTILE_FILE, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: shop}\ndata: {enabled: yes}\n');
    for (const format of formatNames()) runs.set(format, await runInProcess(['--format', format, '--no-color', '.'], { cwd: scratch.dir, env: { GITHUB_ACTIONS: 'true' } }));
    runs.set('friendly+color', await runInProcess(['--format', 'friendly', '--color', '.'], { cwd: scratch.dir }));
    runs.set('stylish+color', await runInProcess(['--format', 'stylish', '--color', '.'], { cwd: scratch.dir }));
    findings = parseJson(runs.get('json')?.stdout ?? '[]');
  });
  afterAll(() => scratch.remove());

  it('has findings that carry the hostile text, so the checks below test something', () => {
    const messages = findings.flatMap((result) => result.messages.map((message) => message.message));
    expect(messages.some((message) => message.includes(HOSTILE))).toBe(true);
    if (isPosix) expect(findings.some((result) => result.filePath === HOSTILE_FILE && result.messages.length > 0)).toBe(true);
  });

  it('lets no format other than github print a line the runner reads as a command, on stdout or stderr', () => {
    for (const [format, run] of runs) {
      expect([0, 1], format).toContain(run.code);
      const lines = `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n/);
      const commands = lines.filter(isWorkflowCommand);
      if (format === 'github') continue;
      expect(commands, format).toEqual([]);
    }
  });

  it('prints exactly one github annotation per finding, whose message and file decode to the originals', () => {
    const run = runs.get('github') as CliRun;
    const commands = run.stdout.split(/\r\n|\r|\n/).filter(isWorkflowCommand);
    const expected = findings.flatMap((result) => result.messages.map((message) => ({ file: result.filePath, message: message.message })));
    expect(commands).toHaveLength(expected.length);
    const decoded = commands.map((command) => {
      const match = /^::(error|warning|notice) ([^:]*)::([\s\S]*)$/.exec(command);
      expect(match, command).not.toBeNull();
      const properties = Object.fromEntries((match?.[2] ?? '').split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), decodeProperty(pair.slice(pair.indexOf('=') + 1))]));
      return { file: properties['file'] ?? '', message: decodeData(match?.[3] ?? '') };
    });
    // What the runner shows after unescaping is the finding itself (escape sequences made visible).
    expect(decoded).toEqual(expected.map((entry) => ({ file: stripControl(entry.file), message: stripControl(entry.message) })));
  });

  it('keeps terminal output free of escape sequences from the input', () => {
    for (const format of ['friendly', 'stylish']) {
      const plain = runs.get(format) as CliRun;
      // eslint-disable-next-line no-control-regex
      expect(`${plain.stdout}${plain.stderr}`, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      const coloured = runs.get(`${format}+color`) as CliRun;
      // With colour on, the only escapes are the formatter's own SGR colour codes.
      // eslint-disable-next-line no-control-regex
      const withoutSgr = `${coloured.stdout}${coloured.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
      // eslint-disable-next-line no-control-regex
      expect(withoutSgr, `${format} with colour`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(plain.stdout, format).toContain('forged by name');
    }
  });

  it('writes well-formed XML for junit and checkstyle, with the text escaped, not lost', () => {
    for (const format of ['junit', 'checkstyle']) {
      const run = runs.get(format) as CliRun;
      expect(xmlErrors(run.stdout), format).toEqual([]);
      expect(run.stdout, format).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt;]]&gt;');
    }
  });

  it('writes SARIF and JSON that parse and keep the messages', () => {
    const sarif = JSON.parse((runs.get('sarif') as CliRun).stdout) as { version: string; runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    const texts = sarif.runs.flatMap((run) => run.results.map((result) => result.message.text));
    expect(texts.some((text) => text.includes('forged by name'))).toBe(true);
    // JSON escapes every control character, so the raw text has none (a raw newline would be pretty-printing).
    // eslint-disable-next-line no-control-regex
    expect((runs.get('sarif') as CliRun).stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
