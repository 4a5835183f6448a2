import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { buildBundle } from '../../support/bundle.js';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
export const PRELOAD_DIR = path.join(ROOT, 'test', 'robustness', 'preload');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process through `main`, with captured streams and an optional stdin. */
export async function runInProcess(argv: readonly string[], options: { cwd: string; stdin?: Uint8Array | string; env?: Record<string, string> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin ?? new Uint8Array();
  const code = await main(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => stdin,
    isTty: false,
  });
  return { code, stdout, stderr };
}

/**
 * The CLI bundled as `npm run build` makes it (test/support/bundle.ts: once per test file, in a
 * package directory that links schemas/ as the published package has it).
 */
export function buildCli(): { entry: string; cleanup: () => void } {
  return { entry: path.join(buildBundle(), 'shipshape.cjs'), cleanup: () => undefined };
}

export interface ProcessRun extends CliRun {
  /** Peak resident memory of the child in bytes, measured by the stats preload. */
  maxRss: number;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

/**
 * Runs the built CLI as a real process with a heap cap and a wall-clock limit, so a blow-up shows as
 * a failed assertion rather than a stuck or swapping test run. The stats preload reports peak memory.
 */
export function runProcess(
  entry: string,
  argv: readonly string[],
  options: { cwd: string; stdin?: Uint8Array | string; timeoutMs?: number; heapMb?: number; preloads?: string[]; env?: Record<string, string>; measure?: boolean },
): Promise<ProcessRun> {
  const statsDir = mkdtempSync(path.join(tmpdir(), 'shipshape-stats-'));
  const statsFile = path.join(statsDir, 'stats.json');
  const preloads = [...(options.measure === false ? [] : [path.join(PRELOAD_DIR, 'stats.mjs')]), ...(options.preloads ?? [])];
  const nodeArgs = [`--max-old-space-size=${options.heapMb ?? 1024}`, ...preloads.flatMap((preload) => ['--import', pathToUrl(preload)]), entry, ...argv];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...options.env, SHIPSHAPE_TEST_STATS: statsFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let maxRss = 0;
      try {
        maxRss = (JSON.parse(readFileSync(statsFile, 'utf8')) as { maxRss: number }).maxRss;
      } catch {
        maxRss = Number.NaN;
      }
      rmSync(statsDir, { recursive: true, force: true });
      resolve({ code: code ?? -1, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), maxRss });
    });
  });
}

function pathToUrl(file: string): string {
  return new URL(`file://${file}`).href;
}

/** A JavaScript stack frame (`    at fn (file.js:1:2)`): what a crash prints and a user must never see. */
export const STACK_TRACE = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;
