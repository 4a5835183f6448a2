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
  return (sep === '/' ? outsideRelative(from, to) : undefined) ?? path.relative(from, to).split(sep).join('/');
}

/**
 * A file outside `from` (a tree linted from a sibling directory: `../charts/x.yaml`), by POSIX paths
 * alone: up from `from` to the first ancestor that holds `to`. Undefined when either path is not
 * absolute and normal, or `to` is an ancestor of `from`; path.relative then answers.
 */
function outsideRelative(from: string, to: string): string | undefined {
  if (!from.startsWith('/') || !to.startsWith('/') || from === '/' || !isNormalRelative(from.slice(1), '/')) return undefined;
  let ancestor = from;
  let ups = 0;
  while (!to.startsWith(`${ancestor}/`)) {
    if (ancestor === '' || to === ancestor) return undefined;
    ancestor = ancestor.slice(0, ancestor.lastIndexOf('/'));
    ups += 1;
  }
  const rest = to.slice(ancestor.length + 1);
  return isNormalRelative(rest, '/') ? '../'.repeat(ups) + rest : undefined;
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
