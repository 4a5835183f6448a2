import type { EnvFromSource, EnvVar } from 'kubernetes-types/core/v1.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { PodTemplate } from '../graph/pod-template.js';
import type { YamlPath } from '../parse/source.js';
import type { ContainerAt } from './containers.js';
import { expandVariables } from './variable-expansion.js';
import { cached, innerCache } from '../graph/memo.js';

/*
 * A container's environment as the kubelet builds it: envFrom sources first, then `env` in order,
 * each value expanded against what came before it, then the Service link variables.
 */

/** Stands for the pod's own name in expanded text (`fieldRef: metadata.name`). */
export const POD_NAME_MARK = '\uE000';
/** Stands for text that cannot be known from the manifests (a Secret, the pod IP, …). */
export const UNKNOWN_MARK = '\uE001';

export type EnvSource = 'value' | 'fieldRef' | 'resourceFieldRef' | 'configMapKeyRef' | 'secretKeyRef' | 'other';

export interface EnvEntry {
  name: string;
  index: number;
  source: EnvSource;
  /** The literal `value` (for `value` entries). */
  literal?: string;
  /** `metadata.name`, `status.podIP`, … (for `fieldRef` entries). */
  fieldPath?: string;
  readonly path: YamlPath;
  /** Who adds an entry that is not written in the manifest. */
  addedBy?: string;
}

export interface ContainerEnv {
  entries: readonly EnvEntry[];
  /** Variables envFrom brings in, with their values where the input holds them. */
  fromSources: ReadonlyMap<string, string>;
  /** Some envFrom source's keys cannot be known (not in the input, optional, a Secret with generated keys). */
  openSources: boolean;
  /** Whether Service link variables (`<SVC>_SERVICE_HOST`, …) are set: `enableServiceLinks` defaults to true. */
  serviceLinks: boolean;
  /** The runtime value of each variable after all of `env` (markers stand for what is not known). */
  final: ReadonlyMap<string, string>;
}

/** Variables the kubelet adds for each Service of the namespace (docker-links style). */
const SERVICE_LINK = /^[A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?)$/;

