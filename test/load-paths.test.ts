import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { childPath, relativePosix } from '../src/load/paths.js';

describe('path helpers of the load stage', () => {
  it('give what path.relative and path.join give, with / separators', () => {
    const base = path.resolve('/work/project');
    const cases = [
      path.join(base, 'a.yaml'),
      path.join(base, 'deep', 'er', 'b.yml'),
      path.join(base, '.hidden', 'c.yaml'),
      path.join(base, '..hidden', 'c.yaml'),
      path.join(base, '.bench', 'corpus', '.x.yaml'),
      `${base}${path.sep}.${path.sep}y.yaml`,
      `${base}${path.sep}..${path.sep}y.yaml`,
      `${base}${path.sep}x${path.sep}.`,
      `${base}${path.sep}x${path.sep}..`,
      `${base}${path.sep}x${path.sep}`,
      `${base}${path.sep}x${path.sep}..${path.sep}y.yaml`,
      `${base}${path.sep}x${path.sep}${path.sep}y.yaml`,
      `${base}${path.sep}`,
      base,
      `${base}-sibling${path.sep}z.yaml`,
      path.resolve('/work/other/d.yaml'),
      path.resolve('/'),
    ];
    for (const to of cases) expect(relativePosix(base, to), to).toBe(path.relative(base, to).split(path.sep).join('/'));
    const outside = [
      path.resolve('/work'),
      path.resolve('/work/project-sibling/x.yaml'),
      path.resolve('/work/.hidden/x.yaml'),
      `${path.resolve('/work')}${path.sep}a${path.sep}..${path.sep}b.yaml`,
      path.resolve('/etc/x.yaml'),
      path.resolve('/x'),
    ];
    for (const from of [base, path.resolve('/work'), path.resolve('/work/.dot/deep'), path.resolve('/')]) {
      for (const to of [...cases, ...outside]) expect(relativePosix(from, to), `${from} -> ${to}`).toBe(path.relative(from, to).split(path.sep).join('/'));
    }
    expect(relativePosix(path.resolve('/'), path.resolve('/etc/x.yaml'))).toBe(path.relative(path.resolve('/'), path.resolve('/etc/x.yaml')).split(path.sep).join('/'));
    expect(childPath(base, 'e.yaml')).toBe(path.join(base, 'e.yaml'));
    expect(childPath(path.resolve('/'), 'etc')).toBe(path.join(path.resolve('/'), 'etc'));
  });

  afterEach(() => vi.restoreAllMocks());

  // A tree of hundreds of files under `.deploy/` or `.bench/` paid path.relative for each file twice.
  it('answer a file below a dot-directory without path.relative', () => {
    const relative = vi.spyOn(path, 'relative');
    const base = path.resolve('/work/project');
    expect(relativePosix(base, path.join(base, '.github', 'deploy', 'a.yaml'))).toBe('.github/deploy/a.yaml');
    expect(relative).not.toHaveBeenCalled();
  });

  it.skipIf(path.sep !== '/')('answer a file in a sibling tree without path.relative (POSIX paths)', () => {
    const relative = vi.spyOn(path, 'relative');
    expect(relativePosix('/work/project', '/work/charts/.deploy/b.yaml')).toBe('../charts/.deploy/b.yaml');
    expect(relativePosix('/work/project', '/srv/x.yaml')).toBe('../../srv/x.yaml');
    expect(relative).not.toHaveBeenCalled();
  });
});
