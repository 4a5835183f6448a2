/**
 * `npm run bench`: shipshape's full lint as a whole process (start-up, parse with positions, graph,
 * every default rule, JSON written to a file) against its peers on the same inputs, alternating run by
 * run so that the machine's noise hits every tool alike. Prints medians, min–max, resources per second,
 * peak RSS and ratios, and writes the raw figures to .bench/results.json.
 *
 *   npm run bench                       every corpus (1k, 5k = 4,900 resources / ~5 MiB, 10k, 50k,
 *                                       one file and many files), shared/corpus, one small file, workers
 *   npm run bench -- --quick            1k and 5k only, 3 runs
 *   npm run bench -- --sizes 5k --runs 9 --no-monokle --markdown
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { BENCH, ROOT, SIZES, corpusFor } from './inputs.js';
import { deriveDefinitions, newestVersion, writeKubeconformSchemas } from './schemas.js';
import { median, medianWithInterval, pairedRatio, type MedianEstimate } from './stats.js';

interface Options {
  sizes: string[];
  shapes: ('single' | 'files')[];
  runs: number;
  bigRuns: number;
  monokle: boolean;
  monoklePlugins: string;
  peerLimit: number;
  shared: boolean;
  build: boolean;
  workers: boolean;
  codeCache: boolean;
  engineTuning: boolean;
  environment: boolean;
  markdown: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    sizes: ['1k', '5k', '10k', '50k'], shapes: ['single', 'files'], runs: 5, bigRuns: 3, monokle: true,
    monoklePlugins: 'kubernetes-schema', peerLimit: 10_000, shared: true, build: true, workers: true, codeCache: true, engineTuning: true, environment: true, markdown: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--quick') Object.assign(options, { sizes: ['1k', '5k'], runs: 3, shared: false, workers: false, codeCache: false, engineTuning: false, environment: false });
    else if (flag === '--sizes') options.sizes = value().split(',');
    else if (flag === '--shapes') options.shapes = value().split(',') as Options['shapes'];
    else if (flag === '--runs') options.runs = Number(value());
    else if (flag === '--big-runs') options.bigRuns = Number(value());
    else if (flag === '--no-monokle') options.monokle = false;
    else if (flag === '--monokle-plugins') options.monoklePlugins = value();
    else if (flag === '--peer-limit') options.peerLimit = Number(value());
    else if (flag === '--no-shared') options.shared = false;
    else if (flag === '--no-build') options.build = false;
    else if (flag === '--no-workers') options.workers = false;
    else if (flag === '--no-code-cache-comparison') options.codeCache = false;
    else if (flag === '--no-engine-tuning-comparison') options.engineTuning = false;
    else if (flag === '--no-environment-comparison') options.environment = false;
    else if (flag === '--markdown') options.markdown = true;
    else throw new Error(`unknown option ${flag}`);
  }
  for (const size of options.sizes) if (SIZES[size] === undefined) throw new Error(`unknown size ${size}; choose from ${Object.keys(SIZES).join(', ')}`);
  return options;
}

// --- inputs -----------------------------------------------------------------------------------------

interface Input {
  name: string;
  paths: string[];
  resources: number;
  bytes: number;
  files: number;
  /** Peers run once (no warm-up) above the peer limit: Monokle needs about a minute for 50k. */
  big: boolean;
}

function sharedCorpusDir(): string | undefined {
  const candidates = [process.env['SHIPSHAPE_SHARED'], path.join(ROOT, '..', 'shared'), '/work/shared'].filter((dir): dir is string => dir !== undefined && dir !== '');
  for (const dir of candidates) if (existsSync(path.join(dir, 'corpus'))) return dir;
  return undefined;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ya?ml|json)$/i.test(entry.name)) out.push(full);
  }
  return out;
}

/** Objects with a top-level `kind` in a real-world tree, counted once with js-yaml (documents that do not parse count as none). */
function countResources(files: readonly string[]): { resources: number; bytes: number } {
  let resources = 0;
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    try {
      jsyaml.loadAll(text, (doc) => {
        if (doc !== null && typeof doc === 'object' && 'kind' in doc) resources += 1;
      });
    } catch {
      // A template or a broken file: it holds no resource any tool can read whole.
    }
  }
  return { resources, bytes };
}

