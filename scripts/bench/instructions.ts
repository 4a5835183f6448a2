/**
 * Counting the instructions a whole shipshape process executes, with valgrind's callgrind (no cache
 * or branch simulation). Wall time on a shared two-core machine cannot show a change of a millisecond
 * or two; an instruction count can, because it does not depend on what else the machine is doing.
 * V8 runs with `--single-threaded`, so that compiling and collecting on other threads cannot shift
 * work between runs, and with fixed hash and random seeds, so that hash tables collide alike in every
 * run: the counts of one build then repeat to 0.01%.
 *
 * A change to the code moves where the garbage collector runs and which functions V8 optimises and
 * when, and those two parts then shift by a few million instructions either way, whatever the change
 * does. The count is therefore split: the optimising compiler (on another thread in a real run), the
 * garbage collector, and the rest (the program itself: interpreter, baseline and optimised code,
 * inline caches, runtime calls), which such shifts do not reach.
 */
import { spawnSync } from 'node:child_process';

export const COUNTING_NODE_FLAGS = ['--single-threaded', '--hash-seed=42', '--random-seed=42'];

/** The command that runs `command` under callgrind, writing its profile to `profile`. */
export function countingCommand(command: readonly string[], profile: string): string[] {
  return ['valgrind', '--tool=callgrind', '--cache-sim=no', '--branch-sim=no', `--callgrind-out-file=${profile}`, ...command];
}

export interface InstructionCount {
  total: number;
  /** TurboFan: `Compiler::CompileOptimized`, with all it calls. */
  compiler: number;
  /** `Heap::CollectGarbage` and incremental marking steps, with all they call. */
  collector: number;
  /** Everything else. */
  program: number;
}

export const COUNT_PARTS = ['total', 'program', 'compiler', 'collector'] as const;

/** V8's entry points, as `callgrind_annotate --inclusive=yes` names them (`'2` marks a recursive call). */
const ENTRY_POINTS: readonly (readonly [keyof InstructionCount, RegExp])[] = [
  ['compiler', /:v8::internal::Compiler::CompileOptimized\(/],
  ['collector', /:v8::internal::Heap::CollectGarbage\(/],
  ['collector', /:v8::internal::IncrementalMarking::Step\(/],
];

/** The parts of a count, from the inclusive listing of its profile. */
export function instructionParts(inclusiveListing: string): InstructionCount | undefined {
  const count: InstructionCount = { total: NaN, compiler: 0, collector: 0, program: 0 };
  for (const line of inclusiveListing.split('\n')) {
    const match = /^\s*([\d,]+)\s/.exec(line);
    if (match?.[1] === undefined) continue;
    const value = Number(match[1].replaceAll(',', ''));
    if (line.includes('PROGRAM TOTALS')) count.total = value;
    else if (!line.includes("'2")) for (const [part, pattern] of ENTRY_POINTS) if (pattern.test(line)) count[part] += value;
  }
  if (Number.isNaN(count.total)) return undefined;
  count.program = count.total - count.compiler - count.collector;
  return count;
}

/** Reads a callgrind profile into its parts. */
export function countProfile(profile: string): InstructionCount | undefined {
  const listing = spawnSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', profile], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return listing.status === 0 ? instructionParts(listing.stdout) : undefined;
}

export function valgrindAvailable(): boolean {
  // callgrind_annotate prints its version and exits with 255; an error means it is missing.
  return spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0 && spawnSync('callgrind_annotate', ['--version'], { stdio: 'ignore' }).error === undefined;
}
