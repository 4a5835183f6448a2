import { defineRule } from '../../src/engine/rule.js';
import { containerEnv, definitionOf } from '../../src/k8s/container-env.js';
import { commandWords, containersOf } from '../../src/k8s/containers.js';
import { shellScriptIndexes } from '../../src/k8s/shell.js';
import { isEnvStyleName, isVariableName, shellParameterSyntax, variableReferences } from '../../src/k8s/variable-expansion.js';

export default defineRule({
  id: 'env-var-reference-undefined',
  category: 'workloads',
  severity: 'error',
  description: '`$(VAR)` in an env value, command or args names a variable the container does not define (before it), so Kubernetes leaves the text as it is.',
  target: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  reads: ['ConfigMap', 'Secret'],
  messages: {
    undefinedInEnv: (reference: string, variable: string, container: string) =>
      `${reference} in env ${variable} of container ${container} names no variable defined before it in the container's env; Kubernetes leaves the text "${reference}" in the value.`,
    definedLater: (reference: string, variable: string, container: string, name: string) =>
      `${reference} in env ${variable} of container ${container} names ${name}, which is defined after ${variable}; Kubernetes expands only variables defined earlier in the list, so the text "${reference}" stays in the value.`,
    undefinedInCommand: (reference: string, field: string, container: string) =>
      `${reference} in the ${field} of container ${container} names no variable of the container's env; Kubernetes passes the text "${reference}" to the program as it is.`,
    undefinedInShell: (reference: string, field: string, container: string, name: string) =>
      `${reference} in the ${field} of container ${container} names no variable of the container's env, so Kubernetes leaves it and the shell runs it as a command substitution (command "${name}" not found); write \${${name}} to read a variable the shell has.`,
    shellSyntax: (reference: string, where: string, container: string, expression: string) =>
      `${reference} in ${where} of container ${container} is shell syntax inside $(…), which Kubernetes never expands; in a shell it becomes a command substitution. Write \${${expression}} inside sh -c, or define a variable with the value you need.`,
  },
  docs: {
    diagnosis: 'An env `value`, a `command` or an `args` word contains `$(NAME)` where NAME is not a variable of the container: for env values, not defined earlier in `env` nor by `envFrom`; for command and args, not defined anywhere in the container\'s env. Or it contains shell parameter syntax such as `$(POD_NAME##*-)` or `$(HOST:-localhost)`. `kubectl exec <pod> -- env` shows the text `$(NAME)` unexpanded.',
    fix: 'Define the variable before the entry that uses it (order matters in `env`), fix the name\'s spelling, or escape a literal `$(` as `$$(`. For string manipulation, run the command through a shell and use its syntax: `command: [sh, -c, \'exec app --id="${POD_NAME##*-}"\']`.',
    why: 'Kubernetes expands `$(VAR)` once, when it creates the container, using only the variables defined before the entry (plus envFrom sources and the Service link variables); anything else stays as the literal text `$(VAR)`, and `$$` escapes a `$`. The application then receives `$(VAR)` as a host name, path or flag value. Inside `sh -c`, an unexpanded `$(VAR)` is a command substitution that tries to run `VAR` as a command. Lower-case `$(hostname)` and `$(cat …)` in shell scripts are taken as the command substitutions they are meant to be.',
    world: 'Variables that envFrom brings from a ConfigMap or Secret not in the input, and names shaped like Service link variables (`<SVC>_SERVICE_HOST`, `<SVC>_PORT_<n>_TCP`), are assumed defined.',
  },
  check(owner, { graph, report, messages }) {
    const pod = graph.podTemplateOf(owner);
    if (!pod) return;
    for (const entry of containersOf(pod)) {
      const env = containerEnv(graph, pod, entry);
      const container = entry.container.name;
      for (const variable of env.entries) {
        if (variable.literal === undefined) continue;
        const references = variableReferences(variable.literal);
        if (references.length === 0) continue;
        const at = [...variable.path, 'value'];
        for (const reference of references) {
          const text = variable.literal.slice(reference.start, reference.end);
          if (shellParameterSyntax(reference.name) !== undefined) {
            report(messages.shellSyntax(text, `env ${variable.name}`, container, reference.name), { at });
            continue;
          }
          if (!isVariableName(reference.name)) continue;
          const definition = definitionOf(env, reference.name, variable.index);
          if (definition === 'undefined') report(messages.undefinedInEnv(text, variable.name, container), { at });
          if (definition === 'later') {
            const later = env.entries.find((other) => other.name === reference.name && other.index > variable.index);
            report(messages.definedLater(text, variable.name, container, reference.name), {
              at,
              related: later ? [{ resource: owner, path: later.addedBy ? [...later.path] : [...later.path, 'name'], message: later.addedBy ? `${reference.name} is added by ${later.addedBy}` : `${reference.name} is defined here` }] : [],
            });
          }
        }
      }
      const { command, args } = commandWords(entry);
      const words = [...command, ...args];
      const scripts = shellScriptIndexes(words.map((word) => word.text));
      words.forEach((word, index) => {
        const field = index < command.length ? 'command' : 'args';
        const inShell = scripts.has(index);
        for (const reference of variableReferences(word.text)) {
          const text = word.text.slice(reference.start, reference.end);
          if (shellParameterSyntax(reference.name) !== undefined) {
            report(messages.shellSyntax(text, `the ${field}`, container, reference.name), { at: [...word.path] });
            continue;
          }
          if (!isVariableName(reference.name) || definitionOf(env, reference.name) !== 'undefined') continue;
          if (!inShell) report(messages.undefinedInCommand(text, field, container), { at: [...word.path] });
          else if (isEnvStyleName(reference.name)) report(messages.undefinedInShell(text, field, container, reference.name), { at: [...word.path] });
        }
      });
    }
  },
});
