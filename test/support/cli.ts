import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with an in-memory terminal. */
export async function runCli(argv: string[], options: { cwd: string; stdin?: string; env?: Record<string, string> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    isTty: false,
  });
  return { code, stdout, stderr };
}

/** A temporary project with the given files (paths relative to it). */
export function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'shipshape-test-'));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}
