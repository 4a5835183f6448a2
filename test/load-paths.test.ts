import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childPath, relativePosix } from '../src/load/paths.js';

describe('path helpers of the load stage', () => {
  it('give what path.relative and path.join give, with / separators', () => {
    const base = path.resolve('/work/project');
    const cases = [
      path.join(base, 'a.yaml'),
      path.join(base, 'deep', 'er', 'b.yml'),
      path.join(base, '.hidden', 'c.yaml'),
      `${base}${path.sep}x${path.sep}..${path.sep}y.yaml`,
      `${base}${path.sep}x${path.sep}${path.sep}y.yaml`,
      `${base}${path.sep}`,
      base,
      `${base}-sibling${path.sep}z.yaml`,
      path.resolve('/work/other/d.yaml'),
      path.resolve('/'),
    ];
    for (const to of cases) expect(relativePosix(base, to), to).toBe(path.relative(base, to).split(path.sep).join('/'));
    expect(relativePosix(path.resolve('/'), path.resolve('/etc/x.yaml'))).toBe(path.relative(path.resolve('/'), path.resolve('/etc/x.yaml')).split(path.sep).join('/'));
    expect(childPath(base, 'e.yaml')).toBe(path.join(base, 'e.yaml'));
    expect(childPath(path.resolve('/'), 'etc')).toBe(path.join(path.resolve('/'), 'etc'));
  });
});
