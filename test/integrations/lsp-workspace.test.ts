import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintProject } from '../../src/cli/project.js';
import { Workspace } from '../../src/lsp/workspace.js';
import { ROOT } from '../support/bundle.js';
import { PositionMap } from '../../src/lsp/positions.js';

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
