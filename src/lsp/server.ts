import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../config/file.js';
import { VERSION } from '../cli/version.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { lineFeeds } from '../load/decode.js';
import { renderRuleDocs } from '../report/rule-docs.js';
import { toLspDiagnostic, type FileLookup } from './convert.js';
import { PositionMap, rangeContains, rangesIntersect } from './positions.js';
import { Workspace } from './workspace.js';

const WATCHED_NAMES = new Set([...CONFIG_FILE_NAMES, '.shipshapeignore']);
/** Above this many edited files at once (a search-and-replace), the full lint alone is quicker. */
const QUICK_LINT_MAX_FILES = 8;
const DEFAULT_DEBOUNCE_MS = 50;

/** What the server remembers of one published file: the diagnostics and the text they were computed on. */
interface PublishedFile {
  workspace: Workspace;
  text: string;
  entries: { core: Diagnostic; lsp: LspDiagnostic }[];
}

function isConfigName(file: string): boolean {
  return WATCHED_NAMES.has(path.basename(file));
}

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/**
 * The language server: push diagnostics for every manifest of the workspace (open or not), hover with
 * the rule's Diagnosis / Fix / Why, quick fixes. Editors talk to it over stdio.
 */
export class ShipshapeServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly folders: Workspace[] = [];
  /** Workspaces for files opened outside every folder, keyed by directory; they lint open files only. */
  private readonly loose = new Map<string, Workspace>();
  private readonly files = new Map<string, PublishedFile>();
  private readonly publishedBy = new Map<Workspace, Set<string>>();
  private readonly sent = new Map<string, string>();
  private readonly timers = new Map<Workspace, NodeJS.Timeout>();
  /** Files edited in the editor since the last full lint, per workspace (relative paths). */
  private readonly edited = new Map<Workspace, Set<string>>();
  private readonly positions = new Map<string, PositionMap>();
  private readonly watchers: FSWatcher[] = [];
  private roots: string[] = [];
  private debounceMs = DEFAULT_DEBOUNCE_MS;
  private watchedFilesByClient = false;
  private ready: Promise<void> = Promise.resolve();

  constructor(private readonly connection: Connection) {
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      this.ready = this.openFolders();
    });
    connection.onHover((params) => this.hover(params.textDocument.uri, params.position));
    connection.onCodeAction((params) => this.codeActions(params.textDocument.uri, params.range));
    connection.onDidChangeWatchedFiles(async (params) => {
      await this.ready;
      for (const change of params.changes) await this.fileChangedOnDisk(change.uri, change.type === FileChangeType.Deleted);
    });
    connection.onShutdown(() => {
      for (const timer of this.timers.values()) clearTimeout(timer);
      for (const watcher of this.watchers) watcher.close();
    });
    this.documents.onDidChangeContent(async ({ document }) => {
      await this.ready;
      const file = filePath(document.uri);
      if (file === undefined || isConfigName(file)) return;
      const workspace = await this.workspaceFor(file);
      if (!workspace.accepts(file)) return;
      workspace.setText(file, document.getText());
      const edited = this.edited.get(workspace) ?? new Set<string>();
      edited.add(workspace.relative(file));
      this.edited.set(workspace, edited);
      this.schedule(workspace, this.debounceMs);
    });
    this.documents.onDidSave(async ({ document }) => {
      await this.ready;
      const file = filePath(document.uri);
      if (file === undefined) return;
      connection.console.log(`saved ${file}`);
      const workspace = await this.workspaceFor(file);
      if (isConfigName(file)) await this.reload(workspace);
      else this.schedule(workspace, 0);
    });
    this.documents.onDidClose(async ({ document }) => {
      await this.ready;
      const file = filePath(document.uri);
      if (file === undefined || isConfigName(file)) return;
      const workspace = await this.workspaceFor(file);
      await workspace.revert(file);
      this.schedule(workspace, 0);
    });
    this.documents.listen(connection);
  }

  listen(): void {
    this.connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = folders.map(filePath).filter((root): root is string => root !== undefined);
    if (this.roots.length === 0 && params.rootPath) this.roots = [params.rootPath];
    const options = params.initializationOptions as { debounceMs?: unknown } | null | undefined;
    if (typeof options?.debounceMs === 'number' && options.debounceMs >= 0) this.debounceMs = options.debounceMs;
    this.watchedFilesByClient = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'shipshape', version: VERSION },
    };
  }

  private async openFolders(): Promise<void> {
    for (const root of this.roots) {
      const workspace = await Workspace.open(root, { scan: true });
      this.folders.push(workspace);
      this.reportConfigError(workspace);
      this.lintAndPublish(workspace);
    }
    if (this.watchedFilesByClient) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/.shipshape.{yaml,yml}' }, { globPattern: '**/.shipshapeignore' }],
      });
    } else {
      // Clients without file watching (Neovim 0.7): watch the config files ourselves.
      for (const workspace of this.folders) this.watchConfig(workspace);
    }
  }

  private watchConfig(workspace: Workspace): void {
    const directories = new Set([workspace.root, ...(workspace.configFile ? [path.dirname(workspace.configFile)] : [])]);
    for (const directory of directories) {
      try {
        const watcher = watch(directory, { persistent: false }, (_event, name) => {
          if (name !== null && isConfigName(name.toString())) this.schedule(workspace, this.debounceMs, true);
        });
        this.watchers.push(watcher);
      } catch {
        // A directory that cannot be watched only costs live config reloads; saves still reload.
      }
    }
  }

  private async workspaceFor(file: string): Promise<Workspace> {
    let best: Workspace | undefined;
    for (const workspace of this.folders) {
      if (workspace.contains(file) && (!best || workspace.root.length > best.root.length)) best = workspace;
    }
    if (best) return best;
    const directory = path.dirname(file);
    let loose = this.loose.get(directory);
    if (!loose) {
      loose = await Workspace.open(directory, { scan: false });
      this.loose.set(directory, loose);
      this.reportConfigError(loose);
    }
    return loose;
  }

  private openTexts(workspace: Workspace): Map<string, string> {
    const open = new Map<string, string>();
    for (const document of this.documents.all()) {
      const file = filePath(document.uri);
      if (file !== undefined && workspace.contains(file) && !isConfigName(file)) open.set(file, document.getText());
    }
    return open;
  }

  private async reload(workspace: Workspace): Promise<void> {
    await workspace.reload(this.openTexts(workspace));
    this.reportConfigError(workspace);
    this.lintAndPublish(workspace);
  }

  private async fileChangedOnDisk(uri: string, deleted: boolean): Promise<void> {
    const file = filePath(uri);
    if (file === undefined) return;
    const workspace = await this.workspaceFor(file);
    if (isConfigName(file)) {
      this.schedule(workspace, 0, true);
      return;
    }
    // The editor's text wins over the disk for open documents.
    if (this.documents.get(uri) !== undefined) return;
    if (deleted) workspace.remove(file);
    else if (workspace.accepts(file)) {
      try {
        workspace.setText(file, await readFile(file, 'utf8'));
      } catch {
        workspace.remove(file);
      }
    }
    this.schedule(workspace, this.debounceMs);
  }

  /** Coalesces bursts of edits into one lint per workspace. */
  private schedule(workspace: Workspace, delay: number, reloadConfig = false): void {
    const pending = this.timers.get(workspace);
    if (pending) clearTimeout(pending);
    this.timers.set(
      workspace,
      setTimeout(() => {
        this.timers.delete(workspace);
        if (reloadConfig) void this.reload(workspace);
        else this.lintAndPublish(workspace);
      }, delay),
    );
  }

  private reportConfigError(workspace: Workspace): void {
    const error = workspace.configError;
    if (!error) return;
    // A notification, not showErrorMessage's request: nothing waits on the user, and clients that do not answer requests stay fine.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `shipshape: ${error.message}` });
  }

  /**
   * After edits in the editor, the edited files' diagnostics go out first, from a lint that checks
   * only them (the graph still holds every file); the full lint, which updates every other file,
   * follows on the next turn of the event loop unless another edit comes first. In a 5,000-resource
   * workspace the first answer takes a tenth of the full lint (BENCHMARKS.md).
   */
  private lintAndPublish(workspace: Workspace): void {
    const edited = this.edited.get(workspace);
    this.edited.delete(workspace);
    if (edited !== undefined && edited.size > 0 && edited.size <= QUICK_LINT_MAX_FILES) {
      this.publish(workspace, edited);
      // The edited files are taken off the list above, so the scheduled lint is the full one.
      this.schedule(workspace, 0);
      return;
    }
    this.publish(workspace);
  }

  /** Lints (all files, or only some) and publishes; a full lint also clears files that have no findings left. */
  private publish(workspace: Workspace, only?: ReadonlySet<string>): void {
    const started = performance.now();
    const result = workspace.lint(only);
    const elapsed = performance.now() - started;
    const lookup: FileLookup = {
      uriOf: (file) => pathToFileURL(workspace.absolute(file)).href,
      positionsOf: (file) => {
        const text = workspace.textOf(file);
        return text === undefined ? undefined : this.positionsFor(workspace.absolute(file), text);
      },
    };
    const now = new Set<string>();
    for (const file of result.files) {
      const uri = lookup.uriOf(file.path);
      const positions = this.positionsFor(workspace.absolute(file.path), file.text);
      const entries = file.diagnostics.map((core) => ({ core, lsp: toLspDiagnostic(core, positions, lookup) }));
      this.files.set(uri, { workspace, text: file.text, entries });
      now.add(uri);
      this.send(uri, entries.map((entry) => entry.lsp));
    }
    if (only !== undefined) {
      for (const uri of now) this.publishedBy.get(workspace)?.add(uri);
      this.connection.console.log(`shipshape: linted ${result.files.length} edited files (${result.resourceCount} resources in the graph) in ${elapsed.toFixed(1)} ms`);
      return;
    }
    for (const uri of this.publishedBy.get(workspace) ?? []) {
      if (now.has(uri)) continue;
      this.files.delete(uri);
      this.send(uri, []);
    }
    this.publishedBy.set(workspace, now);
    this.sendConfigDiagnostic(workspace);
    this.connection.console.log(`shipshape: linted ${result.files.length} files (${result.resourceCount} resources) in ${elapsed.toFixed(1)} ms`);
  }

  private sendConfigDiagnostic(workspace: Workspace): void {
    const error = workspace.configError;
    const file = error?.file ?? workspace.configFile;
    if (file === undefined) return;
    const uri = pathToFileURL(file).href;
    if (!error) {
      this.send(uri, []);
      return;
    }
    const line = Math.max((error.line ?? 1) - 1, 0);
    const character = Math.max((error.column ?? 1) - 1, 0);
    this.send(uri, [{ range: { start: { line, character }, end: { line, character } }, severity: 1, source: 'shipshape', message: error.detail }]);
  }

  /** Publishes only what changed, so an edit in one file does not re-send every other file. */
  private send(uri: string, diagnostics: LspDiagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if (this.sent.get(uri) === key) return;
    this.sent.set(uri, key);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private positionsFor(absolute: string, text: string): PositionMap {
    const cached = this.positions.get(absolute);
    if (cached && cached.text === text) return cached;
    const fresh = new PositionMap(text);
    this.positions.set(absolute, fresh);
    return fresh;
  }

  private hover(uri: string, position: { line: number; character: number }) {
    const published = this.files.get(uri);
    if (!published) return null;
    const here = published.entries.filter((entry) => rangeContains(entry.lsp.range, position));
    if (here.length === 0) return null;
    const sections = here.map((entry) => {
      const rule = published.workspace.rules.find((candidate) => candidate.id === entry.core.ruleId);
      const heading = `**${entry.core.severity}** \`${entry.core.ruleId}\`: ${entry.core.message}`;
      return rule ? `${heading}\n\n${renderRuleDocs(rule)}` : heading;
    });
    return { contents: { kind: 'markdown' as const, value: sections.join('\n\n---\n\n') }, range: here[0]?.lsp.range };
  }

  private codeActions(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): CodeAction[] {
    const published = this.files.get(uri);
    const document = this.documents.get(uri);
    // Edits are computed on the text last linted; after an edit that is not linted yet they could land anywhere.
    // The linted text has lone CRs as LFs, one for one, so its offsets and LSP lines are the editor's.
    if (!published || (document && lineFeeds(document.getText()) !== published.text)) return [];
    const actions: CodeAction[] = [];
    for (const entry of published.entries) {
      const fix = entry.core.fix;
      if (!fix || !rangesIntersect(entry.lsp.range, range)) continue;
      const changes: Record<string, LspTextEdit[]> = {};
      for (const edit of fix.edits) {
        const absolute = published.workspace.absolute(edit.range.file);
        const editUri = pathToFileURL(absolute).href;
        const text = this.files.get(editUri)?.text;
        const open = this.documents.get(editUri);
        if (text === undefined || (open === undefined ? text : lineFeeds(open.getText())) !== text) continue;
        (changes[editUri] ??= []).push({ range: this.positionsFor(absolute, text).toLspRange(edit.range), newText: edit.text });
      }
      if (Object.keys(changes).length === 0) continue;
      actions.push({ title: fix.description, kind: CodeActionKind.QuickFix, diagnostics: [entry.lsp], isPreferred: true, edit: { changes } });
    }
    return actions;
  }
}

/** `shipshape lsp --stdio`. */
export async function startServer(): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  new ShipshapeServer(connection).listen();
}
