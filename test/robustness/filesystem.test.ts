import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/load/files.js';
import { runInProcess } from './support/cli.js';
import { Scratch, SERVICE_WITHOUT_PODS, parseJson, rulesByFile } from './support/tree.js';

/** Hostile file systems: whatever is on disk, the run ends, names the bad path and lints the rest. */
describe('hostile file systems', () => {
  const scratch = new Scratch();
  afterAll(() => scratch.remove());
  const isRoot = process.getuid?.() === 0;

  it('reports a broken symbolic link given by name (exit 2) and still lints the other file', async () => {
    const dir = scratch.mkdir('broken-named');
    scratch.write('broken-named/svc.yaml', SERVICE_WITHOUT_PODS);
    scratch.link('broken-named/gone.yaml', 'nowhere/target.yaml');
    const run = await runInProcess(['--format', 'json', 'gone.yaml', 'svc.yaml'], { cwd: dir });
    expect(run.stderr).toContain('gone.yaml: broken symbolic link');
    expect(rulesByFile(parseJson(run.stdout))).toEqual({ 'svc.yaml': ['service-no-matching-pods'] });
    expect(run.code).toBe(2);
  });

  it('reports a broken symbolic link met in a directory as an unreadable file at line 1', async () => {
    const dir = scratch.mkdir('broken-walked');
    scratch.write('broken-walked/svc.yaml', SERVICE_WITHOUT_PODS);
    scratch.link('broken-walked/gone.yaml', 'nowhere/target.yaml');
    scratch.link('broken-walked/tool', 'nowhere/bin');
    const run = await runInProcess(['--format', 'json', '.'], { cwd: dir });
    const results = parseJson(run.stdout);
    expect(rulesByFile(results)).toEqual({ 'gone.yaml': ['file-unreadable'], 'svc.yaml': ['service-no-matching-pods'] });
    const gone = results.find((result) => result.filePath === 'gone.yaml')?.messages[0];
    expect(gone).toMatchObject({ line: 1, column: 1 });
    expect(gone?.message).toMatch(/broken symbolic link/);
    expect(run.code).toBe(1);
  });

  it('names a symbolic link loop for what it is, given by name or met in a directory', async () => {
    const dir = scratch.mkdir('file-loop');
    scratch.write('file-loop/svc.yaml', SERVICE_WITHOUT_PODS);
    scratch.link('file-loop/a.yaml', 'b.yaml');
    scratch.link('file-loop/b.yaml', 'a.yaml');
    const named = await runInProcess(['--format', 'json', 'a.yaml', 'svc.yaml'], { cwd: dir });
    expect(named.stderr).toContain('a.yaml: symbolic link loop');
    expect(named.code).toBe(2);
    const walked = await runInProcess(['--format', 'json', '.'], { cwd: dir });
    const results = parseJson(walked.stdout);
    expect(rulesByFile(results)).toEqual({ 'a.yaml': ['file-unreadable'], 'b.yaml': ['file-unreadable'], 'svc.yaml': ['service-no-matching-pods'] });
    expect(results[0]?.messages[0]?.message).toMatch(/symbolic link loop/);
  });

  it('walks directory cycles once: two links back to the parent do not make 2^40 paths', async () => {
    const dir = scratch.mkdir('cycle');
    scratch.write('cycle/svc.yaml', SERVICE_WITHOUT_PODS);
    scratch.write('cycle/nested/deeper/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n');
    scratch.link('cycle/a', '.');
    scratch.link('cycle/b', '.');
    scratch.link('cycle/nested/deeper/up', '../..');
    const run = await runInProcess(['--format', 'json', '.'], { cwd: dir });
    expect(parseJson(run.stdout).map((result) => result.filePath)).toEqual(['nested/deeper/cm.yaml', 'svc.yaml']);
    expect(run.code).toBe(1);
  }, 20_000);

  it('lints a file reached through several links once, under the path that sorts first', async () => {
    const dir = scratch.mkdir('aliases');
    scratch.write('aliases/z-real/svc.yaml', SERVICE_WITHOUT_PODS);
    scratch.link('aliases/a-link', 'z-real');
    scratch.link('aliases/m-file.yaml', 'z-real/svc.yaml');
    for (const inputs of [['.'], ['z-real', 'a-link'], ['a-link', 'z-real', 'm-file.yaml']]) {
      const run = await runInProcess(['--format', 'json', ...inputs], { cwd: dir });
      expect(parseJson(run.stdout).map((result) => result.filePath)).toEqual(['a-link/svc.yaml']);
    }
  });

  it('never reads a directory named x.yaml as a file, and searches it when named', async () => {
    const dir = scratch.mkdir('dir-named-yaml');
    scratch.write('dir-named-yaml/svc.yaml', SERVICE_WITHOUT_PODS);
    scratch.write('dir-named-yaml/x.yaml/inner.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: inner\n');
    const walked = await runInProcess(['--format', 'json', '.'], { cwd: dir });
    expect(rulesByFile(parseJson(walked.stdout))).toEqual({ 'svc.yaml': ['service-no-matching-pods'], 'x.yaml/inner.yaml': [] });
    const named = await runInProcess(['--format', 'json', 'x.yaml'], { cwd: dir });
    expect(rulesByFile(parseJson(named.stdout))).toEqual({ 'x.yaml/inner.yaml': [] });
    expect(named.code).toBe(0);
  });

  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  it.skipIf(!hasMkfifo)('skips a FIFO named x.yaml instead of blocking on it', async () => {
    const dir = scratch.mkdir('fifo');
    scratch.write('fifo/svc.yaml', SERVICE_WITHOUT_PODS);
    expect(spawnSync('mkfifo', [scratch.path('fifo', 'pipe.yaml')]).status).toBe(0);
    const walked = await runInProcess(['--format', 'json', '.'], { cwd: dir });
    expect(rulesByFile(parseJson(walked.stdout))).toEqual({ 'svc.yaml': ['service-no-matching-pods'] });
    const named = await runInProcess(['--format', 'json', 'pipe.yaml', 'svc.yaml'], { cwd: dir });
    expect(named.stderr).toContain('pipe.yaml: is not a regular file or directory');
    expect(named.code).toBe(2);
  }, 20_000);

  it('reports an unreadable file at line 1 and lints the rest', async () => {
    const dir = scratch.mkdir('unreadable');
    scratch.write('unreadable/svc.yaml', SERVICE_WITHOUT_PODS);
    // Root reads any file whatever its mode; /proc/self/mem is a file that even root cannot read().
    const locked = isRoot ? '/proc/self/mem' : scratch.write('unreadable/locked.yaml', 'apiVersion: v1\n');
    if (!isRoot) chmodSync(locked, 0o000);
    if (isRoot && !readdirSync('/proc/self').includes('mem')) return;
    const run = await runInProcess(['--format', 'json', locked, 'svc.yaml'], { cwd: dir });
    const results = parseJson(run.stdout);
    const unreadable = results.find((result) => result.filePath.endsWith(isRoot ? 'mem' : 'locked.yaml'));
    expect(unreadable?.messages).toMatchObject([{ ruleId: 'file-unreadable', line: 1, column: 1, severity: 2 }]);
    expect(unreadable?.messages[0]?.message).toMatch(isRoot ? /Cannot read the file: EIO/ : /permission denied/);
    expect(rulesByFile(results)['svc.yaml']).toEqual(['service-no-matching-pods']);
    expect(run.code).toBe(1);
  });

  it('treats an empty stdin as an empty file: no findings, exit 0', async () => {
    const dir = scratch.mkdir('stdin');
    for (const stdin of ['', '\n\n', '# only a comment\n', '---\n---\n']) {
      const run = await runInProcess(['--format', 'json', '-', '--stdin-filename', 'piped.yaml'], { cwd: dir, stdin });
      expect(parseJson(run.stdout)).toMatchObject([{ filePath: 'piped.yaml', messages: [] }]);
      expect(run.code).toBe(0);
    }
  });

  it('finds files with the walker: order of inputs does not change the list', async () => {
    const dir = scratch.mkdir('order');
    scratch.write('order/b/one.yaml', SERVICE_WITHOUT_PODS);
    scratch.write('order/a/two.yml', SERVICE_WITHOUT_PODS);
    scratch.write('order/a/.hidden/three.yaml', SERVICE_WITHOUT_PODS);
    scratch.write('order/a/node_modules/four.yaml', SERVICE_WITHOUT_PODS);
    const forward = await findFiles(['a', 'b', 'a/*.yml'], { cwd: dir, ignore: [], ignoreBase: dir });
    const backward = await findFiles(['a/*.yml', 'b', 'a'], { cwd: dir, ignore: [], ignoreBase: dir });
    expect(forward.files.map((file) => file.display)).toEqual(['a/two.yml', 'b/one.yaml']);
    expect(backward).toEqual(forward);
  });
});
