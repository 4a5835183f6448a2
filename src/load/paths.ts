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
    // Anything that normalising could change goes the long way.
    if (!rest.startsWith('.') && !rest.includes(`${sep}.`) && !rest.includes(sep + sep) && !rest.endsWith(sep)) {
      return sep === '/' ? rest : rest.split(sep).join('/');
    }
  }
  return path.relative(from, to).split(sep).join('/');
}

/** `path.join(directory, name)` for a normalised directory and a directory entry's name. */
export function childPath(directory: string, name: string): string {
  return directory.endsWith(path.sep) ? directory + name : directory + path.sep + name;
}
