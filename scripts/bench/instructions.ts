/**
 * Counting the instructions a whole shipshape process executes, with valgrind's callgrind (no cache
 * or branch simulation). Wall time on a shared two-core machine cannot show a change of a millisecond
 * or two; an instruction count can, because it does not depend on what else the machine is doing.
 * V8 runs with `--single-threaded`, so that compiling and collecting on other threads cannot shift
 * work between runs, and with fixed hash and random seeds, so that hash tables collide alike in every
 * run (the counts of one build then spread by 0.02% rather than 0.1%). A count is not a time (cache
 * misses and the collector's memory traffic are not in it), so a change is kept only if wall time
 * does not say otherwise.
 */
import { spawnSync } from 'node:child_process';

export const COUNTING_NODE_FLAGS = ['--single-threaded', '--hash-seed=42', '--random-seed=42'];

/** The command that runs `command` under callgrind, its profile thrown away. */
export function countingCommand(command: readonly string[]): string[] {
  return ['valgrind', '--tool=callgrind', '--cache-sim=no', '--branch-sim=no', '--callgrind-out-file=/dev/null', ...command];
}

/** The total valgrind prints at exit: `==123== I   refs:      3,036,669,379`. */
export function instructionTotal(stderr: string): number | undefined {
  const match = /^==\d+== I\s+refs:\s+([\d,]+)\s*$/m.exec(stderr);
  return match?.[1] === undefined ? undefined : Number(match[1].replaceAll(',', ''));
}

export function valgrindAvailable(): boolean {
  return spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0;
}
