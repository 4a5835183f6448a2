import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let built: string | undefined;

/** Bundles the current sources with the real build script into a temporary directory (once per test file). */
export function buildBundle(): string {
  if (built !== undefined) return built;
  const outdir = path.join(mkdtempSync(path.join(tmpdir(), 'shipshape-dist-')), 'dist');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), outdir], { cwd: ROOT, stdio: 'pipe' });
  built = outdir;
  return outdir;
}