export function isServiceLinkVariable(name: string): boolean {
  return SERVICE_LINK.test(name);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sourceOf(entry: EnvVar): EnvSource {
  if (entry.valueFrom === undefined || entry.valueFrom === null) return 'value';
  if (entry.valueFrom.fieldRef) return 'fieldRef';
  if (entry.valueFrom.resourceFieldRef) return 'resourceFieldRef';
  if (entry.valueFrom.configMapKeyRef) return 'configMapKeyRef';
  if (entry.valueFrom.secretKeyRef) return 'secretKeyRef';
  return 'other';
}

/**
 * An entry written in `env`. Its path is built when asked for: only entries that a finding points at
 * need one, and a run reads tens of thousands of entries.
 */
class WrittenEntry implements EnvEntry {
  declare literal?: string;
  declare fieldPath?: string;

  constructor(
    readonly name: string,
    readonly index: number,
    readonly source: EnvSource,
    private readonly containerPath: YamlPath,
  ) {}

  get path(): YamlPath {
    return [...this.containerPath, 'env', this.index];
  }
}

function readEntries(container: ContainerAt): EnvEntry[] {
  const env: unknown = container.container.env;
  if (!Array.isArray(env)) return [];
  const entries: EnvEntry[] = [];
  env.forEach((raw: unknown, index) => {
    if (!isRecord(raw) || typeof raw['name'] !== 'string') return;
    const typed = raw as unknown as EnvVar;
    const source = sourceOf(typed);
    const entry: EnvEntry = new WrittenEntry(typed.name, index, source, container.path);
    if (source === 'value') entry.literal = typed.value === undefined || typed.value === null ? '' : String(typed.value);
    const fieldPath = typed.valueFrom?.fieldRef?.fieldPath;
    if (typeof fieldPath === 'string') entry.fieldPath = fieldPath;
    entries.push(entry);
  });
  return entries;
}

/** Keys and values an envFrom source brings, or undefined when they cannot be known. */
function sourceVariables(graph: ResourceGraph, namespace: string, source: EnvFromSource): Map<string, string> | undefined {
  const prefix = typeof source.prefix === 'string' ? source.prefix : '';
  const out = new Map<string, string>();
  if (source.configMapRef) {
    const name = source.configMapRef.name;
    const configMap = typeof name === 'string' ? graph.find('ConfigMap', namespace, name) : undefined;
    if (!configMap) return undefined;
    for (const [key, value] of Object.entries(configMap.body.data ?? {})) out.set(prefix + key, String(value));
    return out;
  }
  if (source.secretRef) {
    const name = source.secretRef.name;
    const secret = typeof name === 'string' ? graph.find('Secret', namespace, name) : undefined;
    if (!secret || secret.body.type === 'kubernetes.io/service-account-token') return undefined;
    for (const key of [...Object.keys(secret.body.data ?? {}), ...Object.keys(secret.body.stringData ?? {})]) out.set(prefix + key, UNKNOWN_MARK);
    return out;
  }
  return undefined;
}

/** The Job controller appends JOB_COMPLETION_INDEX to every container of an Indexed Job's pods. */
function completionIndexEntry(pod: PodTemplate, container: ContainerAt, entries: readonly EnvEntry[]): EnvEntry | undefined {
  const owner = pod.owner.body as { spec?: { completionMode?: unknown; jobTemplate?: { spec?: { completionMode?: unknown } } } };
  const mode = pod.owner.kind === 'Job' ? owner.spec?.completionMode : pod.owner.kind === 'CronJob' ? owner.spec?.jobTemplate?.spec?.completionMode : undefined;
  if (mode !== 'Indexed' || entries.some((entry) => entry.name === 'JOB_COMPLETION_INDEX')) return undefined;
  return { name: 'JOB_COMPLETION_INDEX', index: entries.length, source: 'fieldRef', fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']", path: [...container.path, 'env'], addedBy: 'the Job controller (Indexed Jobs), at the end of env' };
}

function fieldValue(fieldPath: string | undefined, pod: PodTemplate): string {
  if (fieldPath === 'metadata.name') return POD_NAME_MARK;
  if (fieldPath === 'metadata.namespace') return pod.namespace;
  return UNKNOWN_MARK;
}

/**
 * Environments by graph, then by container object: three rules read each container's environment.
 * Keyed by graph first because the language server reuses parsed objects in later runs, whose graphs
 * may hold other envFrom sources.
 */
const envCache = new WeakMap<ResourceGraph, WeakMap<object, ContainerEnv>>();

/** The environment of one container of a pod template. */
export function containerEnv(graph: ResourceGraph, pod: PodTemplate, container: ContainerAt): ContainerEnv {
  const byContainer = innerCache(envCache, graph);
  return cached(byContainer, container.container, () => buildContainerEnv(graph, pod, container));
}

/**
 * Entries are read at once; what envFrom brings and the values after expansion are worked out on
 * first use, since only text holding a `$` reference needs them and most containers have none.
 */
class LazyContainerEnv implements ContainerEnv {
  private sources: { variables: Map<string, string>; open: boolean } | undefined;
  private values: Map<string, string> | undefined;
  readonly serviceLinks: boolean;

  constructor(
    private readonly graph: ResourceGraph,
    private readonly pod: PodTemplate,
    private readonly container: ContainerAt,
    readonly entries: readonly EnvEntry[],
  ) {
    this.serviceLinks = pod.spec.enableServiceLinks !== false;
  }

  private readSources(): { variables: Map<string, string>; open: boolean } {
    if (this.sources) return this.sources;
    const variables = new Map<string, string>();
    let open = false;
    const envFrom: unknown = this.container.container.envFrom;
    for (const source of Array.isArray(envFrom) ? envFrom : []) {
      const found = isRecord(source) ? sourceVariables(this.graph, this.pod.namespace, source as EnvFromSource) : undefined;
      if (found === undefined) open = true;
      else for (const [key, value] of found) variables.set(key, value);
    }
    this.sources = { variables, open };
    return this.sources;
  }

  get fromSources(): ReadonlyMap<string, string> {
    return this.readSources().variables;
  }

  get openSources(): boolean {
    return this.readSources().open;
  }

  get final(): ReadonlyMap<string, string> {
    if (this.values) return this.values;
    const running = new Map(this.fromSources);
    for (const entry of this.entries) {
      const value = entry.source === 'value' ? expandVariables(entry.literal ?? '', (name) => running.get(name)) : entry.source === 'fieldRef' ? fieldValue(entry.fieldPath, this.pod) : UNKNOWN_MARK;
      running.set(entry.name, value);
    }
    this.values = running;
    return running;
  }
}

function buildContainerEnv(graph: ResourceGraph, pod: PodTemplate, container: ContainerAt): ContainerEnv {
  const entries = readEntries(container);
  const completionIndex = completionIndexEntry(pod, container, entries);
  if (completionIndex) entries.push(completionIndex);
  return new LazyContainerEnv(graph, pod, container, entries);
}

/** Where a variable a reference names comes from, seen from a place that may use only earlier entries. */
export type Definition = 'earlier' | 'later' | 'env-from' | 'maybe' | 'undefined';

/**
 * How `name` is defined for a reference in `env[index]` (or, without an index, in command and args,
 * which see the whole environment).
 */
export function definitionOf(env: ContainerEnv, name: string, index?: number): Definition {
  if (env.entries.some((entry) => entry.name === name && (index === undefined || entry.index < index))) return 'earlier';
  if (env.fromSources.has(name)) return 'env-from';
  if (env.openSources) return 'maybe';
  if (env.serviceLinks && isServiceLinkVariable(name)) return 'maybe';
  if (index !== undefined && env.entries.some((entry) => entry.name === name && entry.index > index)) return 'later';
  return 'undefined';
}
