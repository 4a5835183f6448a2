import { spawnSync } from 'node:child_process';
import { accessSync, constants, chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { lintProject } from '../../src/cli/project.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import type { LintResult } from '../../src/engine/lint.js';
import { formatCheckstyle } from '../../src/report/checkstyle.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJunit } from '../../src/report/junit.js';
import { buildSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { rules } from '../../rules/index.js';
import { ROOT } from '../support/bundle.js';
import { project, runCli } from '../support/cli.js';
import { sarifSdkDirectory, validateSarif } from '../support/sarif.js';

const SHOP = path.join(ROOT, 'test/fixtures/integration/shop');

/** Parses XML with a conforming parser; returns the elements seen, or throws on the first well-formedness error. */
function parseXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = new SaxesParser();
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: { name: string; attributes: Record<string, string>; text: string }[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: Object.fromEntries(Object.entries(tag.attributes).map(([key, value]) => [key, String(value)])), text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    const current = open[open.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return elements;
}

const HOSTILE_MESSAGE = 'value "a%b" ::error::injected\r\nsecond line, <tag> & ]]> \u0007bell \ud800 lone';
const HOSTILE_FILE = 'dir, with: colon/100% sure.yaml';

function hostileResult(): LintResult {
  const range = { file: HOSTILE_FILE, start: { line: 2, column: 3 }, end: { line: 2, column: 9 } };
  const diagnostic: Diagnostic = { ruleId: 'yaml-syntax', messageId: 'syntax', severity: 'error', message: HOSTILE_MESSAGE, range };
  const warning: Diagnostic = { ...diagnostic, severity: 'warning', ruleId: 'yaml-duplicate-key', range: { ...range, start: { line: 3, column: 1 }, end: { line: 3, column: 4 } } };
  return { files: [{ path: HOSTILE_FILE, text: 'a: 1\nb: [\nc: 2\n', diagnostics: [diagnostic, warning] }], internalErrors: [], resourceCount: 0 };
}

/** The rules the shop fixture is about; others (added over time) are turned off so expectations stay exact. */
const SHOP_RULES = new Set(['statefulset-service-not-headless', 'yaml-ambiguous-value']);
const onlyShopRules = { rules: rules.filter((rule) => !SHOP_RULES.has(rule.id)).map((rule) => `${rule.id}:off`) };
const onlyShopRuleFlags = onlyShopRules.rules.flatMap((flag) => ['--rule', flag]);

async function shopResult(): Promise<LintResult> {
  return (await lintProject({ cwd: SHOP, paths: ['.'], flags: onlyShopRules })).result;
}

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, for the shop fixture and every example', async () => {
    const examples = path.join(ROOT, 'examples');
    const inputs = [SHOP, ...readdirSync(examples, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(examples, entry.name))];
    for (const cwd of inputs) {
      const run = await lintProject({ cwd, paths: ['.'] });
      const log = buildSarif(run.result, run.rules);
      expect(validateSarif(log), cwd).toEqual([]);
      expect(log.runs[0]?.results?.length ?? 0).toBe(run.result.files.reduce((sum, file) => sum + file.diagnostics.length, 0));
    }
    expect(validateSarif(buildSarif(hostileResult(), rules))).toEqual([]);
  });

  it('the schema check catches a broken log (so the test above can fail)', () => {
    const log = buildSarif(hostileResult(), rules) as unknown as { runs: { results: { level: string }[] }[] };
    const first = log.runs[0]?.results[0];
    if (first) first.level = 'fatal';
    expect(validateSarif(log).length).toBeGreaterThan(0);
  });

  it('carries what GitHub code scanning needs: rules with help and helpUri, relative URIs, regions, fingerprints', async () => {
    const log = buildSarif(await shopResult(), rules);
    const run = log.runs[0];
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run?.columnKind).toBe('utf16CodeUnits');
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule.shortDescription?.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription?.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help?.text).toMatch(/Diagnosis: [\s\S]*Fix: [\s\S]*Why: /);
      expect(rule.help?.markdown).toContain('## Why');
      expect(rule.helpUri).toBe(`https://shipshape.dev/rules/${rule.id}`);
    }
    const warning = run?.results?.find((result) => result.ruleId === 'statefulset-service-not-headless');
    expect(warning).toMatchObject({
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'db-service.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 5 } } }],
      relatedLocations: [{ physicalLocation: { artifactLocation: { uri: 'db-statefulset.yaml' }, region: { startLine: 7, startColumn: 16 } } }],
    });
    expect(run?.tool.driver.rules?.[warning?.ruleIndex ?? -1]?.id).toBe('statefulset-service-not-headless');
    const fixable = run?.results?.find((result) => result.ruleId === 'yaml-ambiguous-value');
    expect(fixable?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent?.text).toBe('"yes"');
  });

  it('keeps fingerprints when lines move, and percent-encodes paths', async () => {
    const files = Object.fromEntries(readdirSync(SHOP).map((name) => [name, readFileSync(path.join(SHOP, name), 'utf8')]));
    const before = await lintProject({ cwd: project(files), paths: ['.'], flags: onlyShopRules });
    const shifted = Object.fromEntries(Object.entries(files).map(([name, text]) => [name.replace('flags', 'my flags'), `# moved down\n\n${text}`]));
    const after = await lintProject({ cwd: project(shifted), paths: ['.'], flags: onlyShopRules });
    const prints = (log: Log) => (log.runs[0]?.results ?? []).map((result) => [result.ruleId, result.partialFingerprints?.['primaryLocationLineHash']]);
    const logBefore = buildSarif(before.result, before.rules);
    const logAfter = buildSarif(after.result, after.rules);
    const lines = (log: Log) => (log.runs[0]?.results ?? []).map((result) => result.locations?.[0]?.physicalLocation?.region?.startLine);
    expect(lines(logAfter)).not.toEqual(lines(logBefore));
    // The ConfigMap's file was renamed, so only the Service finding keeps its print; it must.
    const service = (log: Log) => prints(log).find(([rule]) => rule === 'statefulset-service-not-headless');
    expect(service(logAfter)).toEqual(service(logBefore));
    const uris = (logAfter.runs[0]?.results ?? []).map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri);
    expect(uris).toContain('my%20flags.yaml');
  });

  it("passes the SARIF SDK's own validator with GitHub's ingestion rules (Sarif.Multitool --rule-kind Sarif;Gh)", async () => {
    const directory = sarifSdkDirectory();
    const binary = path.join(directory, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
    try {
      accessSync(binary, constants.X_OK);
    } catch {
      // npm may skip the package's postinstall `chmod u+x`.
      chmodSync(binary, 0o755);
    }
    const scratch = mkdtempSync(path.join(tmpdir(), 'shipshape-sarif-'));
    const input = path.join(scratch, 'shop.sarif');
    const output = path.join(scratch, 'validation.sarif');
    const run = await lintProject({ cwd: SHOP, paths: ['.'] });
    writeFileSync(input, JSON.stringify(buildSarif(run.result, run.rules)));
    const validation = spawnSync(binary, ['validate', input, '--rule-kind', 'Sarif;Gh', '--output', output, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 120_000 });
    expect(validation.status, validation.stderr + validation.stdout).toBe(0);
    const report = JSON.parse(readFileSync(output, 'utf8')) as Log;
    const complaints = (report.runs[0]?.results ?? []).filter((result) => result.level === 'error' || result.level === 'warning' || result.level === undefined);
    expect(complaints.map((result) => `${result.ruleId}: ${JSON.stringify(result.message)}`)).toEqual([]);
  });
});

