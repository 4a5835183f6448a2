import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

export type Env = Readonly<Record<string, string | undefined>>;

/** What the runner gives an action: inputs as INPUT_* variables and files for outputs and the summary. */
export class ActionEnvironment {
  constructor(private readonly env: Env) {}

  /** Same naming as @actions/core: upper-cased, spaces to `_`, hyphens kept (`INPUT_FAIL-ON`). */
  input(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  }

  variable(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  /** `name<<delimiter` blocks, so any value (newlines included) is safe; the delimiter is random. */
  setOutput(name: string, value: string): void {
    const file = this.variable('GITHUB_OUTPUT');
    if (file === undefined) return;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
  }

  appendSummary(markdown: string): void {
    const file = this.variable('GITHUB_STEP_SUMMARY');
    if (file !== undefined) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  }
}
