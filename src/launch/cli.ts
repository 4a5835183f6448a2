import { loadBundle } from './load-bundle.js';

/** dist/shipshape.cjs, which bin/shipshape.cjs (and so pre-commit and editors) start: the CLI from the bundle. */
void loadBundle(new URL('./cli.cjs', import.meta.url))
  .cli()
  .then((code) => {
    process.exitCode = code;
  });
