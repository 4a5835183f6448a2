/** Where the benchmarks keep their files, and the generated corpora they measure. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH = path.join(ROOT, '.bench');
export const SIZES: Record<string, number> = { '1k': 1_000, '5k': 4_900, '10k': 10_000, '50k': 50_000 };

/** The generated corpus of a size label, written to .bench/ when missing or made by another generator. */
export function corpusFor(label: string): { dir: string; bytes: number; files: number; resources: number } {
  const count = SIZES[label] ?? 0;
  const generator = createHash('sha256').update(readFileSync(path.join(ROOT, 'scripts/bench/corpus.ts'))).digest('hex').slice(0, 12);
  const dir = path.join(BENCH, `corpus-${label}`);
  const stampFile = path.join(dir, 'stamp.json');
  if (existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { generator: string; bytes: number; files: number; resources: number };
    if (stamp.generator === generator) return { dir, ...stamp };
  }
  process.stderr.write(`generating the ${label} corpus (${count} resources)…\n`);
  const written = writeCorpus(dir, generateCorpus(count));
  writeFileSync(stampFile, JSON.stringify({ generator, ...written }));
  return { dir, ...written };
}

/**
 * A bench script's own options, and the shipshape arguments after `--`; without any, the 5k corpus
 * as one file with JSON output, the input the paired and counted comparisons are made on.
 */
export function scriptArguments(argv: readonly string[]): { own: readonly string[]; lint: string[] } {
  const separator = argv.indexOf('--');
  const own = separator === -1 ? argv : argv.slice(0, separator);
  const lint = separator === -1 ? [] : argv.slice(separator + 1);
  return { own, lint: lint.length > 0 ? lint : [path.join(corpusFor('5k').dir, 'single', 'all.yaml'), '--format', 'json'] };
}

/** Runs a bench script's main, printing what it throws as one line under the script's name (exit code 2). */
export function runScript(name: string, main: () => void): void {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
