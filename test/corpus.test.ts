import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { main } from '../src/cli/main.js';
import type { EslintResult } from '../src/report/eslint-results.js';
import { sharedDir, sharedSkipReason } from './support/shared.js';

const REVIEWED_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'corpus-reviewed');
const skip = sharedSkipReason();

/**
 * Reviewed findings of one rule on the corpus: `<path>:<line>:<column>  # why it is right`. A finding
 * not listed is a new false positive (or an unreviewed true one); a listed one that is gone is stale.
 */
function reviewed(ruleId: string): Map<string, string> {
  let text = '';
  try {
    text = readFileSync(path.join(REVIEWED_DIR, `${ruleId}.txt`), 'utf8');
  } catch {
    return new Map();
  }
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [location = '', ...why] = trimmed.split('#');
    entries.set(location.trim(), why.join('#').trim());
  }
  return entries;
}

describe.skipIf(skip !== undefined)(skip ?? 'the corpus', () => {
  let results: EslintResult[] = [];
  let exitCode = -1;
  let stderr = '';

  // Each corpus folder is one project, linted on its own as its users would lint it.
  beforeAll(async () => {
    const corpus = path.join(sharedDir() as string, 'corpus');
    // Every rule, not only the recommended ones, is reviewed on the corpus.
    const config = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-corpus-')), '.shipshape.yaml');
    writeFileSync(config, 'extends: all\n');
    const projects = readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'LICENSES');
    exitCode = 0;
    for (const project of projects) {
      let stdout = '';
      const code = await main(['.', '--format', 'json', '--config', config], {
        cwd: path.join(corpus, project.name),
        env: {},
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        readStdin: async () => new Uint8Array(),
        isTty: false,
      });
      exitCode = Math.max(exitCode, code);
      for (const result of JSON.parse(stdout) as EslintResult[]) results.push({ ...result, filePath: `${project.name}/${result.filePath}` });
    }
  }, 300_000);

  it('lists every file, crashes on none, and exits 0 or 1', () => {
    const corpus = path.join(sharedDir() as string, 'corpus');
    const expected = listManifests(corpus).length;
    expect(results.length).toBe(expected);
    expect(stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(exitCode);
  });

  it("finds Argo CD's application controller StatefulSet without its Service", () => {
    const install = results.find((result) => result.filePath === 'argo-cd/manifests/install.yaml' || result.filePath === 'argo-cd/manifests/ha/install.yaml');
    expect(install?.messages.some((message) => message.ruleId === 'statefulset-service-missing' && message.resource?.name === 'argocd-application-controller')).toBe(true);
  });

  for (const rule of rules) {
    it(`${rule.id}: every finding on the corpus is reviewed, and every reviewed one is still found`, () => {
      const actual = new Map<string, string>();
      for (const result of results) {
        for (const message of result.messages) {
          if (message.ruleId === rule.id) actual.set(`${result.filePath}:${message.line}:${message.column}`, message.message);
        }
      }
      const list = reviewed(rule.id);
      const unreviewed = [...actual.entries()].filter(([location]) => !list.has(location)).map(([location, message]) => `${location}  ${message}`);
      const stale = [...list.keys()].filter((location) => !actual.has(location));
      expect({ unreviewed, stale }).toEqual({ unreviewed: [], stale: [] });
      for (const [location, why] of list) expect(why, `${rule.id}: ${location} needs a justification`).not.toBe('');
    });
  }
});

function listManifests(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listManifests(path.join(dir, entry.name), relative));
    else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(relative);
  }
  return out;
}
