import { runAction } from './main.js';

/** Entry of the GitHub Action (action.yml `runs.main` → dist/action.js). */
process.exitCode = await runAction(process.env, (text) => process.stdout.write(text));
