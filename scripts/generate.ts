import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, generatedFiles } from './generated-files.js';

const files = await generatedFiles();
for (const [relative, content] of files) {
  const target = path.join(ROOT, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`generated ${files.size} files`);
