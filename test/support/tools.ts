import { spawnSync } from 'node:child_process';

/**
 * Tests that drive real external programs (pre-commit, Neovim) skip with a one-line reason where the
 * program is missing, and fail instead when SHIPSHAPE_REQUIRE_TOOLS=1 (set by .ci/run, which installs them).
 */
export function toolAvailable(command: string, args: readonly string[] = ['--version']): { ok: true } | { ok: false; reason: string } {
  const probe = spawnSync(command, args, { encoding: 'utf8', timeout: 20_000 });
  if (probe.error === undefined && probe.status === 0) return { ok: true };
  const reason = `${command} is not installed (apt-get install ${command === 'nvim' ? 'neovim' : command}); set SHIPSHAPE_REQUIRE_TOOLS=1 to make this a failure`;
  if (process.env['SHIPSHAPE_REQUIRE_TOOLS'] === '1') throw new Error(`SHIPSHAPE_REQUIRE_TOOLS=1 but ${command} cannot run: ${probe.error?.message ?? probe.stderr}`);
  return { ok: false, reason };
}
