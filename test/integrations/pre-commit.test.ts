import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, buildBundle } from '../support/bundle.js';
import { toolAvailable } from '../support/tools.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=shipshape test', '-c', 'user.email=test@shipshape.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

/**
 * A hook repository as pre-commit clones it: the committed bundle, bin/, the data files and the real
 * .pre-commit-hooks.yaml, with a package.json that has no dependencies and no scripts (what the real
 * one must allow: pre-commit runs `npm install` and `npm pack`, and cannot build).
 */
function hookRepository(): { repo: string; rev: string } {
  const repo = mkdtempSync(path.join(tmpdir(), 'shipshape-hook-repo-'));
  const real = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; type: string; bin: Record<string, string>; engines: unknown };
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: real.name, version: real.version, type: real.type, bin: real.bin, engines: real.engines }, null, 2));
  cpSync(buildBundle(), path.join(repo, 'dist'), { recursive: true });
  cpSync(path.join(ROOT, 'bin'), path.join(repo, 'bin'), { recursive: true });
  cpSync(path.join(ROOT, 'schemas'), path.join(repo, 'schemas'), { recursive: true });
  cpSync(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(repo, '.pre-commit-hooks.yaml'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'hook');
  return { repo, rev: git(repo, 'rev-parse', 'HEAD') };
}

const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n';
const HEADLESS = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  namespace: shop\nspec:\n  clusterIP: None\n  selector:\n    app: db\n  ports:\n    - port: 5432\n';
const statefulSet = (serviceName: string) => readFileSync(path.join(ROOT, 'test/fixtures/integration/shop/db-statefulset.yaml'), 'utf8').replace('serviceName: db', `serviceName: ${serviceName}`);

const preCommit = toolAvailable('pre-commit');

describe.skipIf(!preCommit.ok)(`the pre-commit hook${preCommit.ok ? '' : ` (skipped: ${preCommit.reason})`}`, () => {
  it('lints staged manifests against the whole project: exit 1 on a broken one, 0 once fixed', () => {
    const hook = hookRepository();
    const consumer = mkdtempSync(path.join(tmpdir(), 'shipshape-consumer-'));
    const cache = mkdtempSync(path.join(tmpdir(), 'shipshape-pre-commit-home-'));
    const run = (...args: string[]) =>
      spawnSync('pre-commit', [...args, '--color', 'never'], {
        cwd: consumer,
        encoding: 'utf8',
        timeout: 180_000,
        // Offline npm proves the hook installs from the repository alone.
        env: { ...process.env, PRE_COMMIT_HOME: cache, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' },
      });
    mkdirSync(path.join(consumer, 'k8s'));
    writeFileSync(path.join(consumer, 'k8s/namespace.yaml'), NAMESPACE);
    writeFileSync(path.join(consumer, 'k8s/db-service.yaml'), HEADLESS);
    // A problem that is already committed: not part of the next commit, so not reported by `shipshape`.
    writeFileSync(path.join(consumer, 'k8s/legacy.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\n  namespace: shop\ndata:\n  enabled: yes\n');
    // shipshape-all only on demand (stage `manual`, a name pre-commit 3.0 knows), sharing the hook environment.
    writeFileSync(path.join(consumer, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hook.repo}\n    rev: ${hook.rev}\n    hooks:\n      - id: shipshape\n      - id: shipshape-all\n        stages: [manual]\n`);
    git(consumer, 'init', '-q', '-b', 'main');
    git(consumer, 'add', '-A');
    git(consumer, 'commit', '-q', '--no-verify', '-m', 'base');

    // The StatefulSet names a Service that no file defines; only the Namespace in another file makes
    // the input the authority for namespace shop, so the finding proves the whole project was loaded.
    writeFileSync(path.join(consumer, 'k8s/db-statefulset.yaml'), statefulSet('db-primary'));
    git(consumer, 'add', 'k8s/db-statefulset.yaml');
    const broken = run('run');
    expect(broken.status, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(/shipshape\.+Failed/);
    expect(broken.stdout).toContain('statefulset-service-missing');
    expect(broken.stdout).toContain('k8s/db-statefulset.yaml:7:16');
    expect(broken.stdout).not.toContain('legacy.yaml');

    writeFileSync(path.join(consumer, 'k8s/db-statefulset.yaml'), statefulSet('db'));
    git(consumer, 'add', 'k8s/db-statefulset.yaml');
    const fixed = run('run');
    expect(fixed.stdout).toMatch(/shipshape\.+Passed/);
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);

    // shipshape-all reports the whole project, the committed problem included.
    const all = run('run', 'shipshape-all', '--all-files', '--hook-stage', 'manual');
    expect(all.status, all.stdout + all.stderr).toBe(1);
    expect(all.stdout).toContain('k8s/legacy.yaml:7:12');
    // Installing the hook environment takes 15-30 s here (npm unpacks schemas/, ~1,700 files); runs take < 1 s.
  }, 240_000);
});

describe('.pre-commit-hooks.yaml and package.json', () => {
  it('declare node hooks that pre-commit can install without a build step', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; language: string; entry: string; pass_filenames?: boolean; language_version?: string; stages?: unknown }[];
    expect(hooks.map((hook) => hook.id)).toEqual(['shipshape', 'shipshape-all']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      // A pinned node version makes nodeenv download Node; new stage names break pre-commit < 3.2.
      expect(hook.language_version).toBeUndefined();
      expect(hook.stages).toBeUndefined();
    }
    expect(hooks[0]?.entry).toBe('shipshape --context .');
    expect(hooks[1]?.pass_filenames).toBe(false);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    // pre-commit takes `npm pack`'s stdout as the tarball name; a lifecycle script's banner breaks it.
    for (const script of ['prepare', 'prepack', 'postpack', 'preinstall', 'install', 'postinstall']) expect(manifest.scripts?.[script], script).toBeUndefined();
  });
});
