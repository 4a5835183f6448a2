import { runAction } from './main.js';

/** Entry of the GitHub Action (action.yml `runs.main` → dist/action.cjs → the bundle); resolves to the exit code. */
export function action(): Promise<number> {
  return runAction(process.env, (text) => process.stdout.write(text));
}
