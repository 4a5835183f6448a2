import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { ROOT, buildBundle } from '../support/bundle.js';
import { validateSarif } from '../support/sarif.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=shipshape test', '-c', 'user.email=test@shipshape.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

/** Twelve ambiguous values in one ConfigMap: more errors than GitHub shows annotations for. */
const MANY = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: many\n  namespace: shop\ndata:\n${Array.from({ length: 12 }, (_, index) => `  flag${index}: on\n`).join('')}`;

/** A repository as actions/checkout leaves it for a pull request: a base commit and the PR's head. */
function pullRequestCheckout(): { workspace: string; base: string; head: string } {
  const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-action-')), 'repo');
  cpSync(path.join(ROOT, 'test/fixtures/integration/shop'), path.join(workspace, 'k8s'), { recursive: true });
  writeFileSync(path.join(workspace, 'k8s/flags.yaml'), readFileSync(path.join(workspace, 'k8s/flags.yaml'), 'utf8').replace('checkout: yes', 'checkout: "yes"'));
  writeFileSync(path.join(workspace, 'k8s/many.yaml'), MANY);
  // Only the rules the fixture is about, so rules added later do not change the counts.
  const kept = new Set(['statefulset-service-not-headless', 'yaml-ambiguous-value']);
  writeFileSync(path.join(workspace, '.shipshape.yaml'), `rules:\n${rules.filter((rule) => !kept.has(rule.id)).map((rule) => `  ${rule.id}: off\n`).join('')}`);
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD');
  // The pull request adds one ambiguous value to flags.yaml: that finding is on a changed line.
  writeFileSync(path.join(workspace, 'k8s/flags.yaml'), `${readFileSync(path.join(workspace, 'k8s/flags.yaml'), 'utf8')}  express: no\n`);
  git(workspace, 'commit', '-q', '-am', 'pr');
  return { workspace, base, head: git(workspace, 'rev-parse', 'HEAD') };
}

interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

function runAction(workspace: string, inputs: Record<string, string>, extra: Record<string, string> = {}): ActionRun {
  const runner = mkdtempSync(path.join(tmpdir(), 'shipshape-runner-'));
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE'].map((name) => [name, path.join(runner, name.toLowerCase())]));
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runner,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'abc123',
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...extra,
  };
  const run = spawnSync(process.execPath, [path.join(buildBundle(), 'action.cjs')], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  const outputs: Record<string, string> = {};
  const text = readFileSync(files['GITHUB_OUTPUT'] as string, 'utf8');
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] ?? ''] = match[3] ?? '';
  return { status: run.status, stdout: run.stdout + run.stderr, outputs, summary: readFileSync(files['GITHUB_STEP_SUMMARY'] as string, 'utf8') };
}

/** The action's defaults, as the runner passes them (it sets every declared input). */
const DEFAULTS = { paths: '.', config: '', 'kubernetes-version': '', 'fail-on': 'error', 'sarif-file': 'shipshape.sarif', annotations: 'all' };

describe('the GitHub Action (dist/action.cjs run as the runner runs it)', () => {
  it('annotates changed lines first, caps annotations, writes SARIF, a summary table and outputs, and fails on errors', () => {
    const { workspace, base, head } = pullRequestCheckout();
    const event = path.join(workspace, '..', 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    const run = runAction(workspace, { ...DEFAULTS, paths: 'k8s', 'sarif-file': 'reports/shipshape.sarif', 'kubernetes-version': 'v1.35.0' }, { GITHUB_EVENT_PATH: event });

    expect(run.status, run.stdout).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    // The finding on the line the pull request added comes first, although its file sorts after others.
    expect(annotations[0]).toMatch(/^::error file=k8s\/flags\.yaml,line=9,col=12,endLine=9,endColumn=14,title=shipshape\(yaml-ambiguous-value\)::/);
    const errors = annotations.filter((line) => line.startsWith('::error file='));
    const ambiguous = errors.filter((line) => line.includes('title=shipshape(yaml-ambiguous-value)'));
    expect(ambiguous.length).toBe(10);
    expect(errors.length).toBe(10);
    expect(annotations.some((line) => line.startsWith('::warning file=k8s/db-service.yaml,line=6,col=1,'))).toBe(true);
    expect(annotations.find((line) => line.startsWith('::notice '))).toMatch(/more findings are not annotated/);
    expect(run.stdout).toContain('::group::shipshape report');
    expect(run.stdout).toMatch(/^::error title=shipshape::shipshape found 13 errors and 1 warning \(fail-on: error\)\.$/m);

    const errorCount = Number(run.outputs['error-count']);
    expect(errorCount).toBe(13);
    expect(run.outputs['warning-count']).toBe('1');
    expect(run.outputs['sarif-file']).toBe('reports/shipshape.sarif');

    const sarif = JSON.parse(readFileSync(path.join(workspace, 'reports/shipshape.sarif'), 'utf8')) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]?.results.filter((result) => result.level === 'error')).toHaveLength(errorCount);
    expect(sarif.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri)).toContain('k8s/many.yaml');

    expect(run.summary).toContain('## shipshape');
    expect(run.summary).toContain('### Findings by rule');
    expect(run.summary).toMatch(/\| \[yaml-ambiguous-value\]\(https:\/\/shipshape\.dev\/rules\/yaml-ambiguous-value\) \| error \| 13 \| 2 \|/);
    expect(run.summary).toContain('### Findings by file');
    expect(run.summary).toMatch(/\| \[k8s\/many\.yaml\]\(https:\/\/github\.com\/acme\/shop\/blob\/abc123\/k8s\/many\.yaml\) \| 12 \| 0 \|/);
    expect(run.summary).toContain('(https://github.com/acme/shop/blob/abc123/k8s/flags.yaml#L9)');
  });

  it('honours fail-on and annotations inputs, and writes no SARIF when sarif-file is empty', () => {
    const { workspace } = pullRequestCheckout();
    const never = runAction(workspace, { ...DEFAULTS, 'fail-on': 'never', 'sarif-file': '', annotations: 'none' });
    expect(never.status).toBe(0);
    expect(never.stdout).not.toMatch(/^::(error|warning) file=/m);
    expect(never.outputs['sarif-file']).toBe('');
    expect(existsSync(path.join(workspace, 'shipshape.sarif'))).toBe(false);

    // Only warnings left: fail-on warning fails, fail-on error passes.
    writeFileSync(path.join(workspace, 'k8s/many.yaml'), MANY.replace(/: on\n/g, ': "on"\n'));
    writeFileSync(path.join(workspace, 'k8s/flags.yaml'), readFileSync(path.join(workspace, 'k8s/flags.yaml'), 'utf8').replace('express: no', 'express: "no"'));
    const onlyWarnings = runAction(workspace, { ...DEFAULTS, paths: 'k8s/db-service.yaml k8s/db-statefulset.yaml\nk8s/namespace.yaml' });
    expect(onlyWarnings.outputs['error-count']).toBe('0');
    expect(onlyWarnings.status, onlyWarnings.stdout).toBe(0);
    expect(runAction(workspace, { ...DEFAULTS, paths: 'k8s/db-service.yaml k8s/db-statefulset.yaml k8s/namespace.yaml', 'fail-on': 'warning' }).status).toBe(1);
  });

  it('reports bad inputs and config errors as error annotations', () => {
    const { workspace } = pullRequestCheckout();
    const bad = runAction(workspace, { ...DEFAULTS, 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error title=shipshape::input fail-on must be one of error, warning, never, not "sometimes"');
    writeFileSync(path.join(workspace, '.shipshape.yaml'), 'rules:\n  no-such-rule: error\n');
    const config = runAction(workspace, DEFAULTS);
    expect(config.status).toBe(1);
    expect(config.stdout).toMatch(/^::error file=\.shipshape\.yaml,line=2,col=\d+,title=shipshape config::/m);
  });
});

describe('action.yml', () => {
  it('runs the bundled entry on node24 and declares exactly the inputs and outputs the code uses', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe('dist/action.cjs');
    expect(existsSync(path.join(buildBundle(), '..', action.runs.main))).toBe(true);
    const source = readFileSync(path.join(ROOT, 'src/action/main.ts'), 'utf8');
    const read = new Set([...source.matchAll(/action\.input\('([\w-]+)'\)/g)].map((match) => match[1]));
    const written = new Set([...source.matchAll(/action\.setOutput\('([\w-]+)'/g)].map((match) => match[1]));
    expect(new Set(Object.keys(action.inputs))).toEqual(read);
    expect(new Set(Object.keys(action.outputs))).toEqual(written);
  });
});

describe('job summary', () => {
  it('keeps manifest text inside its table cell: pipes, markup, links and newlines are escaped', async () => {
    const { renderSummary } = await import('../../src/action/summary.js');
    const message = 'bad | cell <script>alert(1)</script> [x](javascript:alert(1)) `code`\nnext row';
    const range = { file: 'a|b.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
    const summary = renderSummary(
      { files: [{ path: 'a|b.yaml', text: 'x', diagnostics: [{ ruleId: 'yaml-syntax', messageId: 'syntax', severity: 'error', message, range }] }], internalErrors: [], resourceCount: 0 },
      { blobBase: 'https://github.com/acme/shop/blob/abc/' },
    );
    const row = summary.split('\n').find((line) => line.includes('alert'));
    expect(row).toBeDefined();
    // Four cells: the only unescaped pipes are the cell borders.
    expect(row?.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(row).not.toContain('<script>');
    expect(row).toContain('\\[x\\](javascript:alert(1))');
    expect(summary).not.toContain('\nnext row');
  });
});
