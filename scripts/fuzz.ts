/**
 * `npm run fuzz -- --seconds 600 [--corpus-only | --fixtures-only] [--seed N]`: runs the fuzz
 * properties of test/robustness (mutated manifests through lint() and every formatter) until the
 * time is up or one fails. A failure prints the shrunk case (files and mutations), its seed and
 * path to replay it, and writes the mutated files to fuzz-failure/ for a look with the CLI.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { caseArbitrary, checkPipeline, seedsUnder, sourcesOf, type FuzzCase, type Seed } from '../test/robustness/support/fuzz.js';
import { sharedDir } from '../test/support/shared.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string' },
    'corpus-only': { type: 'boolean', default: false },
    'fixtures-only': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`--seconds takes a positive number, not ${values.seconds}`);

const seeds: Seed[] = [];
if (!values['corpus-only']) seeds.push(...seedsUnder(path.join(ROOT, 'examples'), { prefix: 'examples/' }), ...seedsUnder(path.join(ROOT, 'rules'), { prefix: 'rules/' }));
const shared = sharedDir();
if (!values['fixtures-only']) {
  if (shared === undefined) console.log('fuzz: ../shared/corpus not found (set SHIPSHAPE_SHARED); fuzzing the repository fixtures only');
  else seeds.push(...seedsUnder(path.join(shared, 'corpus'), { prefix: 'corpus/' }));
}
if (seeds.length === 0) throw new Error('fuzz: no seed manifests');

const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
console.log(`fuzz: ${seeds.length} seed files, ${seconds} s, seed ${seed}`);
let runs = 0;
const started = Date.now();
const details = await fc.check(
  fc.asyncProperty(caseArbitrary(seeds.length), async (fuzzCase: FuzzCase) => {
    runs += 1;
    const problem = await checkPipeline(sourcesOf(fuzzCase, seeds));
    if (problem !== undefined) throw new Error(problem);
  }),
  { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false },
);
const rate = (runs / ((Date.now() - started) / 1000)).toFixed(0);
if (!details.failed) {
  console.log(`fuzz: ${runs} cases in ${((Date.now() - started) / 1000).toFixed(0)} s (${rate}/s), no property broken`);
} else {
  const counterexample = details.counterexample?.[0] as FuzzCase | undefined;
  console.error(`fuzz: property broken after ${runs} cases: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  console.error(`fuzz: replay with --seed ${details.seed} (path ${details.counterexample ? details.counterexamplePath : '?'})`);
  if (counterexample) {
    console.error(JSON.stringify(counterexample.files.map((file) => ({ seed: seeds[file.seed]?.path, mutations: file.mutations })), null, 2));
    const dir = path.join(ROOT, 'fuzz-failure');
    mkdirSync(dir, { recursive: true });
    for (const source of sourcesOf(counterexample, seeds)) writeFileSync(path.join(dir, path.basename(source.path)), source.text);
    console.error(`fuzz: the failing files are in ${path.relative(process.cwd(), dir)}/`);
  }
  process.exitCode = 1;
}
