import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/cli/version.js';
import type { EslintResult } from '../src/report/eslint-results.js';
import { project, runCli } from './support/cli.js';

const STATEFULSET = `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: kafka, namespace: data }
spec:
  serviceName: kafka-headless
  selector: { matchLabels: { app: kafka } }
  template:
    metadata: { labels: { app: kafka } }
    spec:
      containers: [{ name: kafka, image: "kafka:3" }]
`;
const CLIENT_SERVICE = `apiVersion: v1
kind: Service
metadata: { name: kafka, namespace: data }
spec:
  selector: { app: kafka }
  ports: [{ port: 9092 }]
`;
const HEADLESS = `apiVersion: v1
kind: Service
metadata: { name: kafka-headless, namespace: data }
spec:
  clusterIP: None
  selector: { app: kafka }
  ports: [{ port: 9092 }]
`;

function parseJson(stdout: string): EslintResult[] {
  return JSON.parse(stdout) as EslintResult[];
}

describe('lint', () => {
  it('links resources across files and reports in the file of the finding, with the path as given', async () => {
    const root = project({ 'k8s/sts.yaml': STATEFULSET, 'k8s/svc.yaml': CLIENT_SERVICE });
    const run = await runCli(['k8s', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(1);
    const results = parseJson(run.stdout);
    expect(results.map((result) => result.filePath)).toEqual(['k8s/sts.yaml', 'k8s/svc.yaml']);
    expect(results[0]?.messages).toEqual([
      expect.objectContaining({
        ruleId: 'statefulset-service-missing',
        severity: 2,
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 30,
        resource: { apiVersion: 'apps/v1', kind: 'StatefulSet', namespace: 'data', name: 'kafka' },
        related: [expect.objectContaining({ filePath: 'k8s/svc.yaml', line: 3 })],
      }),
    ]);
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 0 });
  });

  it('exits 0 on a clean set and lints the current directory by default', async () => {
    const root = project({ 'sts.yaml': STATEFULSET, 'svc.yaml': HEADLESS });
    const run = await runCli(['--format', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout).every((result) => result.messages.length === 0)).toBe(true);
  });

  it('reads stdin with --stdin-filename, with a code frame in the default format', async () => {
    const run = await runCli(['-', '--stdin-filename', 'piped.yaml'], { cwd: project({}), stdin: `${STATEFULSET}---\n${CLIENT_SERVICE}` });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('piped.yaml:5:16');
    expect(run.stdout).toContain('serviceName: kafka-headless');
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('counts lines in files with CR-only line endings as editors do', async () => {
    const root = project({ 'mac.yaml': `${STATEFULSET}---\n${CLIENT_SERVICE}`.replace(/\n/g, '\r') });
    const results = parseJson((await runCli(['.', '--format', 'json'], { cwd: root })).stdout);
    expect(results[0]?.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['statefulset-service-missing', 5, 16]]);
  });

  it('keeps linting the other documents after a syntax error', async () => {
    const root = project({ 'a.yaml': `${STATEFULSET}---\nbroken: [\n---\n${CLIENT_SERVICE}` });
    const results = parseJson((await runCli(['.', '--format', 'json'], { cwd: root })).stdout);
    expect(results[0]?.messages.map((message) => message.ruleId).sort()).toEqual(['statefulset-service-missing', 'yaml-syntax']);
  });

  it('skips kustomizations, Helm charts and templates, and non-manifest YAML with a note', async () => {
    const root = project({
      'kustomization.yaml': 'resources: [a.yaml]\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\n',
      'chart/values.yaml': 'replicas: 2\n',
      'chart/templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n',
      'ci.yml': 'jobs:\n  test: { runs-on: ubuntu }\n',
      'ok.yaml': HEADLESS,
    });
    const run = await runCli(['.', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    const skipped = parseJson(run.stdout).filter((result) => result.skipped !== undefined).map((result) => result.filePath).sort();
    expect(skipped).toEqual(['chart/Chart.yaml', 'chart/templates/svc.yaml', 'chart/values.yaml', 'ci.yml', 'kustomization.yaml']);
    expect(run.stderr).toContain('skipped chart/templates/svc.yaml: Helm template');
  });

  it('honours --quiet, --max-warnings and --rule', async () => {
    const root = project({ 'x.yaml': `${STATEFULSET}---\n${HEADLESS.replace('clusterIP: None', 'clusterIP: 10.0.0.9')}` });
    const warnOnly = await runCli(['.', '--format', 'json'], { cwd: root });
    expect(warnOnly.code).toBe(0);
    expect(parseJson(warnOnly.stdout)[0]?.warningCount).toBe(1);
    expect((await runCli(['.', '--format', 'json', '--max-warnings', '0'], { cwd: root })).code).toBe(1);
    expect(parseJson((await runCli(['.', '--format', 'json', '--quiet'], { cwd: root })).stdout)[0]?.messages).toEqual([]);
    expect((await runCli(['.', '--rule', 'statefulset-service-not-headless:error'], { cwd: root })).code).toBe(1);
    expect((await runCli(['.', '--rule', 'no-such-rule:error'], { cwd: root })).code).toBe(2);
  });

  it('exits 2 for usage errors and missing inputs', async () => {
    const root = project({});
    expect((await runCli(['--format', 'nope'], { cwd: root })).code).toBe(2);
    expect((await runCli(['--bogus-flag'], { cwd: root })).code).toBe(2);
    const missing = await runCli(['does-not-exist.yaml'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does-not-exist.yaml: no such file or directory');
  });

  it('writes the report to --output-file', async () => {
    const root = project({ 'a.yaml': HEADLESS });
    expect((await runCli(['a.yaml', '--format', 'json', '-o', 'out.json'], { cwd: root })).stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(root, 'out.json'), 'utf8'))).toHaveLength(1);
  });
});

describe('config', () => {
  it('is found upward, applies overrides by glob, ignore globs and .shipshapeignore', async () => {
    const root = project({
      '.shipshape.yaml': 'rules:\n  statefulset-service-missing: warn\noverrides:\n  - files: ["legacy/**"]\n    rules: { statefulset-service-missing: off }\nignore: ["vendor/**"]\n',
      '.shipshapeignore': '# generated\ngenerated/\n',
      'apps/sts.yaml': STATEFULSET,
      'apps/svc.yaml': CLIENT_SERVICE,
      'legacy/sts.yaml': STATEFULSET.replace('name: kafka,', 'name: old,'),
      'vendor/x.yaml': 'not: [valid\n',
      'generated/y.yaml': 'not: [valid\n',
    });
    const run = await runCli(['.', '--format', 'json'], { cwd: path.join(root, 'apps') });
    expect(run.code).toBe(0);
    const all = await runCli(['..', '--format', 'json'], { cwd: path.join(root, 'apps') });
    const results = parseJson(all.stdout);
    expect(results.map((result) => result.filePath)).toEqual(['../legacy/sts.yaml', 'sts.yaml', 'svc.yaml']);
    expect(results[1]?.messages.map((message) => [message.ruleId, message.severity])).toEqual([['statefulset-service-missing', 1]]);
    expect(results[0]?.messages).toEqual([]);
  });

  it('rejects a misspelt rule with the file, line and a suggestion (exit 2)', async () => {
    const root = project({ '.shipshape.yaml': 'extends: recommended\nrules:\n  statefulset-service-mising: error\n', 'a.yaml': HEADLESS });
    const run = await runCli(['.'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.shipshape\.yaml:3:3: unknown rule "statefulset-service-mising" \(did you mean "statefulset-service-missing"\?\)/);
  });

  it('rejects bad YAML, unknown settings and wrong values with their line', async () => {
    const bad = await runCli(['.'], { cwd: project({ '.shipshape.yaml': 'rules: [\n' }) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.shipshape\.yaml:\d+:\d+: invalid YAML/);
    const unknown = await runCli(['.'], { cwd: project({ '.shipshape.yaml': 'clusterDomian: corp.local\n' }) });
    expect(unknown.stderr).toMatch(/:1:1: unknown setting "clusterDomian" in the config \(did you mean "clusterDomain"\?\)/);
    const level = await runCli(['.'], { cwd: project({ '.shipshape.yaml': 'rules:\n  yaml-syntax: loud\n' }) });
    expect(level.stderr).toMatch(/:2:16: rules\.yaml-syntax must be off, warn or error/);
  });

  it('takes --config and the all preset', async () => {
    const root = project({ 'conf/strict.yaml': 'extends: all\nassume: complete\n', 'a.yaml': STATEFULSET });
    const run = await runCli(['a.yaml', '--config', 'conf/strict.yaml', '--format', 'json'], { cwd: root });
    expect(parseJson(run.stdout)[0]?.messages.map((message) => message.ruleId)).toContain('statefulset-service-missing');
  });
});

describe('suppressions', () => {
  it('honours the ignore annotation and both comment directives', async () => {
    const annotated = STATEFULSET.replace('metadata: { name: kafka, namespace: data }', 'metadata:\n  name: kafka\n  namespace: data\n  annotations: { shipshape.dev/ignore: "statefulset-service-missing" }');
    const nextLine = STATEFULSET.replace('  serviceName:', '  # shipshape-disable-next-line statefulset-service-missing\n  serviceName:');
    const wholeDocument = `# shipshape-disable statefulset-service-missing\n${STATEFULSET}`;
    for (const text of [annotated, nextLine, wholeDocument]) {
      const run = await runCli(['.', '--format', 'json'], { cwd: project({ 'a.yaml': text, 'b.yaml': CLIENT_SERVICE }) });
      expect(parseJson(run.stdout).flatMap((result) => result.messages)).toEqual([]);
    }
    const otherRule = STATEFULSET.replace('  serviceName:', '  # shipshape-disable-next-line some-other-rule\n  serviceName:');
    const run = await runCli(['.', '--format', 'json'], { cwd: project({ 'a.yaml': otherRule, 'b.yaml': CLIENT_SERVICE }) });
    expect(parseJson(run.stdout).flatMap((result) => result.messages)).toHaveLength(1);
  });
});

describe('commands', () => {
  it('prints the version of package.json, help, the rules table and a rule explanation', async () => {
    const cwd = project({});
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect((await runCli(['--version'], { cwd })).stdout).toBe(`${pkg.version}\n`);
    expect((await runCli(['--help'], { cwd })).stdout).toContain('Usage: shipshape');
    const table = (await runCli(['rules'], { cwd })).stdout;
    expect(table).toMatch(/\| \[statefulset-service-missing\]\(statefulset-service-missing\/README\.md\) \| workloads \| error \|/);
    const explain = await runCli(['explain', 'statefulset-service-missing'], { cwd });
    expect(explain.stdout).toContain('## Diagnosis');
    expect(explain.stdout).toContain('## Why');
    expect(explain.stdout).toContain('## Example: reported');
    expect((await runCli(['explain', 'nope'], { cwd })).code).toBe(2);
  });
});

describe('SHIPSHAPE_TIMING', () => {
  it('prints time by stage and the slowest rules on stderr, leaving the report as it is', async () => {
    const cwd = project({ 'kafka.yaml': `${STATEFULSET}---\n${CLIENT_SERVICE}` });
    const plain = await runCli(['kafka.yaml', '--format', 'json'], { cwd });
    const timed = await runCli(['kafka.yaml', '--format', 'json'], { cwd, env: { SHIPSHAPE_TIMING: '1' } });
    expect(timed.stdout).toBe(plain.stdout);
    expect(timed.code).toBe(plain.code);
    expect(plain.stderr).not.toMatch(/ ms$/m);
    const lines = timed.stderr.trimEnd().split('\n');
    for (const stage of ['start-up', 'read files', 'parse', 'graph', 'rules (all)', 'positions and suppressions', 'format and write']) {
      expect(lines.some((line) => new RegExp(`^${stage.replace(/[()]/g, '\\$&')}\\s+\\d+\\.\\d ms$`).test(line))).toBe(true);
    }
    // The slowest rules, indented under the total: ten of them.
    expect(lines.filter((line) => /^ {2}[a-z0-9-]+\s+\d+\.\d ms$/.test(line))).toHaveLength(10);
  });
});
