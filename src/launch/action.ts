import { loadBundle } from './load-bundle.js';

/**
 * dist/action.cjs, the GitHub Action's `runs.main`: the Action's entry from the bundle. Without the
 * code cache: a job runs the Action once, so a cache would cost its writing and never be read.
 */
void loadBundle(new URL('./cli.cjs', import.meta.url), { codeCache: false })
  .action()
  .then((code) => {
    process.exitCode = code;
  });
