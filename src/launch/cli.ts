import { loadBundle } from './load-bundle.js';

/** dist/shipshape.js, which bin/shipshape.js (and so pre-commit and editors) start: the CLI from the bundle. */
process.exitCode = await loadBundle(new URL('./cli.cjs', import.meta.url)).cli();
