/**
 * `npm run bench:ab`: is the working tree faster than a commit? Both are built, each gets its own
 * code cache (filled by a warm-up run that is not measured), and then they run as whole processes in
 * alternating order, round after round, on the same input. The report gives each build's medians and
 * the median of the per-round differences with a distribution-free 95% interval: on a machine whose
 * load drifts, that settles a 5 ms question that two separate medians cannot. It also says whether
 * the two builds wrote the same output.
 *
 *   npm run bench:ab                                 HEAD against the working tree, 21 rounds, 5k one file
 *   npm run bench:ab -- --base main~3 --runs 31
 *   npm run bench:ab -- --base . --node-flags --max-semi-space-size=16     a V8 flag on the same build
 *   npm run bench:ab -- --env SHIPSHAPE_WORKERS=2 -- .bench/corpus-5k/files
 *   npm run bench:ab -- --instructions              instructions counted under valgrind, 3 rounds
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH, ROOT, runScript, scriptArguments } from './inputs.js';
import { COUNT_PARTS, COUNTING_NODE_FLAGS, countProfile, countingCommand, valgrindAvailable, type InstructionCount } from './instructions.js';
import { compareCounts, median, pairedDifference } from './stats.js';

const AB = path.join(BENCH, 'ab');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Options {
  base: string;
  runs: number;
  baseNodeFlags: string[];
  nodeFlags: string[];
  baseEnv: Record<string, string>;
  env: Record<string, string>;
  /** shipshape's arguments; the harness adds `-o` itself. */
  args: string[];
  /** Count instructions under valgrind instead of timing. */
  instructions: boolean;
}

const USAGE = `usage: npm run bench:ab -- [--base <git ref> | --base .] [--runs N] [--node-flags "<flags>"] [--base-node-flags "<flags>"] [--env K=V] [--base-env K=V] [--instructions] [-- <shipshape arguments>]`;

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { base: 'HEAD', runs: 0, baseNodeFlags: [], nodeFlags: [], baseEnv: {}, env: {}, args: [], instructions: false };
  const { own, lint } = scriptArguments(argv);
  options.args = lint;
  for (let i = 0; i < own.length; i += 1) {
    const name = own[i];
    if (name === '--instructions') {
      options.instructions = true;
      continue;
    }
    const value = own[i + 1];
    if (value === undefined) throw new Error(`${String(name)} needs a value\n${USAGE}`);
    i += 1;
    if (name === '--base') options.base = value;
    else if (name === '--runs') options.runs = Number(value);
    else if (name === '--node-flags') options.nodeFlags = value.split(/\s+/).filter(Boolean);
    else if (name === '--base-node-flags') options.baseNodeFlags = value.split(/\s+/).filter(Boolean);
    else if (name === '--env' || name === '--base-env') {
      const split = value.indexOf('=');
      if (split < 1) throw new Error(`${name} takes NAME=VALUE, not ${value}`);
      (name === '--env' ? options.env : options.baseEnv)[value.slice(0, split)] = value.slice(split + 1);
    } else throw new Error(`unknown option ${String(name)}\n${USAGE}`);
  }
  // Counts repeat to a hundredth of a percent, and each counted run takes half a minute.
  if (options.runs === 0) options.runs = options.instructions ? 3 : 21;
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error(`--runs takes a positive whole number\n${USAGE}`);
  if (options.args.some((arg) => arg === '-o' || arg === '--output-file' || arg.startsWith('--output-file='))) {
    throw new Error('leave out -o: each build writes its output to a file of its own, which the report compares');
  }
  return options;
}

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${String(result.status)})`);
}

/**
 * A copy of `from` at `to`, hard-linked where `link` (node_modules, which nobody edits in place) and
 * copied otherwise (an edit to schemas/ while a comparison runs must not reach the build it measures).
 * Both builds get their files this way rather than through symbolic links, which Node would resolve
 * for every module it loads in one build and not in the other.
 */
function copyTree(from: string, to: string, link: boolean): void {
  rmSync(to, { recursive: true, force: true });
  if (link && spawnSync('cp', ['-al', from, to], { stdio: 'ignore' }).status === 0) return;
  cpSync(from, to, { recursive: true });
}

/** The working tree, built into .bench/ab/work so that the tracked dist/ is never touched. */
function buildWorkingTree(): string {
  // As long as a commit's directory name (12 hex digits): path lengths change what a run allocates.
  const dir = path.join(AB, 'working-tree');
  run(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), path.join(dir, 'dist')], ROOT);
  for (const name of ['package.json', 'node_modules', 'schemas', 'rules']) copyTree(path.join(ROOT, name), path.join(dir, name), name === 'node_modules');
  return dir;
}

/** A commit, exported by `git archive` into .bench/ab/<commit> and built with its own build script; kept for the next comparison. */
function buildCommit(ref: string): { dir: string; commit: string } {
  const resolved = spawnSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' });
  const commit = resolved.stdout.trim();
  if (resolved.status !== 0 || commit === '') throw new Error(`${ref} names no commit`);
  const dir = path.join(AB, commit.slice(0, 12));
  // Builds kept from before node_modules was copied rather than linked are made again.
  const stale = existsSync(path.join(dir, 'node_modules')) && lstatSync(path.join(dir, 'node_modules')).isSymbolicLink();
  if (stale || !existsSync(path.join(dir, 'dist', 'shipshape.cjs'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = spawnSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${commit} failed`);
    const extracted = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
    if (extracted.status !== 0) throw new Error(`extracting ${commit} failed`);
    // Dependencies come from the working tree: a comparison is about shipshape's code.
    copyTree(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), true);
    run(process.execPath, ['scripts/build.mjs'], dir);
  }
  return { dir, commit };
}

