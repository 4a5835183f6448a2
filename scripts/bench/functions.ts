/**
 * `npm run bench:functions`: where one lint's instructions go, by function. It runs the built
 * `bin/shipshape.cjs` (run `npm run build` first) once to fill a code cache of its own, then once
 * under callgrind with `node --perf-basic-prof` and the counting flags of `bench:ab --instructions`,
 * and prints the functions that executed the most instructions themselves: JavaScript functions by
 * name and tier (`*` optimised, `^` baseline, `~` interpreted), V8's builtins and runtime, the
 * collector. `--callers <function>` lists who calls a function (a builtin, say) and how often.
 *
 *   npm run bench:functions                                   the 5k input, the 30 costliest functions
 *   npm run bench:functions -- --top 60 --callers Builtins_StringEqual --callers Builtins_LoadIC
 *   npm run bench:functions -- -- path/to/manifests --format json
 *
 * `--perf-basic-prof` costs instructions of its own (V8 computes line ends for every piece of code it
 * logs: `CalculateLineEndsImpl`, `Heap::OnMoveEvent`); compare runs of this command with each other,
 * and judge a change with `bench:ab --instructions`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BENCH, ROOT, runScript, scriptArguments } from './inputs.js';
import { COUNTING_NODE_FLAGS, countingCommand, valgrindAvailable } from './instructions.js';
import { callersOf, readPerfMap, selfCosts } from './jit-names.js';

interface Options {
  top: number;
  callers: string[];
  args: string[];
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { top: 30, callers: [], args: [] };
  const { own, lint } = scriptArguments(argv);
  options.args = lint;
  for (let i = 0; i < own.length; i += 2) {
    const [name, value] = [own[i], own[i + 1]];
    if (value === undefined) throw new Error(`${String(name)} needs a value`);
    if (name === '--top') options.top = Number(value);
    else if (name === '--callers') options.callers.push(value);
    else throw new Error(`unknown option ${String(name)}`);
  }
  return options;
}

function annotate(profile: string, extra: readonly string[]): string {
  const result = spawnSync('callgrind_annotate', ['--threshold=100', ...extra, profile], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`callgrind_annotate failed: ${result.stderr}`);
  return result.stdout;
}

const millions = (count: number) => `${(count / 1e6).toFixed(1).padStart(8)} M`;
/** C++ names run to hundreds of characters of template arguments. */
const shown = (name: string) => {
  const local = name.replace(`${ROOT}/`, '');
  return local.length > 120 ? `${local.slice(0, 119)}…` : local;
};

function main(): void {
  if (!valgrindAvailable()) throw new Error('valgrind (with callgrind_annotate) is not on the PATH');
  const options = parseOptions(process.argv.slice(2));
  const dir = path.join(BENCH, 'functions');
  mkdirSync(dir, { recursive: true });
  const output = path.join(dir, 'output.json');
  const profile = path.join(dir, 'callgrind.out');
  // The flags are part of what V8 checks in a code cache: this cache is filled under the same ones.
  const node = [process.execPath, '--perf-basic-prof', ...COUNTING_NODE_FLAGS, path.join(ROOT, 'bin', 'shipshape.cjs'), ...options.args, '-o', output];
  const env = { ...process.env, SHIPSHAPE_CODE_CACHE: path.join(dir, 'code-cache') };
  spawnSync(node[0] as string, node.slice(1), { env, stdio: 'ignore' });
  const counted = countingCommand(node, profile);
  const run = spawnSync(counted[0] as string, counted.slice(1), { env, stdio: 'ignore' });
  const map = `/tmp/perf-${run.pid}.map`;
  if (!existsSync(profile) || !existsSync(map)) throw new Error(`no profile or perf map (valgrind exited with ${String(run.status)})`);
  const ranges = readPerfMap(readFileSync(map, 'utf8'));
  rmSync(map, { force: true });

  const costs = [...selfCosts(annotate(profile, []), ranges)].sort((a, b) => b[1] - a[1]);
  const total = costs.reduce((sum, [, count]) => sum + count, 0);
  const lines = [`shipshape ${options.args.join(' ')}: ${millions(total).trim()} instructions (node ${['--perf-basic-prof', ...COUNTING_NODE_FLAGS].join(' ')})`, '', 'self instructions by function:'];
  for (const [name, count] of costs.slice(0, options.top)) lines.push(`${millions(count)}  ${shown(name)}`);
  if (options.callers.length > 0) {
    const tree = annotate(profile, ['--tree=caller']);
    for (const callee of options.callers) {
      lines.push('', `callers of ${callee} (instructions in it and below, calls):`);
      for (const caller of callersOf(tree, callee, ranges).slice(0, options.top)) lines.push(`${millions(caller.instructions)} ${String(caller.calls).padStart(9)}  ${shown(caller.name)}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

runScript('bench:functions', main);
