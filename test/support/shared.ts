import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The team's shared folder (corpus, upstream schemas), or undefined on a user's fresh clone. */
export function sharedDir(): string | undefined {
  const candidates = [process.env['SHIPSHAPE_SHARED'], path.join(ROOT, '..', 'shared'), '/work/shared'];
  return candidates.find((candidate): candidate is string => candidate !== undefined && existsSync(path.join(candidate, 'corpus')));
}

/** Why a test that needs the shared folder is skipped; throws in CI, where it must run. */
export function sharedSkipReason(): string | undefined {
  if (sharedDir() !== undefined) return undefined;
  if (process.env['SHIPSHAPE_REQUIRE_SHARED'] === '1') throw new Error('SHIPSHAPE_REQUIRE_SHARED=1 but ../shared (corpus, upstream) was not found');
  return 'skipped: ../shared (the team corpus) is not present on this machine';
}
