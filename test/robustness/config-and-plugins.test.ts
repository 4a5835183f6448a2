import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, buildCli, runInProcess, runProcess } from './support/cli.js';
import { Scratch, SERVICE_WITHOUT_PODS, parseJson, rulesByFile } from './support/tree.js';

/**
 * A broken config is the user's to fix: exit 2 with the file and line. A plugin rule that throws is a
 * fault in code the config named: reported as an internal error naming the rule and the resource,
 * with every other finding still printed, exit 2.
 */

/**
 * A plugin as a plain ES module, the shape defineRule returns, so it loads both in process and in
 * the bundled CLI. Each rule misbehaves differently when it meets the resource named `boom`.
 */
const PLUGIN = `
const rule = (id, check) => ({
  id, category: 'workloads', severity: 'error', description: 'test rule', recommended: true,
  docs: { diagnosis: 'd', fix: 'f', why: 'w' }, target: ['ConfigMap'], reads: [], messageIds: ['found'],
  stage: 'graph', check, messages: { found: (name) => ({ id: 'found', text: 'ConfigMap ' + name + ' seen by ' + id }) },
});
export const rules = [
  rule('throws-error', (resource, context) => {
    if (resource.name === 'boom') throw new TypeError('cannot read properties of undefined (reading "spec")');
    context.report(context.messages.found(resource.name));
  }),
  rule('throws-odd-values', (resource) => {
    if (resource.name === 'boom') throw Object.create(null);
    if (resource.name === 'calm') throw { toString() { throw new Error('toString throws'); }, get [Symbol.toStringTag]() { throw new Error('so does its tag'); } };
  }),
  rule('reports-garbage', (resource, context) => {
    if (resource.name === 'boom') context.report(undefined);
  }),
  rule('bad-location', (resource, context) => {
    if (resource.name === 'boom') context.report(context.messages.found('x'), { at: { resource: 42, path: ['spec'] } });
  }),
  rule('throwing-fix', (resource, context) => {
    if (resource.name === 'boom') context.report(context.messages.found('x'), { fix: () => { throw new RangeError('fix exploded'); } });
  }),
];
`;

const CONFIG_MAPS = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: boom, namespace: shop}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: calm, namespace: shop}\n';

