import fg from 'fast-glob';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { SourceText } from '../engine/lint.js';
import { classifyNonManifest, mayBeHelmTemplate } from './classify.js';
import { decodeText } from './decode.js';

export const MANIFEST_EXTENSIONS = ['yaml', 'yml', 'json'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface FoundFile {
  /** As shown to the user: relative to the working directory, with `/`. */
  display: string;
  absolute: string;
}

export interface InputProblem {
  input: string;
  message: string;
}

function toDisplay(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative === '' || relative.startsWith('..') ? absolute : relative).split(path.sep).join('/');
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
 */
export async function findFiles(
  inputs: readonly string[],
  options: { cwd: string; ignore: readonly string[]; ignoreBase: string },
): Promise<{ files: FoundFile[]; problems: InputProblem[] }> {
  const found = new Map<string, FoundFile>();
  const problems: InputProblem[] = [];
  const isIgnored = picomatch([...ALWAYS_IGNORED, ...options.ignore], { dot: true });
  const ignored = (absolute: string) => {
    const relative = path.relative(options.ignoreBase, absolute).split(path.sep).join('/');
    return !relative.startsWith('..') && isIgnored(relative);
  };
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      if (!ignored(absolute)) found.set(absolute, { absolute, display: toDisplay(options.cwd, absolute) });
      continue;
    }
    const isDirectory = stats?.isDirectory() ?? false;
    if (!isDirectory && !fg.isDynamicPattern(input)) {
      problems.push({ input, message: existsAsBrokenLink(absolute) ? 'is a broken symbolic link' : 'no such file or directory' });
      continue;
    }
    const pattern = isDirectory ? `${fg.convertPathToPattern(absolute)}/**/*.{${MANIFEST_EXTENSIONS.join(',')}}` : fg.convertPathToPattern(options.cwd) + '/' + input;
    const entries = await fg(pattern, { absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: true, suppressErrors: true, unique: true });
    let matched = 0;
    for (const entry of entries) {
      const normal = path.normalize(entry);
      if (ignored(normal)) continue;
      matched += 1;
      found.set(normal, { absolute: normal, display: toDisplay(options.cwd, normal) });
    }
    if (matched === 0 && !isDirectory) problems.push({ input, message: 'the pattern matches no file' });
  }
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, problems };
}

/** lstat succeeds on a link whose target is gone, stat does not. */
function existsAsBrokenLink(absolute: string): boolean {
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
    bytes = await readFile(file.absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'ELOOP' ? 'symbolic link loop' : String((error as Error).message);
    return { path: file.display, text: '', configPath, unreadable: `Cannot read the file: ${reason}.` };
  }
  return sourceFromBytes(file.display, bytes, configPath);
}

export function sourceFromBytes(display: string, bytes: Uint8Array, configPath: string = display): SourceText {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { path: display, text: '', configPath, unreadable: `Cannot lint the file: ${decoded.error}.` };
  const skipped = classifyNonManifest(display, decoded.text);
  return {
    path: display,
    text: decoded.text,
    configPath,
    ...(skipped === undefined ? {} : { skipped }),
    ...(skipped === undefined && mayBeHelmTemplate(decoded.text) ? { maybeTemplate: true } : {}),
  };
}
