import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/file.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/resolved.js';
import { lint, type LintResult, type SourceText } from '../engine/lint.js';
import { GraphReuse } from '../graph/build.js';
import type { Rule } from '../engine/rule.js';
import { sourceFromBytes } from '../load/files.js';
import { configRelative, findProjectFiles, isProjectFile, readProjectSources } from '../load/project.js';
import { relativePosix } from '../load/paths.js';
import { parseFile, type ParsedFile } from '../parse/parse-file.js';
import { UsageError } from '../cli/args.js';
import { loadConfig, builtinRules } from '../cli/project.js';
import { withExtraSchemas } from '../cli/schema-dirs.js';

/**
 * The files of one workspace folder, as the editor sees them: disk text overlaid with the text of open
 * documents. The graph needs every manifest, so the folder is scanned once; after that only files that
 * change are read or parsed again (parses are cached by path and text). This class is the seam for
 * making edits cheaper in big workspaces: `lint()` is the only place that runs the engine.
 */
export class Workspace {
  private readonly sources = new Map<string, SourceText>();
  private readonly parsed = new Map<string, ParsedFile>();
  /** Resources of the documents in `parsed`, kept for the next graph. */
  private readonly reuse = new GraphReuse();
  private config!: ResolvedConfig;
  private ruleList: readonly Rule[] = [];
  /** Set while the config file is broken; the workspace then lints with the defaults. */
  configError: ConfigError | undefined;

  private constructor(
    /** Absolute directory; paths in diagnostics are relative to it. */
    readonly root: string,
    /** False for a loose file opened outside any workspace folder: lint open files only. */
    private readonly scanned: boolean,
  ) {}

  static async open(root: string, options: { scan: boolean }): Promise<Workspace> {
    const workspace = new Workspace(path.resolve(root), options.scan);
    await workspace.reload();
    return workspace;
  }

  get rules(): readonly Rule[] {
    return this.ruleList;
  }

  /** The config file in force, to watch it. */
  get configFile(): string | undefined {
    return this.config.file ?? this.configError?.file;
  }

  /** (Re)reads the config and rescans the folder; open documents keep their editor text. */
  async reload(open: ReadonlyMap<string, string> = new Map()): Promise<void> {
    const builtins = await builtinRules();
    try {
      const loaded = await loadConfig({ cwd: this.root }, builtins);
      // The same resolution as the CLI: schema directories named in the config are read here.
      try {
        this.config = withExtraSchemas(loaded.config, this.root);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        throw new ConfigError(loaded.config.file ?? this.root, undefined, undefined, error.message);
      }
      this.ruleList = loaded.rules;
      this.configError = undefined;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // An editor should keep linting while the user fixes a typo in the config.
      this.configError = error;
      this.config = { ...DEFAULT_CONFIG, baseDir: this.root };
      this.ruleList = builtins;
    }
    this.sources.clear();
    if (this.scanned) {
      const found = await findProjectFiles(['.'], { cwd: this.root, config: this.config });
      for (const source of await readProjectSources(found.files, this.config)) this.sources.set(source.path, source);
    }
    for (const [absolute, text] of open) if (this.accepts(absolute)) this.setText(absolute, text);
  }

  /** Path as diagnostics name it: relative to the root, with `/`. */
  relative(absolute: string): string {
    return relativePosix(this.root, absolute);
  }

  absolute(relative: string): string {
    return path.resolve(this.root, relative);
  }

  contains(absolute: string): boolean {
    const relative = path.relative(this.root, absolute);
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  }

  has(absolute: string): boolean {
    return this.sources.has(this.relative(absolute));
  }

  /** Whether a file belongs to the project: a manifest extension and not ignored by the config. */
  accepts(absolute: string): boolean {
    if (!this.contains(absolute)) return false;
    return this.has(absolute) || isProjectFile(absolute, { root: this.root, config: this.config });
  }

  setText(absolute: string, text: string): void {
    const relative = this.relative(absolute);
    this.sources.set(relative, sourceFromBytes(relative, Buffer.from(text, 'utf8'), configRelative(this.config, absolute)));
  }

  /** A document closed in the editor: back to what is on disk (or gone, if it was never saved). */
  async revert(absolute: string): Promise<void> {
    try {
      this.setText(absolute, await readFile(absolute, 'utf8'));
    } catch {
      this.remove(absolute);
    }
    if (!this.scanned) this.remove(absolute);
  }

  remove(absolute: string): void {
    const relative = this.relative(absolute);
    this.sources.delete(relative);
    this.parsed.delete(relative);
  }

  textOf(relative: string): string | undefined {
    return this.sources.get(relative)?.text;
  }

  /**
   * Lints the whole workspace; unchanged files come from the parse cache. With `only` (relative
   * paths), every file still builds the graph but only those files are checked and reported: the
   * quick first answer after an edit.
   */
  lint(only?: ReadonlySet<string>): LintResult {
    for (const cached of this.parsed.keys()) if (!this.sources.has(cached)) this.parsed.delete(cached);
    return lint([...this.sources.values()], this.config, this.ruleList, { parse: (file, text) => this.parse(file, text), reuse: this.reuse, ...(only === undefined ? {} : { only }) });
  }

  private parse(file: string, text: string): ParsedFile {
    const cached = this.parsed.get(file);
    if (cached !== undefined && cached.text === text) return cached;
    const fresh = parseFile(file, text);
    this.parsed.set(file, fresh);
    return fresh;
  }
}