describe('broken configuration', () => {
  const scratch = new Scratch();
  afterAll(() => scratch.remove());
  let counter = 0;

  async function withConfig(config: string, name = '.shipshape.yaml') {
    const dir = scratch.mkdir(`config-${++counter}`);
    scratch.write(`config-${counter}/svc.yaml`, SERVICE_WITHOUT_PODS);
    const file = scratch.write(`config-${counter}/${name}`, config);
    const run = await runInProcess(['--format', 'json', ...(name === '.shipshape.yaml' ? [] : ['--config', name]), '.'], { cwd: dir });
    return { run, file };
  }

  const cases: [string, string, RegExp, number | undefined][] = [
    ['bad YAML', 'extends: recommended\nrules: {service-no-matching-pods: error\n', /invalid YAML/, 3],
    ['an unknown rule', 'rules:\n  service-no-matchin-pods: error\n', /unknown rule "service-no-matchin-pods" \(did you mean "service-no-matching-pods"\?\)/, 2],
    ['an unknown level', 'rules:\n  service-no-matching-pods: loud\n', /must be off, warn or error/, 2],
    ['an option of the wrong type', 'rules:\n  cluster-domain-mismatch:\n    - warn\n    - otherClusterDomains: corp.local\n', /rules.cluster-domain-mismatch/, 2],
    ['an unknown setting', 'extends: recommended\nclusterDomian: corp.local\n', /unknown setting "clusterDomian"/, 2],
    ['a __proto__ key', '__proto__:\n  extends: all\n', /unknown setting "__proto__"/, 1],
    ['a list instead of a mapping', '- extends\n- all\n', /must be object|mapping/, undefined],
  ];
  for (const [what, config, message, line] of cases) {
    it(`exits 2 on ${what}, naming the file${line === undefined ? '' : ' and line'}`, async () => {
      const { run, file } = await withConfig(config);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(line === undefined ? file : `${file}:${line}:`);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(({} as Record<string, unknown>)['extends']).toBeUndefined();
    });
  }

  it('exits 2 when --config names a directory or a missing file', async () => {
    const dir = scratch.mkdir('config-dir');
    scratch.mkdir('config-dir/conf.yaml');
    for (const config of ['conf.yaml', 'missing.yaml']) {
      const run = await runInProcess(['--config', config, '.'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/cannot read the config file/);
    }
  });

  it('exits 2 naming the config when a plugin is missing, fails to load or exports no rules', async () => {
    const dir = scratch.mkdir('plugin-load');
    scratch.write('plugin-load/syntax.mjs', 'export const rules = [;\n');
    scratch.write('plugin-load/throws.mjs', "throw new Error('plugin refuses to load');\n");
    scratch.write('plugin-load/empty.mjs', 'export const rules = [{ id: "Not Kebab" }];\n');
    const expectations: [string, RegExp][] = [
      ['./nowhere.mjs', /cannot (find|load) the plugin "\.\/nowhere\.mjs"/],
      ['no-such-package-shipshape-test', /cannot find the plugin "no-such-package-shipshape-test"/],
      ['./syntax.mjs', /cannot load the plugin "\.\/syntax\.mjs"/],
      ['./throws.mjs', /cannot load the plugin "\.\/throws\.mjs": plugin refuses to load/],
      ['./empty.mjs', /must export `rules`/],
    ];
    for (const [plugin, message] of expectations) {
      const config = scratch.write('plugin-load/custom.yml', `plugins: ["${plugin}"]\n`);
      const run = await runInProcess(['--config', 'custom.yml', '.'], { cwd: dir });
      expect(run.code, plugin).toBe(2);
      expect(run.stderr, plugin).toMatch(message);
      expect(run.stderr, plugin).toContain(config);
      expect(run.stderr, plugin).not.toMatch(/internal error/);
    }
  });
});

describe('a plugin rule that throws', () => {
  const scratch = new Scratch();
  let cli: { entry: string; cleanup: () => void };
  beforeAll(() => {
    scratch.write('plugin.mjs', PLUGIN);
    scratch.write('.shipshape.yaml', 'plugins: ["./plugin.mjs"]\n');
    scratch.write('svc.yaml', SERVICE_WITHOUT_PODS);
    scratch.write('cms.yaml', CONFIG_MAPS);
    cli = buildCli();
  }, 120_000);
  afterAll(() => {
    cli.cleanup();
    scratch.remove();
  });

  function checkRun(run: { code: number; stdout: string; stderr: string }) {
    expect(run.code).toBe(2);
    // The other rules' findings, and the same rule's finding on the other resource, still print.
    expect(rulesByFile(parseJson(run.stdout))).toEqual({ 'cms.yaml': ['throws-error'], 'svc.yaml': ['service-no-matching-pods'] });
    const internal = run.stderr.split('\n').filter((line) => line.includes('internal error'));
    const expected: [string, string][] = [
      ['throws-error', 'cannot read properties of undefined'],
      ['throws-odd-values', '[object Object]'],
      ['throws-odd-values', 'cannot be described'],
      ['reports-garbage', 'report() takes a message'],
      ['bad-location', ''],
      ['throwing-fix', 'fix exploded'],
    ];
    for (const [rule, text] of expected) {
      expect(internal.some((line) => line.includes(`internal error in rule ${rule} on ConfigMap shop/`) && line.includes('(cms.yaml)') && line.includes(text)), `${rule}: ${text}`).toBe(true);
    }
    expect(internal.filter((line) => line.includes('ConfigMap shop/boom')).length).toBeGreaterThanOrEqual(5);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  }

  it('is reported with the rule and the resource in process, other findings kept, exit 2', async () => {
    checkRun(await runInProcess(['--format', 'json', 'svc.yaml', 'cms.yaml'], { cwd: scratch.dir }));
  });

  it('is reported the same way by the real CLI process, without a stack trace', async () => {
    const run = await runProcess(cli.entry, ['--format', 'json', 'svc.yaml', 'cms.yaml'], { cwd: scratch.dir, timeoutMs: 60_000 });
    checkRun(run);
  }, 90_000);

  it('is listed as an error in the JUnit report too', async () => {
    const run = await runInProcess(['--format', 'junit', 'svc.yaml', 'cms.yaml'], { cwd: scratch.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/<testcase classname="shipshape" name="throws-error"/);
  });
});
