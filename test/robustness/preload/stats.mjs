// Loaded with `node --import` by the robustness tests: writes the process's peak resident memory to
// the file named by SHIPSHAPE_TEST_STATS when it exits, so tests can bound memory without /usr/bin/time.
import { writeFileSync } from 'node:fs';

const target = process.env.SHIPSHAPE_TEST_STATS;
if (target) {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes.
    writeFileSync(target, JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024 }));
  });
}
