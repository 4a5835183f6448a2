// `npm run schemas`: regenerates schemas/kubernetes/ from the shared upstream directory.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSchemas } from '../src/schema/generate/index.js';
import { sharedDir } from '../src/schema/generate/upstream.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = sharedDir(ROOT);
if (shared === undefined) {
  console.error('shipshape schemas: no shared directory with upstream/ (set SHIPSHAPE_SHARED)');
  process.exit(2);
}
const started = performance.now();
const { files, report } = generateSchemas(path.join(shared, 'upstream'));
const target = path.join(ROOT, 'schemas', 'kubernetes');
// Validators are content-addressed, so the old directory is replaced rather than merged.
rmSync(target, { recursive: true, force: true });
let bytes = 0;
for (const [relative, content] of files) {
  const file = path.join(target, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  bytes += statSync(file).size;
}
const { stats, ...counts } = report;
console.log(JSON.stringify({ ...counts, celRulesNotChecked: stats.celRules, droppedFormats: stats.droppedFormats, droppedPatterns: stats.droppedPatterns.length }, null, 1));
console.log(`wrote ${files.size} files, ${(bytes / 1024 / 1024).toFixed(2)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
