import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, buildBundle } from '../support/bundle.js';
import { toolAvailable } from '../support/tools.js';

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  source: string;
  message: string;
  code: string;
}

interface NvimResult {
  ok?: boolean;
  error?: string;
  steps: string[];
  logs: string[];
  initial_service: NvimDiagnostic[];
  after_edit: NvimDiagnostic[];
  hover?: string;
  emoji: NvimDiagnostic[];
  action_title?: string;
  fixed_line?: string;
}

const nvim = toolAvailable('nvim', ['--headless', '--version']);

describe.skipIf(!nvim.ok)(`Neovim's built-in LSP client${nvim.ok ? '' : ` (skipped: ${nvim.reason})`}`, () => {
  it('gets diagnostics with the right line and column, follows edits across files, hovers, saves and applies a quick fix', () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-nvim-')), 'shop');
    cpSync(path.join(ROOT, 'test/fixtures/integration/shop'), workspace, { recursive: true });
    const emojiLine = 'data: { "😀": yes }';
    writeFileSync(path.join(workspace, 'emoji.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: emoji\n${emojiLine}\n`);
    const out = path.join(workspace, '..', 'result.json');
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(ROOT, 'test/integrations/nvim/lsp-client.lua')}`], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        ...process.env,
        SHIPSHAPE_CMD: JSON.stringify([process.execPath, path.join(buildBundle(), 'shipshape.cjs'), 'lsp', '--stdio']),
        SHIPSHAPE_ROOT: workspace,
        SHIPSHAPE_OUT: out,
      },
    });
    let result: NvimResult;
    try {
      result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
    } catch {
      throw new Error(`nvim wrote no result (status ${run.status}, signal ${run.signal}): ${run.stderr}${run.stdout}`);
    }
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);

    // Lines and columns as Neovim stores them: zero-based, byte columns.
    expect(result.initial_service).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'statefulset-service-not-headless', source: 'shipshape', severity: 2, lnum: 5, col: 0, end_lnum: 5, end_col: 4 })]),
    );
    expect(result.after_edit).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'statefulset-service-missing', severity: 1, lnum: 6, col: 15, end_lnum: 6, end_col: 25 })]),
    );
    expect(result.hover).toMatch(/## Diagnosis[\s\S]*## Fix[\s\S]*## Why/);
    expect(result.logs.some((line) => line.startsWith('saved ') && line.endsWith('db-statefulset.yaml'))).toBe(true);
    const byteColumn = Buffer.byteLength(emojiLine.slice(0, emojiLine.indexOf('yes')));
    expect(result.emoji).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'yaml-ambiguous-value', lnum: 4, col: byteColumn, end_col: byteColumn + 3 })]));
    expect(result.action_title).toBe('Quote yes');
    expect(result.fixed_line).toBe('  checkout: "yes"');
  });
});
