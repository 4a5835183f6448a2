import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { childPath } from './paths.js';

/** A file found under a directory, with the path it was reached by and the file it really is. */
export interface WalkedFile {
  absolute: string;
  real: string;
}

/** A directory that could not be read. */
export interface WalkSkip {
  absolute: string;
  reason: string;
}

export interface WalkOptions {
  /** Whether a file found by the walk is wanted (extension or glob match). */
  accept: (absolute: string) => boolean;
  /** Whether a directory or file is ignored; ignored directories are not entered at all. */
  ignored: (absolute: string) => boolean;
  /** How many directory levels below the root to enter (Infinity for `**`). */
  maxDepth: number;
}

/** Why a path cannot be followed, in words that read after "x.yaml:" and after "Cannot read the file:". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'broken symbolic link (its target does not exist)';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'path too long';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/**
 * Lists files below a directory, following symbolic links. Each real directory is entered once per
 * walk: a link back to an ancestor (`current -> .`) would otherwise be walked until the kernel's
 * 40-link limit, and two such links make that 2^40 paths, a hang. Entries are read in sorted order
 * and the walk is sequential, so which path names a directory reached twice is always the same.
 * Dot entries are skipped, as shell globs do.
 */
export function walkDirectory(root: string, options: WalkOptions): { files: WalkedFile[]; skipped: WalkSkip[] } {
  const files: WalkedFile[] = [];
  const skipped: WalkSkip[] = [];
  // Per walk, not per run: `*.yaml` (depth 0) must not stop a later `.` from entering the same tree.
  const visited = new Set<string>();
  const walk = (directory: string, real: string, depth: number): void => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      skipped.push({ absolute: directory, reason: `cannot read the directory (${describeFsError(error)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = childPath(directory, entry.name);
      if (options.ignored(absolute)) continue;
      let isFile = entry.isFile();
      let isDirectory = entry.isDirectory();
      let target = childPath(real, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          const stats = statSync(absolute);
          isFile = stats.isFile();
          isDirectory = stats.isDirectory();
          target = realpathSync(absolute);
        } catch {
          // A dangling or looping link named like a manifest is returned as a file: reading it fails,
          // and the user sees a file-unreadable finding on that path instead of a silent gap.
          if (options.accept(absolute)) files.push({ absolute, real: absolute });
          continue;
        }
      }
      if (isDirectory) {
        if (depth < options.maxDepth) walk(absolute, target, depth + 1);
      } else if (isFile && options.accept(absolute)) {
        files.push({ absolute, real: target });
      }
    }
  };
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    return { files, skipped: [{ absolute: root, reason: describeFsError(error) }] };
  }
  walk(root, realRoot, 0);
  return { files, skipped };
}