/** Decodes one workflow command line the way the runner does. */
function readCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const decode = (value: string) => value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter((entry) => entry !== '')) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = decode(pair.slice(at + 1));
  }
  return { command: match[1] ?? '', properties, message: decode(match[3] ?? '') };
}

describe('github', () => {
  it('prints one annotation per finding with file, line, col, endLine, endColumn and title', async () => {
    const lines = formatGithub(await shopResult()).trimEnd().split('\n');
    const commands = lines.filter((line) => line.startsWith('::')).map(readCommand);
    expect(commands).toEqual([
      {
        command: 'warning',
        properties: { file: 'db-service.yaml', line: '6', col: '1', endLine: '6', endColumn: '5', title: 'shipshape(statefulset-service-not-headless)' },
        message: expect.stringContaining('Service db governs StatefulSet db') as unknown as string,
      },
      {
        command: 'error',
        properties: { file: 'flags.yaml', line: '8', col: '13', endLine: '8', endColumn: '16', title: 'shipshape(yaml-ambiguous-value)' },
        message: expect.stringContaining('`yes` is unquoted') as unknown as string,
      },
    ]);
  });

  it('escapes %, CR, LF in messages and also : and , in properties, so text cannot inject commands', () => {
    const output = formatGithub(hostileResult());
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const first = readCommand(lines[0] ?? '');
    expect(first.properties['file']).toBe(HOSTILE_FILE);
    expect(first.properties['title']).toBe('shipshape(yaml-syntax)');
    // The control character is shown, not sent; everything else round-trips exactly.
    expect(first.message).toBe(HOSTILE_MESSAGE.replace('\u0007', '\\u0007').replace('\r', '\\u000d'));
    expect(lines[0]).not.toMatch(/[\r\u0007]/);
    // The runner ends the property list at the first `::`; a `::` inside the message is plain text.
    expect(lines[0]?.startsWith('::error file=dir%2C with%3A colon/100%25 sure.yaml,line=2,')).toBe(true);
  });
});

