import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintProject } from '../../src/cli/project.js';
import { Workspace } from '../../src/lsp/workspace.js';
import { ROOT } from '../support/bundle.js';
import { PositionMap } from '../../src/lsp/positions.js';
import { API_DEPLOYMENT } from '../support/api-deployment.js';

describe('Workspace (the language server model)', () => {
  it('lints like the CLI after edits, re-using the parses of unchanged files', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-ws-')), 'shop');
    cpSync(path.join(ROOT, 'test/fixtures/integration/shop'), root, { recursive: true });
    const workspace = await Workspace.open(root, { scan: true });
    const parses: string[] = [];
    const first = workspace.lint();
    workspace.setText(path.join(root, 'db-service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: { name: db, namespace: shop }\nspec: { clusterIP: None, selector: { app: db } }\n');
    // Count parses through the hook: only the edited file may be parsed again.
    const counted = workspace as unknown as { parse: (file: string, text: string) => unknown };
    const parse = counted.parse.bind(workspace);
    counted.parse = (file, text) => {
      const before = (workspace as unknown as { parsed: Map<string, unknown> }).parsed.get(file);
      const value = parse(file, text);
      if (value !== before) parses.push(file);
      return value;
    };
    const second = workspace.lint();
    expect(parses).toEqual(['db-service.yaml']);
    expect(first.files.find((file) => file.path === 'db-service.yaml')?.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['statefulset-service-not-headless']);
    expect(second.files.find((file) => file.path === 'db-service.yaml')?.diagnostics).toEqual([]);
    // The same answer as a fresh CLI-style run over the same texts: caching parses changes nothing.
    const third = workspace.lint();
    expect(third.files.map((file) => [file.path, file.diagnostics])).toEqual(second.files.map((file) => [file.path, file.diagnostics]));
    const fresh = await lintProject({ cwd: root, paths: ['.'] });
    expect(fresh.result.files.find((file) => file.path === 'flags.yaml')?.diagnostics).toEqual(first.files.find((file) => file.path === 'flags.yaml')?.diagnostics);
  });
});

describe('Workspace graph reuse (resources of unchanged files kept between lints)', () => {
  const settings = (domain: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings, namespace: shop }\ndata: { DOMAIN: ${domain} }\n`;
  const DB = 'apiVersion: v1\nkind: Service\nmetadata: { name: db, namespace: shop }\nspec: { selector: { app: db }, ports: [{ name: tcp-postgres, port: 5432 }] }\n';

  /** Every finding by file, as a comparable list. */
  const findings = (result: { files: { path: string; diagnostics: { ruleId: string; message: string }[] }[] }) =>
    result.files.flatMap((file) => file.diagnostics.map((diagnostic) => `${file.path} ${diagnostic.ruleId} ${diagnostic.message}`));

  it('answers after each edit as a workspace opened afresh on the same texts', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'shipshape-reuse-'));
    const files: Record<string, string> = { 'app.yaml': API_DEPLOYMENT, 'settings.yaml': settings('corp.local'), 'db.yaml': DB };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
    const kept = await Workspace.open(root, { scan: true });
    kept.lint();
    const edits: [string, string][] = [
      // The Deployment's file is unchanged, but what its env expands to comes from this ConfigMap.
      ['settings.yaml', settings('cluster.local')],
      ['settings.yaml', settings('corp.local')],
      ['db.yaml', DB.replace('app: db', 'app: api')],
      // A document before the Deployment's: same file, new parse, every document made anew.
      ['app.yaml', `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api, namespace: shop }\n---\n${API_DEPLOYMENT}`],
    ];
    // Whether the Deployment's name ends in the ConfigMap's wrong domain after each edit.
    const mismatch = [false, true, true, true];
    for (const [index, [name, text]] of edits.entries()) {
      files[name] = text;
      kept.setText(path.join(root, name), text);
      const fresh = await Workspace.open(root, { scan: true });
      for (const [other, overlay] of Object.entries(files)) fresh.setText(path.join(root, other), overlay);
      const got = findings(kept.lint());
      expect(got).toEqual(findings(fresh.lint()));
      expect(got.some((finding) => finding.startsWith('app.yaml cluster-domain-mismatch'))).toBe(mismatch[index]);
    }
  });
});

describe('PositionMap (core positions to LSP)', () => {
  it('subtracts one when lines end in LF or CRLF, and follows LSP line breaks at a lone CR', () => {
    const range = { file: 'x', start: { line: 2, column: 3 }, end: { line: 2, column: 5 } };
    expect(new PositionMap('ab\r\ncdef\r\n').toLspRange(range)).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 4 } });
    // The core splits lines at LF only; LSP also at the lone CR, so "cd" is a line of its own there.
    expect(new PositionMap('ab\ncd\ref\n').toLspRange({ file: 'x', start: { line: 2, column: 4 }, end: { line: 2, column: 6 } })).toEqual({
      start: { line: 2, character: 0 },
      end: { line: 2, character: 2 },
    });
  });
});
