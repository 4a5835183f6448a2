import { defineRule } from '../../src/engine/rule.js';
import { containerEnv } from '../../src/k8s/container-env.js';
import { containersOf } from '../../src/k8s/containers.js';
import { shellScriptIndexes } from '../../src/k8s/shell.js';
import { isEnvStyleName, isVariableName, shellParameterSyntax, variableReferences } from '../../src/k8s/variable-expansion.js';
import type { YamlPath } from '../../src/parse/source.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;

interface ExecCommand {
  /** `readinessProbe`, `lifecycle.preStop`. */
  name: string;
  hook: boolean;
  words: { text: string; path: YamlPath }[];
}

function execCommands(container: Record<string, unknown>, path: YamlPath): ExecCommand[] {
  const found: ExecCommand[] = [];
  // Paths are built only for handlers that have an exec command: most probes are httpGet or tcpSocket.
  const read = (handler: unknown, handlerPath: () => YamlPath, name: string, hook: boolean) => {
    const command = (handler as { exec?: { command?: unknown } } | undefined)?.exec?.command;
    if (!Array.isArray(command)) return;
    const base = handlerPath();
    const words = command.flatMap((word: unknown, index) => (typeof word === 'string' ? [{ text: word, path: [...base, 'exec', 'command', index] }] : []));
    found.push({ name, hook, words });
  };
  for (const probe of PROBES) read(container[probe], () => [...path, probe], probe, false);
  const lifecycle = container['lifecycle'] as Record<string, unknown> | undefined;
  if (lifecycle !== null && typeof lifecycle === 'object') {
    for (const hook of HOOKS) read(lifecycle[hook], () => [...path, 'lifecycle', hook], `lifecycle.${hook}`, true);
  }
  return found;
}

export default defineRule({
  id: 'probe-exec-variable-reference',
  category: 'workloads',
  severity: 'error',
  description: '`$(VAR)` in a probe or lifecycle hook exec command, where the kubelet expands only literal env values (probes) or nothing at all (hooks).',
  target: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  reads: ['ConfigMap', 'Secret'],
  messages: {
    becomesEmpty: (reference: string, handler: string, container: string, name: string) =>
      `${reference} in the ${handler} command of container ${container} becomes an empty string: for probes the kubelet substitutes only env entries with a literal value, and ${name} comes from valueFrom. Read it in a shell instead: sh -c '… "$${name}" …'.`,
    notExpanded: (reference: string, handler: string, container: string, name: string) =>
      `${reference} in the ${handler} command of container ${container} is never expanded (${name} is not a literal env value of the container); the command gets the literal text "${reference}" (inside sh -c, a command substitution that fails). Read it in a shell instead: sh -c '… "$${name}" …'.`,
    hookNotExpanded: (reference: string, handler: string, container: string, name: string) =>
      `${reference} in the ${handler} command of container ${container} is never expanded: the kubelet runs lifecycle hook commands as written, and a shell runs "${reference}" as a command substitution. Read the variable in a shell instead: sh -c '… "$${name}" …'.`,
  },
  docs: {
    diagnosis: 'An `exec.command` of a liveness, readiness or startup probe, or of a postStart or preStop hook, contains `$(VAR)`. For probes the kubelet replaces `$(VAR)` only with env entries that have a literal `value`; an entry set with `valueFrom` (the pod IP, a Secret) becomes an empty string, and any other name stays as written. Hook commands are run exactly as written. `kubectl describe pod` shows the probe failing with a usage error or "command not found".',
    fix: 'Run the command through a shell and read the variable there, where the container\'s environment is available: `command: [sh, -c, \'nc -z "$POD_IP" 9042\']`. Single-quote the script so nothing else expands it.',
    why: 'Kubernetes expands `$(VAR)` fully only in a container\'s `command`, `args` and env values. The kubelet\'s prober uses a reduced expansion over the env list as written (`ExpandContainerCommandOnlyStatic`: a `valueFrom` entry has an empty value there), and the lifecycle handler runner does no expansion. The exec\'d process does inherit the container\'s environment, so a shell reading `$VAR` sees the real value. Inside `bash -c`, an unexpanded `$(POD_IP)` is a command substitution that runs `POD_IP`, fails, and leaves an empty argument: probes then fail and pods restart or never become ready. (Read from the kubelet source, `pkg/kubelet/prober` and `pkg/kubelet/lifecycle`; stable across releases to date.)',
  },
  check(owner, { graph, report, messages }) {
    const pod = graph.podTemplateOf(owner);
    if (!pod) return;
    for (const entry of containersOf(pod)) {
      const container = entry.container as unknown as Record<string, unknown>;
      // What the prober substitutes: each env entry's literal value, and '' for one set by valueFrom.
      const execs = execCommands(container, entry.path);
      if (execs.length === 0) continue;
      const env = new Map(containerEnv(graph, pod, entry).entries.map((variable) => [variable.name, variable.source === 'value' ? 'literal' : 'valueFrom']));
      for (const exec of execs) {
        if (!exec.words.some((word) => word.text.includes('$('))) continue;
        const scripts = shellScriptIndexes(exec.words.map((word) => word.text));
        exec.words.forEach((word, index) => {
          for (const reference of variableReferences(word.text)) {
            const text = word.text.slice(reference.start, reference.end);
            const name = shellParameterSyntax(reference.name) ?? reference.name;
            if (!isVariableName(name)) continue;
            const source = env.get(reference.name);
            // A lower-case `$(hostname)` in a script is a command substitution the author meant.
            if (scripts.has(index) && source === undefined && !isEnvStyleName(name)) continue;
            const at = [...word.path];
            if (exec.hook) report(messages.hookNotExpanded(text, exec.name, entry.container.name, name), { at });
            else if (source === 'literal') continue;
            else if (source === 'valueFrom') report(messages.becomesEmpty(text, exec.name, entry.container.name, name), { at });
            else report(messages.notExpanded(text, exec.name, entry.container.name, name), { at });
          }
        });
      }
    }
  },
});
