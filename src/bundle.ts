import { isShardWorker } from './cli/shard-setting.js';

/**
 * Entry of dist/cli.cjs, the one bundle of everything the package runs; the launchers in src/launch/
 * load it. Started as a worker thread, it is the rule shard's worker instead.
 */
export { cli } from './cli/run.js';
export { action } from './action/run.js';

if (isShardWorker()) void import('./cli/rule-shard.js');
