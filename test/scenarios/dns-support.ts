import { expect } from 'vitest';
import type { EslintResult } from '../../src/report/eslint-results.js';
import { project, runCli } from '../support/cli.js';

/** The rules of issue 3 part A: Services, StatefulSets, pod DNS names and variables. */
export const DNS_RULES: ReadonlySet<string> = new Set([
  'headless-service-port-remap', 'service-target-port-missing', 'headless-service-no-ports', 'pod-subdomain-missing-service',
  'headless-service-publish-not-ready', 'dns-name-unresolvable', 'cluster-domain-mismatch', 'dns-srv-port-missing',
  'env-var-reference-undefined', 'probe-exec-variable-reference',
]);

/** `rule file:line`, sorted: what a scenario expects of these rules and nothing else. */
export async function dnsFindings(files: Record<string, string>): Promise<string[]> {
  const run = await runCli(['.', '--format', 'json'], { cwd: project(files) });
  expect(run.stderr).not.toMatch(/internal error/);
  const results = JSON.parse(run.stdout) as EslintResult[];
  return results
    .flatMap((result) => result.messages.map((message) => ({ file: result.filePath, message })))
    .filter(({ message }) => message.ruleId !== null && DNS_RULES.has(message.ruleId))
    .map(({ file, message }) => `${message.ruleId} ${file}:${message.line}`)
    .sort();
}

/** `rule file:line` for the first line of `file` that contains `snippet`. */
export function finding(files: Record<string, string>, rule: string, file: string, snippet: string): string {
  const lines = (files[file] ?? '').split('\n');
  const index = lines.findIndex((line) => line.includes(snippet));
  if (index === -1) throw new Error(`${file} has no line with ${snippet}`);
  return `${rule} ${file}:${index + 1}`;
}
