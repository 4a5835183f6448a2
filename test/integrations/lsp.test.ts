import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildBundle } from '../support/bundle.js';
import { LspClient } from '../support/lsp-client.js';

const SHOP = path.join(ROOT, 'test/fixtures/integration/shop');

describe('shipshape lsp --stdio, driven by a protocol client', () => {
  let workspace: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(path.join(workspace, name)).href;
  const rules = (name: string) => (client.diagnostics.get(uri(name)) ?? []).map((diagnostic) => diagnostic.code);
  /** The yaml-ambiguous-value quick fixes the server offers at a position, given the file's diagnostics. */
  const quoteFixes = async (name: string, line: number, character: number, diagnostics: unknown[]) => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(name) },
      range: { start: { line, character }, end: { line, character } },
      context: { diagnostics },
    })) as CodeAction[];
    return actions.filter((action) => action.diagnostics?.[0]?.code === 'yaml-ambiguous-value');
  };

  beforeAll(async () => {
    workspace = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-lsp-')), 'shop');
    cpSync(SHOP, workspace, { recursive: true });
    client = new LspClient(process.execPath, [path.join(buildBundle(), 'shipshape.cjs'), 'lsp', '--stdio'], workspace);
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'shop' }],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { debounceMs: 0 },
    });
    await client.connection.sendNotification('initialized', {});
  });

  afterAll(async () => {
    await client?.close();
  });

  it('scans the workspace and publishes diagnostics for files that are not open', async () => {
    await client.waitFor('the initial scan', () => rules('db-service.yaml').length > 0 && rules('flags.yaml').length > 0);
    const byCode = (name: string, code: string) => (client.diagnostics.get(uri(name)) ?? []).find((diagnostic) => diagnostic.code === code);
    const service = byCode('db-service.yaml', 'statefulset-service-not-headless');
    expect(service).toMatchObject({
      code: 'statefulset-service-not-headless',
      source: 'shipshape',
      severity: 2,
      // Core 6:1-6:5 (one-based) is LSP 5:0-5:4.
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 4 } },
      codeDescription: { href: 'https://shipshape.dev/rules/statefulset-service-not-headless' },
      relatedInformation: [{ location: { uri: uri('db-statefulset.yaml'), range: { start: { line: 6, character: 15 } } } }],
    });
    expect(byCode('flags.yaml', 'yaml-ambiguous-value')).toMatchObject({ severity: 1, range: { start: { line: 7, character: 12 }, end: { line: 7, character: 15 } } });
  });

  it('re-lints on change, and refreshes the other files the change affects', async () => {
    const text = readFileSync(path.join(workspace, 'db-statefulset.yaml'), 'utf8');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('db-statefulset.yaml'), languageId: 'yaml', version: 1, text } });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('db-statefulset.yaml'), version: 2 },
      contentChanges: [{ range: { start: { line: 6, character: 15 }, end: { line: 6, character: 17 } }, text: 'db-primary' }],
    });
    await client.waitFor('the StatefulSet to be reported and the Service cleared', () => rules('db-statefulset.yaml').includes('statefulset-service-missing') && !rules('db-service.yaml').includes('statefulset-service-not-headless'));
    expect(client.diagnostics.get(uri('db-statefulset.yaml'))?.find((diagnostic) => diagnostic.code === 'statefulset-service-missing')?.range).toEqual({ start: { line: 6, character: 15 }, end: { line: 6, character: 25 } });
  });

  it("hovers a diagnostic with the rule's Diagnosis, Fix and Why", async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('db-statefulset.yaml') }, position: { line: 6, character: 18 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('`statefulset-service-missing`');
    expect(value).toMatch(/## Diagnosis[\s\S]*## Fix[\s\S]*## Why/);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('db-statefulset.yaml') }, position: { line: 0, character: 0 } });
    expect(nothing).toBeNull();
  });

  it('offers the quick fix of a fixable diagnostic as a workspace edit', async () => {
    const text = readFileSync(path.join(workspace, 'flags.yaml'), 'utf8');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('flags.yaml'), languageId: 'yaml', version: 1, text } });
    const diagnostics = client.diagnostics.get(uri('flags.yaml')) ?? [];
    const quote = await quoteFixes('flags.yaml', 7, 13, diagnostics);
    expect(quote).toHaveLength(1);
    expect(quote[0]).toMatchObject({ kind: 'quickfix', isPreferred: true, title: 'Quote yes' });
    expect(quote[0]?.edit?.changes?.[uri('flags.yaml')]).toEqual([{ range: { start: { line: 7, character: 12 }, end: { line: 7, character: 15 } }, newText: '"yes"' }]);
  });

  it('counts columns in UTF-16 code units, as LSP does', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: emoji\ndata: { "😀": yes }\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('emoji.yaml'), languageId: 'yaml', version: 1, text } });
    await client.waitFor('the emoji file', () => rules('emoji.yaml').includes('yaml-ambiguous-value'));
    const start = text.split('\n')[4]?.indexOf('yes');
    expect(client.diagnostics.get(uri('emoji.yaml'))?.find((diagnostic) => diagnostic.code === 'yaml-ambiguous-value')?.range.start).toEqual({ line: 4, character: start });
  });

  // Lone CRs (classic Mac line endings) are line breaks to YAML and to LSP; the linted text has them as
  // LFs, and the quick fix must still be offered on the editor's text that has them as CRs.
  it('offers quick fixes in a file whose lines end in lone CRs, at LSP positions', async () => {
    const text = 'apiVersion: v1\rkind: ConfigMap\rmetadata:\r  name: classic\rdata:\r  enabled: yes\r';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('classic.yaml'), languageId: 'yaml', version: 1, text } });
    await client.waitFor('the classic file', () => rules('classic.yaml').includes('yaml-ambiguous-value'));
    const diagnostics = client.diagnostics.get(uri('classic.yaml')) ?? [];
    const range = { start: { line: 5, character: 11 }, end: { line: 5, character: 14 } };
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'yaml-ambiguous-value')?.range).toEqual(range);
    const quote = await quoteFixes('classic.yaml', 5, 12, diagnostics);
    expect(quote[0]?.edit?.changes?.[uri('classic.yaml')]).toEqual([{ range, newText: '"yes"' }]);
  });

  it('picks up a change of .shipshape.yaml', async () => {
    expect(rules('flags.yaml')).toContain('yaml-ambiguous-value');
    writeFileSync(path.join(workspace, '.shipshape.yaml'), 'rules:\n  yaml-ambiguous-value: off\n');
    await client.waitFor('the rule to be turned off', () => !rules('flags.yaml').includes('yaml-ambiguous-value') && !rules('emoji.yaml').includes('yaml-ambiguous-value'));
    writeFileSync(path.join(workspace, '.shipshape.yaml'), 'rules:\n  no-such-rule: error\n');
    await client.waitFor('the config error', () => (client.diagnostics.get(uri('.shipshape.yaml')) ?? []).length > 0);
    expect(client.diagnostics.get(uri('.shipshape.yaml'))?.[0]?.range.start.line).toBe(1);
  });
});

