import path from 'node:path';

/**
 * `path.relative(from, to)` with `/` separators, for absolute, normalised paths. The usual case, a
 * file inside `from`, is a slice: `path.relative` resolves both paths again on every call, which was
 * most of the load stage's time per file in a tree of hundreds of files.
 */
export function relativePosix(from: string, to: string): string {
  const sep = path.sep;
  if (!from.endsWith(sep) && to.length > from.length + 1 && to.startsWith(from) && to[from.length] === sep) {
    const rest = to.slice(from.length + 1);
    // Only `.` and `..` segments and empty ones (`//`, a trailing separator) are what normalising
    // changes; a dot-directory such as `.github` is an ordinary name.
    if (isNormalRelative(rest, sep)) return sep === '/' ? rest : rest.split(sep).join('/');
  }
  return path.relative(from, to).split(sep).join('/');
}

function isNormalRelative(rest: string, sep: string): boolean {
  let segmentStart = 0;
  for (let i = 0; i <= rest.length; i += 1) {
    if (i < rest.length && rest[i] !== sep) continue;
    const length = i - segmentStart;
    if (length === 0) return false;
    if (rest.charCodeAt(segmentStart) === 0x2e && (length === 1 || (length === 2 && rest.charCodeAt(segmentStart + 1) === 0x2e))) return false;
    segmentStart = i + 1;
  }
  return true;
}

/** `path.join(directory, name)` for a normalised directory and a directory entry's name. */
export function childPath(directory: string, name: string): string {
  return directory.endsWith(path.sep) ? directory + name : directory + path.sep + name;
}