describe('junit and checkstyle', () => {
  it('parse as XML and carry every finding', async () => {
    const result = await shopResult();
    const junit = parseXml(formatJunit(result));
    const failures = junit.filter((element) => element.name === 'failure');
    expect(failures.map((failure) => failure.attributes['type'])).toEqual(['warning', 'error']);
    expect(junit.find((element) => element.name === 'testsuites')?.attributes).toMatchObject({ tests: '4', failures: '2', errors: '0' });
    expect(junit.filter((element) => element.name === 'testcase').map((element) => element.attributes['name'])).toEqual([
      'statefulset-service-not-headless@6:1',
      'shipshape',
      'yaml-ambiguous-value@8:13',
      'shipshape',
    ]);
    const checkstyle = parseXml(formatCheckstyle(result));
    expect(checkstyle.filter((element) => element.name === 'file').map((element) => element.attributes['name'])).toEqual(['db-service.yaml', 'db-statefulset.yaml', 'flags.yaml', 'namespace.yaml']);
    expect(checkstyle.filter((element) => element.name === 'error').map((element) => [element.attributes['line'], element.attributes['column'], element.attributes['severity'], element.attributes['source']])).toEqual([
      ['6', '1', 'warning', 'shipshape.statefulset-service-not-headless'],
      ['8', '13', 'error', 'shipshape.yaml-ambiguous-value'],
    ]);
  });

  it('stay well-formed with markup, quotes, newlines, control characters and lone surrogates in the input', () => {
    const expected = HOSTILE_MESSAGE.replace('\u0007', '\\u0007').replace('\ud800', '\\ud800');
    const junit = parseXml(formatJunit(hostileResult()));
    expect(junit.find((element) => element.name === 'failure')?.attributes['message']).toBe(expected);
    expect(junit.find((element) => element.name === 'testsuite')?.attributes['name']).toBe(HOSTILE_FILE);
    const checkstyle = parseXml(formatCheckstyle(hostileResult()));
    expect(checkstyle.find((element) => element.name === 'error')?.attributes['message']).toBe(`${expected} (yaml-syntax)`);
  });
});

describe('stylish', () => {
  it('lists findings per file with aligned columns and a summary, without colour unless asked', async () => {
    const output = formatStylish(await shopResult(), { color: false });
    expect(output).not.toContain('\u001b');
    expect(output.split('\n')).toEqual([
      'db-service.yaml',
      expect.stringMatching(/^ {2}6:1 {2}warning {2}Service db governs .* {2}statefulset-service-not-headless$/),
      '',
      'flags.yaml',
      expect.stringMatching(/^ {2}8:13 {2}error {4}`yes` is unquoted.* {2}yaml-ambiguous-value$/),
      '',
      '✖ 2 problems (1 error, 1 warning)',
      '',
    ]);
    expect(formatStylish(await shopResult(), { color: true })).toContain('\u001b[31m');
    // A newline inside a message stays on the finding's line.
    const hostile = formatStylish(hostileResult(), { color: false }).split('\n').filter((line) => line.includes('injected'));
    expect(hostile).toHaveLength(2);
    for (const line of hostile) expect(line).toContain('second line');
  });
});

describe('--output-file', () => {
  it('writes exactly what stdout would show, for every format', async () => {
    const target = mkdtempSync(path.join(tmpdir(), 'shipshape-out-'));
    for (const format of ['friendly', 'stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle']) {
      const printed = await runCli(['--format', format, '--no-color', ...onlyShopRuleFlags, '.'], { cwd: SHOP });
      const file = path.join(target, `report.${format}`);
      const written = await runCli(['--format', format, '--no-color', ...onlyShopRuleFlags, '--output-file', file, '.'], { cwd: SHOP });
      expect(written.code, format).toBe(1);
      expect(written.stdout, format).toBe('');
      expect(readFileSync(file, 'utf8'), format).toBe(printed.stdout);
      expect(printed.stdout.length, format).toBeGreaterThan(0);
    }
  });
});
