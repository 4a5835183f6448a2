import type { ResourceGraph } from '../graph/graph.js';
import type { PodTemplate } from '../graph/pod-template.js';
import type { Resource } from '../graph/resource.js';
import { formatPath, valueAt, type YamlPath } from '../parse/source.js';
import { POD_NAME_MARK, UNKNOWN_MARK, containerEnv, type ContainerEnv } from './container-env.js';
import { commandWords, containersOf, type ContainerAt } from './containers.js';
import { hostMentions, parseHost, type ParsedHost } from './dns-names.js';
import { shellScriptIndexes } from './shell.js';
import { expandVariables } from './variable-expansion.js';
import { innerCache } from '../graph/memo.js';
import { withFields } from '../graph/with-fields.js';

/*
 * Where cluster DNS names are written, and the context that completes them: env values, command and
 * args of pod templates (with the variables the kubelet or a shell expands there), ConfigMap data,
 * ExternalName Services and the hosts of Istio routing rules.
 */

export interface DnsMention {
  resource: Resource;
  /** Where the text holding the name is written. */
  path: YamlPath;
  /** The host as written, variables included. */
  written: string;
  /** What it means to cluster DNS, after the variables known from the manifests are expanded. */
  parsed: ParsedHost;
  port?: number;
  srv?: { service: string; protocol: string };
  /** The namespace whose search path completes short names. */
  namespace: string;
  /** The pods the name is written for, whose own name POD_NAME_MARK stands for. */
  pod?: PodTemplate;
  /** Where it is written, in words: `env KAFKA_ADVERTISED_LISTENERS of container kafka`. */
  place: string;
  /** An Istio host, where short names mean Services of the rule's namespace and nothing else. */
  istio?: boolean;
}

type Expand = (text: string) => string;

type MentionBase = Omit<DnsMention, 'written' | 'parsed'>;

/** The mentions in a text; `where` (path and words of the place) is built only for a text that has some, which few have. */
function mentionsInText(text: string, expand: Expand, where: () => MentionBase): DnsMention[] {
  const mentions = hostMentions(text);
  if (mentions.length === 0) return [];
  const base = where();
  return mentions.map((mention) => {
    const found: DnsMention = withFields(base, { written: mention.host, parsed: parseHost(expand(mention.host)) });
    if (mention.port !== undefined) found.port = mention.port;
    if (mention.srv) found.srv = mention.srv;
    return found;
  });
}

/** What a shell expands in a script: `$VAR`, `${VAR}`, `$(hostname)`, from the container's final environment. */
function shellExpansion(env: ContainerEnv): Expand {
  const value = (name: string) => (name === 'HOSTNAME' ? POD_NAME_MARK : (env.final.get(name) ?? UNKNOWN_MARK));
  return (text) =>
    text
      .replace(/\$\(hostname\)/g, POD_NAME_MARK)
      .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced: string | undefined, bare: string | undefined) => value(braced ?? bare ?? ''));
}

function kubeletExpansion(lookup: (name: string) => string | undefined): Expand {
  return (text) => expandVariables(text, lookup);
}

const asWritten: Expand = (text) => text;

/** What `$(VAR)` in env[index] sees: envFrom, then the entries before it (with their final values). */
function earlierVariables(env: ContainerEnv, index: number): Map<string, string> {
  const running = new Map(env.fromSources);
  for (const variable of env.entries) {
    if (variable.index >= index) break;
    running.set(variable.name, env.final.get(variable.name) ?? UNKNOWN_MARK);
  }
  return running;
}

function containerMentions(graph: ResourceGraph, pod: PodTemplate, entry: ContainerAt): DnsMention[] {
  const env = containerEnv(graph, pod, entry);
  const name = entry.container.name;
  const base = { resource: pod.owner, namespace: pod.namespace, pod };
  const found: DnsMention[] = [];
  for (const variable of env.entries) {
    const literal = variable.literal;
    // Without a `.` there is no host name, and without a `$` nothing to expand (nearly every value).
    if (variable.source !== 'value' || literal === undefined || !literal.includes('.')) continue;
    let earlier: Map<string, string> | undefined;
    const expand = literal.includes('$') ? kubeletExpansion((key) => (earlier ??= earlierVariables(env, variable.index)).get(key)) : asWritten;
    found.push(...mentionsInText(literal, expand, () => withFields(base, { path: [...variable.path, 'value'], place: `env ${variable.name} of container ${name}` })));
  }
  const { command, args } = commandWords(entry);
  const words = [...command, ...args];
  if (!words.some((word) => word.text.includes('.'))) return found;
  const scripts = shellScriptIndexes(words.map((word) => word.text));
  const kubelet = kubeletExpansion((key) => env.final.get(key));
  const shell = shellExpansion(env);
  words.forEach((word, index) => {
    if (!word.text.includes('.')) return;
    const expand: Expand = !word.text.includes('$') ? asWritten : scripts.has(index) ? (text) => shell(kubelet(text)) : kubelet;
    const field = index < command.length ? 'command' : 'args';
    found.push(...mentionsInText(word.text, expand, () => withFields(base, { path: word.path, place: `${field} of container ${name}` })));
  });
  return found;
}

