import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, generatedFiles } from '../scripts/generated-files.js';

it('generated files (rule index, READMEs, examples, config schema) are fresh: run `npm run generate`', async () => {
  const stale: string[] = [];
  for (const [relative, content] of await generatedFiles()) {
    let current: string | undefined;
    try {
      current = readFileSync(path.join(ROOT, relative), 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== content) stale.push(relative);
  }
  expect(stale).toEqual([]);
});
