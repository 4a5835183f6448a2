import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNames } from '../../src/report/formatters.js';
import { sharedDir, sharedSkipReason } from '../support/shared.js';
import { PRELOAD_DIR, ROOT, STACK_TRACE, buildCli, runProcess } from './support/cli.js';
import { Scratch, SERVICE_WITHOUT_PODS } from './support/tree.js';

/**
 * The trust model of the README, checked on the real CLI process: no network at any time, and no
 * write except the report file. Preloads replace Node's network and file-writing functions with
 * ones that log and throw, so an attempt is seen even when the code catches the error.
 */
const NO_NETWORK = path.join(PRELOAD_DIR, 'no-network.mjs');
const NO_WRITES = path.join(PRELOAD_DIR, 'no-writes.mjs');

function preloadUrl(file: string): string {
  return new URL(`file://${file}`).href;
}

/** Every file under a directory with its size and modification time: what a run must not change. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) walk(file);
      else {
        const stats = statSync(file);
        out.set(path.relative(dir, file), `${stats.size}:${stats.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out;
}

describe('trust model', () => {
  const scratch = new Scratch();
  let cli: { entry: string; cleanup: () => void };
  beforeAll(() => {
    cli = buildCli();
  }, 120_000);
  afterAll(() => {
    cli.cleanup();
    scratch.remove();
  });

  it('has preloads that really catch network access and writes (or the checks below prove nothing)', () => {
    const networkLog = scratch.path('self-network.log');
    const writeLog = scratch.path('self-write.log');
    const probe = [
      "const attempts = [() => fetch('http://127.0.0.1:9/'), () => require('node:net').connect(9, '127.0.0.1'), () => require('node:dns').lookup('example.com', () => {}),",
      "  () => require('node:https').get('https://127.0.0.1:9/'), () => require('node:fs').writeFileSync(process.argv[1], 'x')];",
      'let thrown = 0; for (const attempt of attempts) { try { attempt(); } catch { thrown += 1; } } console.log(thrown);',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', preloadUrl(NO_NETWORK), '--import', preloadUrl(NO_WRITES), '-e', probe, scratch.path('forbidden.txt')], {
      env: { PATH: process.env['PATH'] ?? '', SHIPSHAPE_TEST_NETWORK_LOG: networkLog, SHIPSHAPE_TEST_WRITE_LOG: writeLog },
      encoding: 'utf8',
    });
    expect(run.stdout.trim(), run.stderr).toBe('5');
    expect(readFileSync(networkLog, 'utf8').trim().split('\n')).toEqual(['globalThis.fetch', 'net.connect', 'dns.lookup', 'https.get']);
    expect(readFileSync(writeLog, 'utf8')).toContain('fs.writeFileSync');
    expect(existsSync(scratch.path('forbidden.txt'))).toBe(false);
  });

  // The one place a run may write besides its report: its code cache (src/launch/code-cache.ts).
  const codeCache = () => scratch.path('code-cache');

  async function guardedRun(cwd: string, argv: string[], allowWrite?: string) {
    const networkLog = scratch.path(`network-${Math.random().toString(36).slice(2)}.log`);
    const writeLog = scratch.path(`write-${Math.random().toString(36).slice(2)}.log`);
    const run = await runProcess(cli.entry, argv, {
      cwd,
      timeoutMs: 180_000,
      measure: false,
      preloads: [NO_NETWORK, NO_WRITES],
      env: {
        SHIPSHAPE_TEST_NETWORK_LOG: networkLog,
        SHIPSHAPE_TEST_WRITE_LOG: writeLog,
        SHIPSHAPE_CODE_CACHE: codeCache(),
        SHIPSHAPE_TEST_ALLOW_WRITE_DIR: codeCache(),
        ...(allowWrite === undefined ? {} : { SHIPSHAPE_TEST_ALLOW_WRITE: allowWrite }),
      },
    });
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    return { run, network: read(networkLog), writes: read(writeLog) };
  }

  it('never touches the network or writes a file while linting the examples, in every format', async () => {
    const examples = path.join(ROOT, 'examples');
    const before = snapshot(examples);
    for (const format of formatNames()) {
      const { run, network, writes } = await guardedRun(examples, ['--format', format, '.']);
      expect(network, format).toBe('');
      expect(writes, format).toBe('');
      expect([0, 1], `${format}: ${run.stderr}`).toContain(run.code);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
    expect(snapshot(examples)).toEqual(before);
  }, 300_000);

  const skip = sharedSkipReason();
  it.skipIf(skip !== undefined)(`never touches the network or writes a file while linting the corpus${skip ? ` (${skip})` : ''}`, async () => {
    const corpus = path.join(sharedDir() as string, 'corpus');
    const { run, network, writes } = await guardedRun(corpus, ['--format', 'sarif', '--config', scratch.write('corpus.yaml', 'extends: all\n'), '.']);
    expect(network).toBe('');
    expect(writes).toBe('');
    expect([0, 1], run.stderr.slice(0, 2000)).toContain(run.code);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: '2.1.0' });
  }, 300_000);

  it('keeps nothing of the input in its code cache: compiled code of the bundle and validators only', async () => {
    const dir = scratch.mkdir('cache-input');
    const marker = 'zq-marker-service-7d41';
    scratch.write('cache-input/svc.yaml', SERVICE_WITHOUT_PODS.replace(/name: \S+/, `name: ${marker}`));
    const { run, writes } = await guardedRun(dir, ['--format', 'json', '.']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(marker);
    expect(writes).toBe('');
    const packs = readdirSync(codeCache());
    expect(packs.length).toBeGreaterThan(0);
    expect(packs.every((name) => name.endsWith('.pack'))).toBe(true);
    for (const pack of packs) expect(readFileSync(path.join(codeCache(), pack)).includes(marker)).toBe(false);
  }, 120_000);

  it('writes the --output-file report and nothing else', async () => {
    const dir = scratch.mkdir('output');
    scratch.write('output/svc.yaml', SERVICE_WITHOUT_PODS);
    const before = snapshot(dir);
    const report = path.join(dir, 'report.sarif');
    const { run, network, writes } = await guardedRun(dir, ['--format', 'sarif', '--output-file', 'report.sarif', '.'], report);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(network).toBe('');
    expect(writes).toBe('');
    const after = snapshot(dir);
    expect([...after.keys()].sort()).toEqual([...before.keys(), 'report.sarif'].sort());
    for (const [file, stamp] of before) expect(after.get(file), file).toBe(stamp);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ version: '2.1.0' });
  }, 120_000);

  it('loads plugin code only when the config names it', async () => {
    const dir = scratch.mkdir('plugins');
    scratch.write('plugins/svc.yaml', SERVICE_WITHOUT_PODS);
    // A module beside the manifests that would leave a mark if anything imported it.
    scratch.write('plugins/plugin.mjs', "import { appendFileSync } from 'node:fs';\nappendFileSync(process.env.SHIPSHAPE_TEST_WRITE_LOG ?? '/dev/null', 'plugin imported\\n');\nexport const rules = [];\n");
    scratch.write('plugins/node_modules/shipshape-plugin-x/index.mjs', "throw new Error('auto-loaded');\n");
    const quiet = await guardedRun(dir, ['--format', 'json', '.']);
    expect(quiet.writes).toBe('');
    expect(quiet.run.code).toBe(1);
    scratch.write('plugins/.shipshape.yaml', 'plugins: ["./plugin.mjs"]\n');
    const named = await guardedRun(dir, ['--format', 'json', '.']);
    // Its write attempt is refused and logged by the guard: proof that it ran.
    expect(named.writes).toMatch(/fs\.appendFileSync/);
  }, 120_000);
});