function configMapMentions(configMap: Resource<'ConfigMap'>): DnsMention[] {
  const namespace = configMap.namespace;
  const data = configMap.body.data;
  if (namespace === undefined || data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) =>
    typeof value === 'string' ? mentionsInText(value, asWritten, () => ({ resource: configMap, namespace, path: ['data', key], place: `key ${key}` })) : [],
  );
}

function externalNameMention(service: Resource<'Service'>): DnsMention[] {
  const host = service.body.spec?.externalName;
  if (service.namespace === undefined || service.body.spec?.type !== 'ExternalName' || typeof host !== 'string') return [];
  const written = host.replace(/\.$/, '');
  return [{ resource: service, path: ['spec', 'externalName'], written, parsed: parseHost(written), namespace: service.namespace, place: 'spec.externalName' }];
}

/** Paths of the hosts an Istio rule routes to: Services (or ServiceEntry hosts) by name. */
function istioHostPaths(resource: Resource): YamlPath[] {
  const spec = (resource.body as { spec?: Record<string, unknown> }).spec;
  if (spec === undefined || spec === null || typeof spec !== 'object') return [];
  if (resource.kind === 'DestinationRule') return [['spec', 'host']];
  if (resource.kind !== 'VirtualService') return [];
  const paths: YamlPath[] = [];
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  for (const section of ['http', 'tcp', 'tls'] as const) {
    list(spec[section]).forEach((route: unknown, i) => {
      const routeBody = route !== null && typeof route === 'object' ? (route as Record<string, unknown>) : {};
      list(routeBody['route']).forEach((_, j) => paths.push(['spec', section, i, 'route', j, 'destination', 'host']));
      if (routeBody['mirror'] !== undefined) paths.push(['spec', section, i, 'mirror', 'host']);
      list(routeBody['mirrors']).forEach((_, j) => paths.push(['spec', section, i, 'mirrors', j, 'destination', 'host']));
    });
  }
  return paths;
}

/**
 * Istio reads a host without dots as a Service of the rule's namespace and any other host literally,
 * so only those and full `.svc.<domain>` names are cluster names (wildcards match, never resolve).
 */
function istioMentions(resource: Resource): DnsMention[] {
  const namespace = resource.namespace;
  if (namespace === undefined || !resource.group.endsWith('istio.io')) return [];
  return istioHostPaths(resource).flatMap((path) => {
    const host = valueAt(resource.body, path);
    if (typeof host !== 'string' || host.includes('*') || host.includes('/')) return [];
    const base = { resource, path, written: host, namespace, place: formatPath(path), istio: true };
    if (!host.includes('.')) return [withFields(base, { parsed: parseHost(`${host}.${namespace}.svc`) })];
    const parsed = parseHost(host);
    return parsed.domain === undefined ? [] : [withFields(base, { parsed })];
  });
}

function findMentions(graph: ResourceGraph, resource: Resource): DnsMention[] {
  if (resource.is('ConfigMap')) return configMapMentions(resource);
  if (resource.is('Service')) return externalNameMention(resource);
  const pod = graph.podTemplateOf(resource);
  if (pod) return containersOf(pod).flatMap((entry) => containerMentions(graph, pod, entry));
  return istioMentions(resource);
}

/**
 * Mentions per graph and resource: three rules read the same names, and scanning ConfigMap text is
 * the costly part. Per graph, because what completes a name (the container environment, from
 * ConfigMaps of other files) belongs to the graph, and the language server keeps resources of
 * unchanged files from one graph to the next.
 */
const mentionCache = new WeakMap<ResourceGraph, WeakMap<Resource, readonly DnsMention[]>>();

/** Every cluster DNS name a resource writes, with what completes it. */
export function dnsMentionsIn(graph: ResourceGraph, resource: Resource): readonly DnsMention[] {
  const byResource = innerCache(mentionCache, graph);
  let mentions = byResource.get(resource);
  if (mentions === undefined) {
    mentions = findMentions(graph, resource);
    byResource.set(resource, mentions);
  }
  return mentions;
}

/** Kinds whose resources can hold cluster DNS names, for the rules' `target`. */
export const DNS_MENTION_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'ConfigMap', 'Service', 'VirtualService', 'DestinationRule'] as const;
