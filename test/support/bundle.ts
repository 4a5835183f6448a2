import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let built: string | undefined;

/**
 * Bundles the current sources with the real build script into a temporary package directory (once per
 * test file). The bundle finds data files (schemas/) above itself, as in the published package and a
 * checkout of the Action, so the package directory links them.
 */
export function buildBundle(): string {
  if (built !== undefined) return built;
  const packageDir = mkdtempSync(path.join(tmpdir(), 'shipshape-package-'));
  const outdir = path.join(packageDir, 'dist');
  symlinkSync(path.join(ROOT, 'schemas'), path.join(packageDir, 'schemas'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), outdir], { cwd: ROOT, stdio: 'pipe' });
  built = outdir;
  return outdir;
}
