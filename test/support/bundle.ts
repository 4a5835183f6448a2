import { execFileSync, spawnSync } from 'node:child_process';
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

/** A lint of two examples by the built launcher, as bin/shipshape.cjs runs it, with SHIPSHAPE_TIMING's report lines. */
export function lintExamplesWithLauncher(env: Record<string, string>, nodeFlags: readonly string[] = []): { stdout: string; timingLine: (prefix: string) => string } {
  const run = spawnSync(process.execPath, [...nodeFlags, path.join(buildBundle(), 'shipshape.cjs'), '--format', 'json', 'kafka/broken', 'istio-headless'], {
    cwd: path.join(ROOT, 'examples'),
    encoding: 'utf8',
    env: { ...process.env, SHIPSHAPE_TIMING: '1', ...env },
  });
  if (run.status !== 1) throw new Error(`the launcher exited ${run.status}: ${run.stderr}`);
  return { stdout: run.stdout, timingLine: (prefix) => run.stderr.split('\n').find((line) => line.startsWith(prefix)) ?? '' };
}
