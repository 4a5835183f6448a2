import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { SourceText } from '../engine/lint.js';
import { classifyNonManifest, mayBeHelmTemplate } from './classify.js';
import { decodeText } from './decode.js';
import { kustomizeGeneratedObjects } from './kustomize-generators.js';
import { relativePosix } from './paths.js';
import { describeFsError, walkDirectory } from './walk.js';

export const MANIFEST_EXTENSIONS = ['yaml', 'yml', 'json'];
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface FoundFile {
  /** As shown to the user: relative to the working directory, with `/`. */
  display: string;
  absolute: string;
}

export interface InputProblem {
  input: string;
  message: string;
}

/** A path as findings name it: relative to the working directory, with `/`. */
export function toDisplay(cwd: string, absolute: string): string {
  const relative = relativePosix(cwd, absolute);
  // Relative to the working directory, `../` included, as the user would type it; absolute only across drives.
  return relative === '' || path.isAbsolute(relative) ? toPosix(absolute) : relative;
}

/** Patterns of a `.shipshapeignore` (gitignore-like: `dir/` means everything below, `#` comments). */
export function readIgnoreFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return parseIgnorePatterns(text);
}

export function parseIgnorePatterns(text: string): string[] {
  const patterns: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const anchored = line.startsWith('/') ? line.slice(1) : line.includes('/') && !line.endsWith('/') ? line : `**/${line}`;
    patterns.push(anchored.endsWith('/') ? `${anchored}**` : anchored, anchored.endsWith('/') ? anchored.slice(0, -1) : `${anchored}/**`);
  }
  return patterns;
}

/**
 * Expands paths, directories (recursively, `*.yaml`, `*.yml`, `*.json`) and globs into a sorted,
 * de-duplicated file list. Ignore globs are relative to `ignoreBase` (the config's directory).
 * A file reached by several paths (symbolic links) is linted once, under the path that sorts first,
 * so the result never depends on the order of the inputs.
 */
export async function findFiles(
  inputs: readonly string[],
  options: { cwd: string; ignore: readonly string[]; ignoreBase: string },
): Promise<{ files: FoundFile[]; problems: InputProblem[] }> {
  const byReal = new Map<string, FoundFile>();
  const problems: InputProblem[] = [];
  const isIgnored = picomatch([...ALWAYS_IGNORED, ...options.ignore], { dot: true });
  const ignored = (absolute: string) => {
    const relative = relativePosix(options.ignoreBase, absolute);
    return relative !== '' && !relative.startsWith('..') && isIgnored(relative);
  };
  const add = (absolute: string, real: string) => {
    const file = { absolute, display: toDisplay(options.cwd, absolute) };
    const existing = byReal.get(real);
    if (existing === undefined || file.display < existing.display) byReal.set(real, file);
  };
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    const scan = picomatch.scan(input);
    let stats: Stats | undefined;
    let statError: unknown;
    try {
      stats = statSync(absolute);
    } catch (error) {
      statError = error;
    }
    if (stats?.isFile()) {
      if (!ignored(absolute)) add(absolute, realPath(absolute));
      continue;
    }
    const isDirectory = stats?.isDirectory() ?? false;
    if (!isDirectory && !scan.isGlob) {
      problems.push({ input, message: stats === undefined ? missingReason(absolute, statError) : 'is not a regular file or directory' });
      continue;
    }
    const root = isDirectory ? absolute : path.resolve(options.cwd, scan.base);
    if (!isDirectory && !isDirectoryPath(root)) {
      problems.push({ input, message: 'the pattern matches no file' });
      continue;
    }
    // The glob is matched below its literal base, so brackets in the base's own name stay literal.
    const matchesGlob = isDirectory ? undefined : picomatch(scan.glob, { dot: false });
    const walked = walkDirectory(root, {
      accept: (file) => (matchesGlob === undefined ? hasManifestExtension(file) : matchesGlob(relativePosix(root, file))),
      ignored,
      maxDepth: isDirectory || /\*\*|\{/.test(scan.glob) ? Infinity : scan.glob.split('/').length - 1,
    });
    for (const file of walked.files) add(file.absolute, file.real);
    for (const skip of walked.skipped) problems.push({ input: toDisplay(options.cwd, skip.absolute), message: skip.reason });
    if (walked.files.length === 0 && !isDirectory) problems.push({ input, message: 'the pattern matches no file' });
  }
  const files = [...byReal.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, problems };
}

const MANIFEST_FILE = new RegExp(`\\.(?:${MANIFEST_EXTENSIONS.join('|')})$`);

function hasManifestExtension(file: string): boolean {
  return MANIFEST_FILE.test(file);
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

function isDirectoryPath(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

function realPath(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/** Why a named input cannot be used: gone, a dangling link or a link loop, said plainly. */
function missingReason(absolute: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && !existsAsLink(absolute)) return 'no such file or directory';
  return describeFsError(error);
}

/** lstat succeeds on a link whose target is gone, stat does not. */
function existsAsLink(absolute: string): boolean {
  try {
    return lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Reads and decodes one file into what the engine lints; never throws. */
export async function readSource(file: FoundFile, configPath: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: thousands of small reads through fs/promises cost more in FileHandle
    // bookkeeping (open, fstat, close round trips) than the reads themselves; lint waits for all of them anyway.
    bytes = readFileSync(file.absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? 'it is a directory' : code === 'ENOENT' && !existsAsLink(file.absolute) ? 'no such file' : describeFsError(error);
    return { path: file.display, text: '', configPath, unreadable: `Cannot read the file: ${reason}.` };
  }
  return sourceFromBytes(file.display, bytes, configPath);
}

export function sourceFromBytes(display: string, bytes: Uint8Array, configPath: string = display): SourceText {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { path: display, text: '', configPath, unreadable: `Cannot lint the file: ${decoded.error}.` };
  const skipped = classifyNonManifest(display, decoded.text);
  // A skipped kustomization still tells what its generators make, which resources beside it refer to.
  const generated = skipped === undefined ? [] : kustomizeGeneratedObjects(display, decoded.text);
  return {
    path: display,
    text: decoded.text,
    configPath,
    ...(skipped === undefined ? {} : { skipped }),
    ...(generated.length === 0 ? {} : { generated }),
    ...(skipped === undefined && mayBeHelmTemplate(decoded.text) ? { maybeTemplate: true } : {}),
  };
}
