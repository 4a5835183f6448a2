import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EslintResult } from '../../src/report/eslint-results.js';
import { ROOT } from '../support/bundle.js';
import { project, runCli } from '../support/cli.js';

const SHOP = path.join(ROOT, 'test/fixtures/integration/shop');
const shop = () => project(Object.fromEntries(['namespace.yaml', 'db-statefulset.yaml', 'db-service.yaml', 'flags.yaml'].map((name) => [`k8s/${name}`, readFileSync(path.join(SHOP, name), 'utf8')])));
const findings = (stdout: string) => (JSON.parse(stdout) as EslintResult[]).flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.ruleId}`));

describe('--context (partial runs such as pre-commit)', () => {
  it('reports only the named files, with the whole project loaded for cross-resource rules', async () => {
    const cwd = shop();
    const run = await runCli(['--format', 'json', '--context', '.', 'k8s/namespace.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    expect(findings(run.stdout)).toEqual([]);
  });

  it('also reports findings in other files that point at a named file (the other side of a cross-file problem)', async () => {
    const cwd = shop();
    const run = await runCli(['--format', 'json', '--context', '.', 'k8s/db-statefulset.yaml'], { cwd });
    expect(findings(run.stdout)).toEqual(['k8s/db-service.yaml:statefulset-service-not-headless']);
    expect(findings(run.stdout)).not.toContain('k8s/flags.yaml:yaml-ambiguous-value');
  });

  it('lets stdin replace a file of the project (an editor buffer), and lints nothing without paths', async () => {
    const cwd = shop();
    const text = readFileSync(path.join(SHOP, 'db-statefulset.yaml'), 'utf8').replace('serviceName: db', 'serviceName: db-primary');
    const run = await runCli(['--format', 'json', '--context', '.', '--stdin-filename', './k8s/db-statefulset.yaml', '-'], { cwd, stdin: text });
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toContain('k8s/db-statefulset.yaml:statefulset-service-missing');
    // Without --context only stdin is linted: the Namespace is unknown, so the world is open and nothing is missing.
    const alone = await runCli(['--format', 'json', '--stdin-filename', 'k8s/db-statefulset.yaml', '-'], { cwd, stdin: text });
    expect(findings(alone.stdout)).not.toContain('k8s/db-statefulset.yaml:statefulset-service-missing');
    const nothing = await runCli(['--format', 'json', '--context', '.'], { cwd });
    expect(nothing.code).toBe(0);
    expect(JSON.parse(nothing.stdout)).toEqual([]);
  });

  // The load stage names files above the working directory `../x.yaml`; stdin's name must be written
  // the same way, or the file on disk stays in the graph beside the editor's text.
  it('lets stdin replace a file above the working directory', async () => {
    const cwd = path.join(shop(), 'other');
    mkdirSync(cwd);
    const text = readFileSync(path.join(SHOP, 'db-statefulset.yaml'), 'utf8').replace('serviceName: db', 'serviceName: db-primary');
    const run = await runCli(['--format', 'json', '--context', '../k8s', '--stdin-filename', '../k8s/db-statefulset.yaml', '-'], { cwd, stdin: text });
    expect(run.code).toBe(1);
    const files = (JSON.parse(run.stdout) as EslintResult[]).map((result) => result.filePath);
    expect(files).toEqual(['../k8s/db-statefulset.yaml']);
    expect(findings(run.stdout)).toContain('../k8s/db-statefulset.yaml:statefulset-service-missing');
  });
});