interface Variant {
  label: string;
  entry: string;
  nodeFlags: string[];
  env: Record<string, string>;
  output: string;
  wall: number[];
  cpu: number[];
  rssMb: number[];
  instructions: InstructionCount[];
}

function variant(label: string, dir: string, nodeFlags: string[], env: Record<string, string>): Variant {
  const cache = path.join(AB, `code-cache-${label}`);
  rmSync(cache, { recursive: true, force: true });
  return {
    label,
    entry: path.join(dir, 'dist', 'shipshape.cjs'),
    nodeFlags,
    env: { SHIPSHAPE_CODE_CACHE: cache, ...env },
    output: path.join(AB, `output-${label}`),
    wall: [],
    cpu: [],
    rssMb: [],
    instructions: [],
  };
}

function measure(target: Variant, args: readonly string[], record: boolean, counting: boolean): void {
  const timeFile = path.join(AB, 'time.txt');
  const command = [process.execPath, ...(counting ? COUNTING_NODE_FLAGS : []), ...target.nodeFlags, target.entry, ...args, '-o', target.output];
  const profile = path.join(AB, `profile-${target.label}.out`);
  const full = counting ? countingCommand(command, profile) : TIME ? [TIME, '-f', '%U %S %M', '-o', timeFile, ...command] : command;
  const started = process.hrtime.bigint();
  const result = spawnSync(full[0] ?? '', full.slice(1), { cwd: ROOT, env: { ...process.env, ...target.env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  // shipshape exits 1 when it finds problems; 2 and above mean it could not lint.
  if (result.status === null || result.status > 1) throw new Error(`${target.label} failed (exit ${String(result.status)}): ${String(result.stderr).slice(0, 400)}`);
  if (!record) return;
  if (counting) {
    const count = countProfile(profile);
    if (count === undefined) throw new Error(`callgrind_annotate could not read ${profile}`);
    target.instructions.push(count);
    return;
  }
  target.wall.push(wall);
  if (TIME && existsSync(timeFile)) {
    const [user, system, kb] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    if (user !== undefined && system !== undefined) target.cpu.push((user + system) * 1000);
    if (kb !== undefined) target.rssMb.push(kb / 1024);
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const signed = (value: number) => {
  // CPU times are sums of floats: a difference of -1e-13 would print as -0.0.
  const rounded = Math.round(value * 10) / 10 || 0;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}`;
};

function describeDifference(name: string, a: readonly number[], b: readonly number[], labels: readonly [string, string]): string {
  if (a.length === 0 || a.length !== b.length) return `${name}: not measured`;
  const difference = pairedDifference(a, b);
  const interval = difference.interval ? `, 95% interval ${signed(difference.interval[0])} to ${signed(difference.interval[1])} ms` : ', too few rounds for an interval';
  const verdict = difference.interval === undefined ? '' : difference.interval[1] < 0 ? ` → ${labels[1]} is faster` : difference.interval[0] > 0 ? ` → ${labels[1]} is slower` : ' → no difference shown';
  return `${name}: ${labels[1]} − ${labels[0]} median ${signed(difference.median)} ms${interval}; ${labels[1]} faster in ${difference.bFaster} of ${difference.rounds} rounds${verdict}`;
}

function describeTimes(a: Variant, b: Variant): string[] {
  const lines = [a, b].map((target) => {
    const cpu = target.cpu.length > 0 ? `, CPU ${ms(median(target.cpu))}` : '';
    const rss = target.rssMb.length > 0 ? `, peak RSS ${Math.max(...target.rssMb).toFixed(0)} MB` : '';
    return `${target.label}: wall median ${ms(median(target.wall))} (${Math.min(...target.wall).toFixed(1)}–${Math.max(...target.wall).toFixed(1)})${cpu}${rss}`;
  });
  lines.push(describeDifference('wall', a.wall, b.wall, ['base', 'work']));
  lines.push(describeDifference('CPU', a.cpu, b.cpu, ['base', 'work']));
  return lines;
}

const millions = (value: number) => `${(value / 1e6).toFixed(1)} M`;

const PART_NAMES: Record<(typeof COUNT_PARTS)[number], string> = {
  total: 'in all',
  program: 'program (all but the two below)',
  compiler: 'optimising compiler',
  collector: 'garbage collector',
};

function describeCounts(a: Variant, b: Variant): string[] {
  const lines: string[] = [];
  for (const part of COUNT_PARTS) {
    const base = a.instructions.map((count) => count[part]);
    const work = b.instructions.map((count) => count[part]);
    const { relative, verdict } = compareCounts(base, work);
    const said = verdict === 'fewer' ? 'work needs fewer, every run' : verdict === 'more' ? 'work needs more, every run' : 'ranges overlap';
    const percent = `${relative > 0 ? '+' : ''}${(relative * 100).toFixed(2)}%`;
    const range = (values: number[]) => `${millions(median(values))} (${millions(Math.min(...values))}–${millions(Math.max(...values))})`;
    lines.push(`${PART_NAMES[part]}: base ${range(base)}, work ${range(work)}; work − base ${millions(median(work) - median(base))} (${percent}) → ${said}`);
  }
  lines.push('(the compiler and collector parts shift by a few M with any change that moves allocation; judge a change by the program part)');
  return lines;
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  if (options.instructions && !valgrindAvailable()) throw new Error('--instructions needs valgrind on the PATH (Debian: apt-get install valgrind)');
  mkdirSync(AB, { recursive: true });
  const work = buildWorkingTree();
  const base = options.base === '.' ? { dir: work, commit: 'the working tree' } : buildCommit(options.base);
  const a = variant('base', base.dir, options.baseNodeFlags, options.baseEnv);
  const b = variant('work', work, options.nodeFlags, options.env);
  const loadBefore = os.loadavg()[0] ?? NaN;

  for (const target of [a, b]) measure(target, options.args, false, options.instructions);
  for (let round = 0; round < options.runs; round += 1) {
    for (const target of round % 2 === 0 ? [a, b] : [b, a]) measure(target, options.args, true, options.instructions);
  }
  const same = readFileSync(a.output).equals(readFileSync(b.output));

  const lines = [
    `shipshape ${options.args.join(' ')}`,
    `base: ${base.commit}${options.baseNodeFlags.length > 0 ? `, node ${options.baseNodeFlags.join(' ')}` : ''}${Object.keys(options.baseEnv).length > 0 ? `, ${JSON.stringify(options.baseEnv)}` : ''}`,
    `work: the working tree${options.nodeFlags.length > 0 ? `, node ${options.nodeFlags.join(' ')}` : ''}${Object.keys(options.env).length > 0 ? `, ${JSON.stringify(options.env)}` : ''}`,
    `${options.runs} rounds after one warm-up each, order alternating${options.instructions ? `, counted by valgrind with node ${COUNTING_NODE_FLAGS.join(' ')}` : ''}; ${os.cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${(os.loadavg()[0] ?? NaN).toFixed(1)}`,
    '',
  ];
  lines.push(...(options.instructions ? describeCounts(a, b) : describeTimes(a, b)));
  lines.push(same ? 'output: identical' : `output: DIFFERENT (${a.output} and ${b.output})`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

runScript('bench:ab', main);
