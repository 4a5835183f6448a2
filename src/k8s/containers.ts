import type { Container, ContainerPort } from 'kubernetes-types/core/v1.js';
import type { PodTemplate } from '../graph/pod-template.js';
import type { YamlPath } from '../parse/source.js';
import { cached } from '../graph/memo.js';

/** One container of a pod template, with where it is written in the owner. */
export interface ContainerAt {
  container: Container;
  path: YamlPath;
  /** Init containers with `restartPolicy: Always` are sidecars: they run beside the app and serve ports. */
  role: 'app' | 'init' | 'sidecar';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const containerCache = new WeakMap<PodTemplate, readonly ContainerAt[]>();

/**
 * The app containers, then the init containers, of a pod template (ephemeral ones are debugging
 * aids). Read once per template: several rules walk every pod's containers.
 */
export function containersOf(pod: PodTemplate): readonly ContainerAt[] {
  return cached(containerCache, pod, readContainers);
}

function readContainers(pod: PodTemplate): ContainerAt[] {
  const found: ContainerAt[] = [];
  for (const list of ['containers', 'initContainers'] as const) {
    const containers: unknown = pod.spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container: unknown, index) => {
      if (!isRecord(container)) return;
      const typed = container as unknown as Container;
      const role = list === 'containers' ? 'app' : typed.restartPolicy === 'Always' ? 'sidecar' : 'init';
      found.push({ container: typed, path: [...pod.specPath, list, index], role });
    });
  }
  return found;
}

/** A port a container declares, with where it is written. */
export interface DeclaredPort {
  port: ContainerPort;
  path: YamlPath;
  container: ContainerAt;
}

/** Ports of the containers that serve traffic: app containers and sidecars, as the endpoints controller reads them. */
const portCache = new WeakMap<PodTemplate, readonly DeclaredPort[]>();

/** Read once per template: Services ask for the ports of every pod they select, several rules each. */
export function servingPorts(pod: PodTemplate): readonly DeclaredPort[] {
  return cached(portCache, pod, readServingPorts);
}

function readServingPorts(pod: PodTemplate): DeclaredPort[] {
  const ports: DeclaredPort[] = [];
  for (const entry of containersOf(pod)) {
    if (entry.role === 'init') continue;
    const declared: unknown = entry.container.ports;
    if (!Array.isArray(declared)) continue;
    declared.forEach((port: unknown, index) => {
      if (isRecord(port)) ports.push({ port: port as unknown as ContainerPort, path: [...entry.path, 'ports', index], container: entry });
    });
  }
  return ports;
}

/** Words of a container's command and args, each with where it is written. */
export interface CommandWord {
  text: string;
  path: YamlPath;
}

const wordCache = new WeakMap<ContainerAt, { command: readonly CommandWord[]; args: readonly CommandWord[] }>();

/** Read once per container: the DNS, variable and istiod checks all read them. */
export function commandWords(entry: ContainerAt): { command: readonly CommandWord[]; args: readonly CommandWord[] } {
  return cached(wordCache, entry, readCommandWords);
}

function readCommandWords(entry: ContainerAt): { command: CommandWord[]; args: CommandWord[] } {
  const words = (field: 'command' | 'args'): CommandWord[] => {
    const list: unknown = entry.container[field];
    if (!Array.isArray(list)) return [];
    return list.flatMap((word: unknown, index) => (typeof word === 'string' ? [{ text: word, path: [...entry.path, field, index] }] : []));
  };
  return { command: words('command'), args: words('args') };
}