// --- tools ------------------------------------------------------------------------------------------

interface Tool {
  name: string;
  /** Whether this is shipshape itself (ratios are peer / shipshape). */
  self: boolean;
  command(input: Input, output: string): { argv: string[]; env?: Record<string, string>; stdout?: string };
}

function buildShipshape(options: Options): string {
  const pkg = path.join(BENCH, 'pkg');
  if (options.build) {
    // Built into .bench/ so that the tracked dist/ of the working tree is never touched by a benchmark.
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), path.join(pkg, 'dist')], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm run build failed');
    for (const name of ['package.json', 'node_modules', 'schemas', 'rules']) {
      const link = path.join(pkg, name);
      if (!existsSync(link)) symlinkSync(path.join(ROOT, name), link);
    }
    return path.join(pkg, 'dist', 'shipshape.cjs');
  }
  return path.join(ROOT, 'dist', 'shipshape.cjs');
}

function which(command: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

// --- measuring --------------------------------------------------------------------------------------

interface Sample {
  seconds: number;
  /** User + system CPU seconds of the process: less disturbed than wall time by other load on the machine. */
  cpu: number | undefined;
  rssMb: number | undefined;
  exit: number | null;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function measure(tool: Tool, input: Input): Sample {
  const output = path.join(BENCH, 'out', `${tool.name.replace(/\W+/g, '-')}.out`);
  mkdirSync(path.dirname(output), { recursive: true });
  const { argv, env, stdout } = tool.command(input, output);
  const timeFile = path.join(BENCH, 'out', 'time.txt');
  const full = TIME ? [TIME, '-f', '%M %U %S', '-o', timeFile, ...argv] : argv;
  const started = process.hrtime.bigint();
  const result = spawnSync(full[0] ?? '', full.slice(1), {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout === undefined ? 'ignore' : 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (stdout !== undefined && result.stdout) writeFileSync(stdout, result.stdout);
  // shipshape exits 1 when it found problems and kubeconform when resources are invalid; 2+ is a failure.
  if (result.status === null || result.status > 1) {
    process.stderr.write(`${tool.name} failed on ${input.name} (exit ${String(result.status)}): ${String(result.stderr).slice(0, 400)}\n`);
  }
  let rssMb: number | undefined;
  let cpu: number | undefined;
  if (TIME && existsSync(timeFile)) {
    const [kb, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    rssMb = kb !== undefined && Number.isFinite(kb) ? kb / 1024 : undefined;
    cpu = user !== undefined && system !== undefined && Number.isFinite(user + system) ? user + system : undefined;
  }
  return { seconds, cpu, rssMb, exit: result.status };
}

interface Row {
  input: string;
  tool: string;
  resources: number;
  bytes: number;
  runs: number;
  median: number;
  min: number;
  max: number;
  cpu: number | undefined;
  rssMb: number | undefined;
  /** Peer ÷ shipshape, by median wall time and by median CPU time. */
  ratio: number | undefined;
  cpuRatio: number | undefined;
  /** The wall-time median with its distribution-free 95% interval (none below 6 runs). */
  wall: MedianEstimate;
  /** Peer ÷ shipshape within each round, when both ran every round: cancels the machine's drifts between rounds. */
  pairedRatio: MedianEstimate | undefined;
}

function bench(input: Input, tools: readonly Tool[], runs: number, peersOnce: boolean): Row[] {
  const samples = new Map<Tool, Sample[]>(tools.map((tool) => [tool, []]));
  const roundsFor = (tool: Tool) => (peersOnce && !tool.self ? 1 : runs);
  // Warm-up: the page cache and V8's code cache, not measured. Peers that run once skip it.
  for (const tool of tools) if (!(peersOnce && !tool.self)) measure(tool, input);
  const rounds = Math.max(...tools.map(roundsFor));
  for (let round = 0; round < rounds; round += 1) {
    // Rotating the order keeps any tool from always following the same neighbour.
    const order = tools.map((_, i) => tools[(i + round) % tools.length] as Tool);
    for (const tool of order) {
      const list = samples.get(tool) ?? [];
      if (list.length < roundsFor(tool)) list.push(measure(tool, input));
    }
  }
  const self = tools.find((tool) => tool.self);
  const selfMedian = self ? median((samples.get(self) ?? []).map((sample) => sample.seconds)) : NaN;
  const selfCpu = self ? median((samples.get(self) ?? []).map((sample) => sample.cpu ?? NaN)) : NaN;
  const selfSeconds = self ? (samples.get(self) ?? []).map((sample) => sample.seconds) : [];
  return tools.map((tool) => {
    const list = samples.get(tool) ?? [];
    const seconds = list.map((sample) => sample.seconds);
    const rss = list.map((sample) => sample.rssMb).filter((value): value is number => value !== undefined);
    const cpu = list.map((sample) => sample.cpu).filter((value): value is number => value !== undefined);
    const value = median(seconds);
    return {
      input: input.name, tool: tool.name, resources: input.resources, bytes: input.bytes, runs: list.length,
      median: value, min: Math.min(...seconds), max: Math.max(...seconds),
      cpu: cpu.length > 0 ? median(cpu) : undefined,
      rssMb: rss.length > 0 ? Math.max(...rss) : undefined,
      ratio: tool.self ? undefined : value / selfMedian,
      cpuRatio: tool.self || cpu.length === 0 ? undefined : median(cpu) / selfCpu,
      wall: medianWithInterval(seconds),
      pairedRatio: tool.self || seconds.length !== selfSeconds.length ? undefined : pairedRatio(selfSeconds, seconds),
    };
  });
}

// --- reporting --------------------------------------------------------------------------------------

const seconds = (value: number) => `${value.toFixed(3)} s`;
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

function table(rows: readonly Row[], markdown: boolean): string {
  const header = ['input', 'tool', 'resources', 'MiB', 'runs', 'median', 'min–max', 'CPU (median)', 'resources/s', 'peak RSS', 'peer ÷ shipshape (wall, CPU)'];
  const body = rows.map((row) => [
    row.input, row.tool, thousands(row.resources), (row.bytes / 1048576).toFixed(2), String(row.runs), seconds(row.median),
    `${row.min.toFixed(3)}–${row.max.toFixed(3)}`, row.cpu === undefined ? 'n/a' : seconds(row.cpu), thousands(row.resources / row.median),
    row.rssMb === undefined ? 'n/a' : `${Math.round(row.rssMb)} MB`,
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×, ${row.cpuRatio === undefined || Number.isNaN(row.cpuRatio) ? 'n/a' : `${row.cpuRatio.toFixed(2)}×`}`,
  ]);
  if (markdown) {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
  }
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(BENCH, { recursive: true });
  const entry = buildShipshape(options);
  const notes: string[] = [];
  notes.push(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average at start ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  if (!TIME) notes.push('peak RSS: /usr/bin/time is missing, so memory is not measured');

  // The code cache (src/launch/code-cache.ts) in a directory of the bench's own, emptied first: the
  // warm-up run fills it, as a user's first run does, and the measured runs use it.
  const codeCache = path.join(BENCH, 'code-cache');
  rmSync(codeCache, { recursive: true, force: true });
  const shipshape: Tool = {
    name: 'shipshape', self: true,
    command: (input, output) => ({ argv: [process.execPath, entry, ...input.paths, '--format', 'json', '-o', output], env: { SHIPSHAPE_CODE_CACHE: codeCache } }),
  };
  notes.push('shipshape runs with its code cache, filled by the warm-up run; "code cache" below compares runs without it (a first run)');
  notes.push('shipshape runs with its engine tuning (on Node 20: --interrupt-budget=270336, set by the launcher); "engine tuning" below compares runs without it');
  const tools: Tool[] = [shipshape];

  const shared = sharedCorpusDir();
  const upstream = shared === undefined ? undefined : path.join(shared, 'upstream', 'kubernetes-openapi-v3');
  const version = upstream !== undefined && existsSync(upstream) ? newestVersion(upstream) : undefined;
  if (options.monokle) {
    if (upstream === undefined || version === undefined) notes.push('@monokle/validation: skipped, shared/upstream/kubernetes-openapi-v3 was not found (set SHIPSHAPE_SHARED)');
    else {
      const definitions = path.join(BENCH, 'schemas', `definitions-${version}.json`);
      deriveDefinitions(upstream, version, definitions);
      tools.push({
        name: `monokle (${options.monoklePlugins})`, self: false,
        command: (input, output) => ({ argv: [process.execPath, path.join(ROOT, 'scripts/bench/monokle.mjs'), definitions, output, options.monoklePlugins, ...input.paths] }),
      });
      notes.push(`@monokle/validation 0.33.0, plugins ${options.monoklePlugins}, offline with a definitions document derived from shared/upstream Kubernetes ${version} OpenAPI v3`);
    }
  }
  const kubeconform = which('kubeconform');
  if (kubeconform === undefined) {
    notes.push('kubeconform: not on PATH, so not measured. Its documented figure on the 5k-style input is 0.79–0.95 s (`-strict -n 2`).');
  } else if (upstream !== undefined && version !== undefined) {
    const reported = spawnSync(kubeconform, ['-v'], { encoding: 'utf8' });
    notes.push(`kubeconform ${(reported.stdout || reported.stderr || 'of unknown version').trim()} (${kubeconform}), default -n (4 workers), offline on a schema directory in its layout derived from the same definitions`);
    const schemas = writeKubeconformSchemas(deriveDefinitions(upstream, version, path.join(BENCH, 'schemas', `definitions-${version}.json`)), path.join(BENCH, 'schemas', 'kubeconform'), `${version}.0`);
    tools.push({
      name: 'kubeconform -strict', self: false,
      command: (input, output) => ({ argv: [kubeconform, '-strict', '-summary', '-output', 'json', '-ignore-missing-schemas', '-kubernetes-version', `${version}.0`, '-schema-location', schemas, ...input.paths], stdout: output }),
    });
  }

  const inputs: Input[] = [];
  for (const label of options.sizes) {
    const corpus = corpusFor(label);
    const big = corpus.resources > options.peerLimit;
    if (options.shapes.includes('single')) inputs.push({ name: `${label} one file`, paths: [path.join(corpus.dir, 'single', 'all.yaml')], resources: corpus.resources, bytes: corpus.bytes, files: 1, big });
    if (options.shapes.includes('files')) inputs.push({ name: `${label} ${corpus.files} files`, paths: [path.join(corpus.dir, 'files')], resources: corpus.resources, bytes: corpus.bytes, files: corpus.files, big });
  }
  if (options.shared && shared !== undefined) {
    const files = walk(path.join(shared, 'corpus'));
    const counted = countResources(files);
    inputs.push({ name: 'shared/corpus', paths: [path.join(shared, 'corpus')], ...counted, files: files.length, big: false });
  }

  const rows: Row[] = [];
  for (const input of inputs) {
    process.stderr.write(`measuring ${input.name}…\n`);
    rows.push(...bench(input, tools, input.big ? options.bigRuns : options.runs, input.big));
  }

  // The pre-commit and editor case: one small file, start-up included.
  const small = corpusFor('1k');
  const smallFile = walk(path.join(small.dir, 'files')).sort()[1] ?? '';
  const smallText = readFileSync(smallFile, 'utf8');
  const smallInput: Input = { name: 'one small file', paths: [smallFile], resources: (smallText.match(/^kind:/gm) ?? []).length, bytes: statSync(smallFile).size, files: 1, big: false };
  rows.push(...bench(smallInput, [shipshape], Math.max(options.runs, 9), false));

  // shipshape against a variant of itself on a few inputs, alternating: what a feature saves.
  const againstVariant = (feature: string, variant: Tool, variantInputs: readonly Input[]): Row[] =>
    variantInputs.flatMap((input) => {
      process.stderr.write(`measuring ${feature} on ${input.name}…\n`);
      return bench(input, [shipshape, variant], Math.max(options.runs, 9), false);
    });

  // What the code cache saves: the same runs with it turned off, as a first run (or CI's one run) goes.
  const cacheRows: Row[] = [];
  if (options.codeCache) {
    const withoutCache: Tool = { name: 'shipshape without code cache', self: false, command: (i, o) => ({ ...shipshape.command(i, o), env: { SHIPSHAPE_CODE_CACHE: 'off' } }) };
    const five = options.sizes.includes('5k') ? corpusFor('5k') : undefined;
    const cacheInputs = [smallInput, ...(five ? [{ name: '5k one file', paths: [path.join(five.dir, 'single', 'all.yaml')], resources: five.resources, bytes: five.bytes, files: 1, big: false }] : [])];
    cacheRows.push(...againstVariant('the code cache', withoutCache, cacheInputs));
  }

  // What the engine tuning (src/launch/engine-tuning.ts) saves: the same runs without it. Its own code
  // cache directory: V8 rejects code cached under other flags, so sharing one would rewrite it each run.
  const tuningRows: Row[] = [];
  if (options.engineTuning) {
    const untunedCache = path.join(BENCH, 'code-cache-untuned');
    rmSync(untunedCache, { recursive: true, force: true });
    const untuned: Tool = { name: 'shipshape without engine tuning', self: false, command: (i, o) => ({ ...shipshape.command(i, o), env: { SHIPSHAPE_CODE_CACHE: untunedCache, SHIPSHAPE_ENGINE_TUNING: 'off' } }) };
    const tuned = new Set(['5k one file', '10k one file', 'shared/corpus']);
    tuningRows.push(...againstVariant('the engine tuning', untuned, [smallInput, ...inputs.filter((input) => tuned.has(input.name))]));
  }

  // NODE_EXTRA_CA_CERTS, where the machine sets it: Node 20 with OpenSSL 3 parses that file at every
  // start, before any JavaScript runs (nodejs/node#40524), so every Node process pays for it and a Go
  // peer does not. shipshape never opens a TLS connection; the table shows what the variable costs.
  const environmentRows: Row[] = [];
  const extraCaCerts = process.env['NODE_EXTRA_CA_CERTS'] ?? '';
  if (options.environment && extraCaCerts !== '') {
    // Node reads an empty value as unset. shipshape without the variable is the reference here, and
    // kubeconform runs in the same rounds on the 5k input, so its ratio to that is paired too.
    const unset = { NODE_EXTRA_CA_CERTS: '' };
    const without: Tool = { name: 'shipshape without NODE_EXTRA_CA_CERTS', self: true, command: (i, o) => { const command = shipshape.command(i, o); return { ...command, env: { ...command.env, ...unset } }; } };
    const asIs: Tool = { ...shipshape, name: 'shipshape', self: false };
    const peer = tools.find((tool) => tool.name.startsWith('kubeconform'));
    const five = inputs.find((input) => input.name === '5k one file');
    const runs = Math.max(options.runs, 9);
    process.stderr.write('measuring NODE_EXTRA_CA_CERTS…\n');
    environmentRows.push(...bench(smallInput, [without, asIs], runs, false));
    if (five) environmentRows.push(...bench(five, [without, asIs, ...(peer ? [peer] : [])], runs, false));
    const nodeAlone: Input = { name: 'node -e 0', paths: [], resources: 0, bytes: 0, files: 0, big: false };
    const bare = (name: string, self: boolean, env: Record<string, string>): Tool => ({ name, self, command: () => ({ argv: [process.execPath, '-e', '0'], env }) });
    environmentRows.push(...bench(nodeAlone, [bare('node without NODE_EXTRA_CA_CERTS', true, unset), bare('node', false, {})], runs, false));
    let certificates = 'unreadable';
    try {
      certificates = String((readFileSync(extraCaCerts, 'utf8').match(/-----BEGIN CERTIFICATE-----/g) ?? []).length);
    } catch {
      // Reported as unreadable; Node warns about it at start-up too.
    }
    notes.push(`NODE_EXTRA_CA_CERTS is set here (${extraCaCerts}, ${certificates} certificates): every Node process, shipshape's and Monokle's, parses it at start-up; see the NODE_EXTRA_CA_CERTS table`);
  }

  // Worker threads against one thread on the same large input.
  const workerRows: Row[] = [];
  if (options.workers) {
    const label = options.sizes.includes('50k') ? '50k' : (options.sizes.at(-1) ?? '5k');
    const corpus = corpusFor(label);
    for (const shape of ['single', 'files'] as const) {
      const input: Input = { name: `${label} ${shape === 'single' ? 'one file' : `${corpus.files} files`}`, paths: [path.join(corpus.dir, shape === 'single' ? 'single/all.yaml' : 'files')], resources: corpus.resources, bytes: corpus.bytes, files: 1, big: false };
      const variant = (workers: string): Tool => ({ name: `shipshape workers=${workers}`, self: workers === '0', command: (i, o) => ({ ...shipshape.command(i, o), env: { SHIPSHAPE_WORKERS: workers } }) });
      process.stderr.write(`measuring workers on ${input.name}…\n`);
      workerRows.push(...bench(input, [variant('0'), variant('2')], SIZES[label] !== undefined && (SIZES[label] ?? 0) > 10_000 ? options.bigRuns : options.runs, false));
    }
  }

  const out: string[] = [];
  out.push(table(rows, options.markdown));
  if (cacheRows.length > 0) out.push('', 'Code cache (ratio: without the cache ÷ with it):', table(cacheRows, options.markdown));
  if (tuningRows.length > 0) out.push('', 'Engine tuning (ratio: without the tuning ÷ with it):', table(tuningRows, options.markdown));
  if (environmentRows.length > 0) out.push('', 'NODE_EXTRA_CA_CERTS (ratio: ÷ shipshape, or node, without it):', table(environmentRows, options.markdown));
  if (workerRows.length > 0) out.push('', 'Worker threads (ratio: workers=2 ÷ one thread):', table(workerRows, options.markdown));

  const self = rows.filter((row) => row.tool === 'shipshape');
  const smallRow = self.find((row) => row.input === 'one small file');
  const perResource = self.filter((row) => row.input.endsWith('one file') && row.resources >= 1000);
  const net = (row: Row, of: (row: Row) => number) => (of(row) - (smallRow ? of(smallRow) : 0)) / row.resources;
  if (smallRow && perResource.length > 1) {
    out.push('', 'Cost per resource (one-file corpora; "net" subtracts the small-file run, i.e. start-up):');
    for (const row of perResource) {
      const cpu = row.cpu === undefined ? '' : `   net CPU ${(net(row, (r) => r.cpu ?? NaN) * 1e6).toFixed(1).padStart(6)} µs`;
      out.push(`  ${row.input.padEnd(12)} wall ${((row.median / row.resources) * 1e6).toFixed(1).padStart(6)} µs   net wall ${(net(row, (r) => r.median) * 1e6).toFixed(1).padStart(6)} µs${cpu}`);
    }
  }

  // The issue's targets, each with the figure it is judged by.
  const find = (input: string, tool = 'shipshape') => rows.find((row) => row.input === input && row.tool.startsWith(tool));
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a ' : ok ? 'met ' : 'MISSED');
  // Judged by an interval where there is one: "at the line" when it holds both sides of the target.
  const judged = (estimate: MedianEstimate | undefined, ok: (value: number) => boolean): string => {
    if (estimate === undefined) return verdict(undefined);
    if (estimate.interval === undefined) return verdict(ok(estimate.median));
    const [low, high] = estimate.interval;
    return ok(low) && ok(high) ? verdict(true) : !ok(low) && !ok(high) ? verdict(false) : 'LINE';
  };
  const within = (estimate: MedianEstimate | undefined, unit: (value: number) => string) =>
    estimate?.interval === undefined ? '' : `, 95% interval ${unit(estimate.interval[0])}–${unit(estimate.interval[1])}`;
  const times = (value: number) => `${value.toFixed(2)}x`;
  const targets: string[] = [];
  const five = find('5k one file');
  const monokle = find('5k one file', 'monokle');
  if (five) targets.push(`${judged(five.wall, (value) => value <= 0.4)} 4,900 resources / 5 MiB <= 0.40 s: median ${seconds(five.median)}${within(five.wall, (value) => value.toFixed(3))} (CPU ${five.cpu === undefined ? 'n/a' : seconds(five.cpu)}); kubeconform's documented 0.79-0.95 s is ${(0.79 / five.median).toFixed(2)}-${(0.95 / five.median).toFixed(2)}x this`);
  const kubeconformRow = find('5k one file', 'kubeconform');
  const peerTarget = (row: Row, name: string, factor: number) =>
    `${judged(row.pairedRatio, (value) => value >= factor)} >= ${factor}x faster than ${name} on it: ${times(row.ratio ?? NaN)} wall, ${times(row.cpuRatio ?? NaN)} CPU; paired by round ${times(row.pairedRatio?.median ?? NaN)}${within(row.pairedRatio, times)}`;
  if (five && kubeconformRow) targets.push(peerTarget(kubeconformRow, 'kubeconform', 2));
  const fiveWithout = environmentRows.find((row) => row.input === '5k one file' && row.tool === 'shipshape without NODE_EXTRA_CA_CERTS');
  if (fiveWithout) {
    targets.push(`${judged(fiveWithout.wall, (value) => value <= 0.4)} the same, without NODE_EXTRA_CA_CERTS (which this machine sets; see its table): median ${seconds(fiveWithout.median)}${within(fiveWithout.wall, (value) => value.toFixed(3))}`);
    const peerWithout = environmentRows.find((row) => row.input === '5k one file' && row.tool.startsWith('kubeconform'));
    if (peerWithout) targets.push(peerTarget(peerWithout, 'kubeconform, without NODE_EXTRA_CA_CERTS,', 2));
  }
  const fifty = find('50k one file');
  if (fifty) targets.push(`${verdict(fifty.median <= 4 && (fifty.rssMb ?? Infinity) <= 600)} 50k resources <= 4 s and <= 600 MB: median ${seconds(fifty.median)} (CPU ${fifty.cpu === undefined ? 'n/a' : seconds(fifty.cpu)}), peak RSS ${fifty.rssMb === undefined ? 'n/a' : `${Math.round(fifty.rssMb)} MB`}`);
  const first = perResource[0];
  const last = perResource.at(-1);
  if (smallRow && first && last && first !== last) {
    const wallRatio = net(last, (r) => r.median) / net(first, (r) => r.median);
    const cpuRatio = net(last, (r) => r.cpu ?? NaN) / net(first, (r) => r.cpu ?? NaN);
    targets.push(`${verdict(wallRatio <= 1.25)} net cost per resource ${first.input} -> ${last.input} within 25%: x${wallRatio.toFixed(2)} wall, x${cpuRatio.toFixed(2)} CPU (below 1: cheaper per resource at scale)`);
  }
  if (smallRow) targets.push(`${judged(smallRow.wall, (value) => value <= 0.15)} one small file <= 150 ms including start-up: median ${seconds(smallRow.median)} (CPU ${smallRow.cpu === undefined ? 'n/a' : seconds(smallRow.cpu)})`);
  for (const row of workerRows.filter((candidate) => !candidate.tool.endsWith('=0'))) {
    targets.push(`${verdict((row.ratio ?? Infinity) <= 1)} worker threads never slower than one thread (${row.input}): ${row.ratio?.toFixed(2)}x wall, ${row.cpuRatio?.toFixed(2)}x CPU (kept off by default)`);
  }
  if (targets.length > 0) out.push('', 'Targets (issue 6; LINE: the 95% interval holds both sides of the target):', ...targets.map((line) => `  ${line}`));
  notes.push(`load average at end ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} (above the core count, other processes share the CPUs: compare CPU columns)`);
  out.push('', ...notes.map((note) => `note: ${note}`));
  process.stdout.write(`${out.join('\n')}\n`);
  writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify({ date: new Date().toISOString(), notes, rows, cacheRows, tuningRows, environmentRows, workerRows }, null, 2));
  rmSync(path.join(BENCH, 'out'), { recursive: true, force: true });
}

await main();
