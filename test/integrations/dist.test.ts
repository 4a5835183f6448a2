import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, buildBundle } from '../support/bundle.js';

function listFiles(directory: string, prefix = ''): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(directory, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

// pre-commit and the GitHub Action run the committed bundle as it is: they cannot build.
it('the committed dist/ is what `npm run build` makes from the current sources (else run it and commit dist/)', () => {
  const fresh = buildBundle();
  const committed = path.join(ROOT, 'dist');
  expect(listFiles(committed)).toEqual(listFiles(fresh));
  const stale = listFiles(fresh).filter((file) => readFileSync(path.join(fresh, file), 'utf8') !== readFileSync(path.join(committed, file), 'utf8'));
  expect(stale).toEqual([]);
});
