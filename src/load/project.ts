import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/resolved.js';
import type { SourceText } from '../engine/lint.js';
import { relativePosix } from './paths.js';
import { ALWAYS_IGNORED, MANIFEST_EXTENSIONS, findFiles, readIgnoreFile, readSource, type FoundFile } from './files.js';

/** Ignore globs of a project: the config's `ignore` plus `.shipshapeignore` beside the config. */
export function ignoreGlobs(config: ResolvedConfig): string[] {
  return [...config.ignore, ...readIgnoreFile(path.join(config.baseDir, '.shipshapeignore'))];
}

/** A path as override globs see it: relative to the config file's directory, with `/`. */
export function configRelative(config: ResolvedConfig, absolute: string): string {
  return relativePosix(config.baseDir, absolute);
}

/** Finds the manifest files of some inputs (files, directories, globs), honouring the project's ignores. */
export async function findProjectFiles(inputs: readonly string[], options: { cwd: string; config: ResolvedConfig }): Promise<{ files: FoundFile[]; problems: string[] }> {
  if (inputs.length === 0) return { files: [], problems: [] };
  const found = await findFiles(inputs, { cwd: options.cwd, ignore: ignoreGlobs(options.config), ignoreBase: options.config.baseDir });
  return { files: found.files, problems: found.problems.map((problem) => `${problem.input}: ${problem.message}`) };
}

/** Reads found files into what the engine lints. */
export async function readProjectSources(files: readonly FoundFile[], config: ResolvedConfig): Promise<SourceText[]> {
  return Promise.all(files.map((file) => readSource(file, configRelative(config, file.absolute))));
}

/**
 * Whether a file would be linted by a scan of the project: a manifest extension, no hidden directory
 * on the way (scans skip dot files), not ignored. Answers for files that do not exist on disk yet
 * (an editor's unsaved buffer).
 */
export function isProjectFile(absolute: string, options: { root: string; config: ResolvedConfig }): boolean {
  const extension = path.extname(absolute).slice(1).toLowerCase();
  if (!MANIFEST_EXTENSIONS.includes(extension)) return false;
  const fromRoot = path.relative(options.root, absolute).split(path.sep);
  if (fromRoot.some((segment) => segment.startsWith('.') && segment !== '..')) return false;
  const relative = configRelative(options.config, absolute);
  return relative.startsWith('..') || !picomatch([...ALWAYS_IGNORED, ...ignoreGlobs(options.config)], { dot: true })(relative);
}