describe('shipshape lsp with a client that watches files (as VS Code does)', () => {
  it('registers file watchers and follows files created and deleted on disk', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-lsp-')), 'shop');
    cpSync(SHOP, workspace, { recursive: true });
    const client = new LspClient(process.execPath, [path.join(buildBundle(), 'shipshape.cjs'), 'lsp', '--stdio'], workspace);
    const registrations: unknown[] = [];
    client.connection.onRequest('client/registerCapability', (params: unknown) => {
      registrations.push(params);
      return null;
    });
    try {
      await client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).href,
        workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'shop' }],
        capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
        initializationOptions: { debounceMs: 0 },
      });
      await client.connection.sendNotification('initialized', {});
      const service = pathToFileURL(path.join(workspace, 'db-service.yaml')).href;
      await client.waitFor('the initial scan', () => (client.diagnostics.get(service) ?? []).some((diagnostic) => diagnostic.code === 'statefulset-service-not-headless'));
      await client.waitFor('the watcher registration', () => registrations.length > 0);
      expect(JSON.stringify(registrations)).toContain('workspace/didChangeWatchedFiles');

      // A headless Service appears on disk (a git checkout, another tool): the warning goes away.
      const headless = path.join(workspace, 'db-headless.yaml');
      writeFileSync(headless, readFileSync(path.join(workspace, 'db-service.yaml'), 'utf8').replace('spec:\n', 'spec:\n  clusterIP: None\n').replace('name: db\n', 'name: db-headless\n'));
      writeFileSync(path.join(workspace, 'db-statefulset.yaml'), readFileSync(path.join(workspace, 'db-statefulset.yaml'), 'utf8').replace('serviceName: db', 'serviceName: db-headless'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: pathToFileURL(headless).href, type: 1 },
          { uri: pathToFileURL(path.join(workspace, 'db-statefulset.yaml')).href, type: 2 },
        ],
      });
      await client.waitFor('the warning to clear', () => !(client.diagnostics.get(service) ?? []).some((diagnostic) => diagnostic.code === 'statefulset-service-not-headless'));

      // And deleted again: the StatefulSet now names a missing Service.
      const statefulset = pathToFileURL(path.join(workspace, 'db-statefulset.yaml')).href;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(headless).href, type: 3 }] });
      await client.waitFor('the missing Service', () => (client.diagnostics.get(statefulset) ?? []).some((diagnostic) => diagnostic.code === 'statefulset-service-missing'));
    } finally {
      await client.close();
    }
  });
});
