import { isShardWorker } from './cli/shard-setting.js';

/**
 * Entry of dist/cli.cjs, the one bundle of everything the package runs; the launchers in src/launch/
 * load it. Started as a worker thread, it is the rule shard's worker instead.
 */
export { cli } from './cli/run.js';

/** The Action's entry, loaded only by its launcher: it needs node:child_process (git), which costs a CLI run 2 ms. */
export async function action(): Promise<number> {
  return (await import('./action/run.js')).action();
}

if (isShardWorker()) void import('./cli/rule-shard.js');
