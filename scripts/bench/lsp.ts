/**
 * `npm run bench:lsp`: what an edit costs the language server in a large workspace. It opens the
 * generated 5k corpus (one file per application, written by `npm run bench`) as a workspace, then
 * edits one file repeatedly and times the two lints the server runs after each edit: the quick one
 * that checks and reports only the edited file (its diagnostics are published from it) and the
 * full one that follows. Times are CPU and wall of this process, after the workspace's first lint.
 *
 *   npm run bench:lsp [-- <workspace dir>] [--edits N]
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Workspace } from '../../src/lsp/workspace.js';
import { generateCorpus, writeCorpus } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const args = process.argv.slice(2);
const editsAt = args.indexOf('--edits');
const edits = editsAt === -1 ? 20 : Number(args[editsAt + 1]);
const given = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--edits');
let root = given === undefined ? path.join(ROOT, '.bench', 'corpus-5k', 'files') : path.resolve(given);
if (given === undefined && !existsSync(root)) {
  process.stderr.write('writing the 5k corpus…\n');
  writeCorpus(path.join(ROOT, '.bench', 'lsp-5k'), generateCorpus(4_900));
  root = path.join(ROOT, '.bench', 'lsp-5k', 'files');
}

const opened = performance.now();
const workspace = await Workspace.open(root, { scan: true });
const scanMs = performance.now() - opened;
const firstStarted = performance.now();
const first = workspace.lint();
const firstMs = performance.now() - firstStarted;
const target = first.files.find((file) => file.skipped === undefined && file.text.includes('kind: Deployment'));
if (!target) throw new Error(`no Deployment file under ${root}`);
const absolute = path.join(root, target.path);

const quickCpu: number[] = [];
const quickWall: number[] = [];
const fullCpu: number[] = [];
const fullWall: number[] = [];
for (let edit = 0; edit < edits; edit += 1) {
  // An edit the rules see: the replica count changes on every keystroke-like step.
  workspace.setText(absolute, target.text.replace(/replicas: \d+/, `replicas: ${(edit % 5) + 1}`));
  let cpu = cpuMs();
  let wall = performance.now();
  workspace.lint(new Set([target.path]));
  quickCpu.push(cpuMs() - cpu);
  quickWall.push(performance.now() - wall);
  cpu = cpuMs();
  wall = performance.now();
  workspace.lint();
  fullCpu.push(cpuMs() - cpu);
  fullWall.push(performance.now() - wall);
}

const round = (values: readonly number[]) => values.map((value) => Math.round(value)).join(' ');
const out = [
  `workspace: ${root} (${first.files.length} files, ${first.resourceCount} resources); scan ${Math.round(scanMs)} ms, first lint ${Math.round(firstMs)} ms`,
  `edited: ${target.path}, ${edits} edits`,
  `quick lint (edited file, published first): median ${median(quickCpu).toFixed(1)} ms CPU, ${median(quickWall).toFixed(1)} ms wall; last 5 edits ${round(quickWall.slice(-5))} ms wall`,
  `full lint (every file, follows):          median ${median(fullCpu).toFixed(1)} ms CPU, ${median(fullWall).toFixed(1)} ms wall`,
  `quick lint per edit, wall ms: ${round(quickWall)}`,
  `load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} on ${os.cpus().length} cores`,
];
process.stdout.write(`${out.join('\n')}\n`);
