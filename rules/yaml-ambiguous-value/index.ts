import { defineRule } from '../../src/engine/rule.js';
import type { ResourceGraph } from '../../src/graph/graph.js';
import type { Resource } from '../../src/graph/resource.js';
import { yamlVersionDisagreement } from '../../src/parse/scalars.js';
import type { PathSegment } from '../../src/parse/source.js';

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** A value the loader made a boolean or number: the only kind a YAML 1.1/1.2 disagreement produces. */
function isCandidate(value: unknown): boolean {
  return typeof value === 'boolean' || typeof value === 'number';
}

/** Paths of the candidates found. */
type Found = PathSegment[][];

/**
 * Entries of a map where Kubernetes expects string values. Paths are built only for non-strings:
 * nearly every value is a string, and this rule visits every label of every resource.
 */
function mapFields(found: Found, base: readonly PathSegment[], map: unknown): void {
  const entries = record(map);
  if (!entries) return;
  for (const key in entries) {
    if (Object.hasOwn(entries, key) && isCandidate(entries[key])) found.push([...base, key]);
  }
}

function listFields(found: Found, base: readonly PathSegment[], items: unknown): void {
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) if (isCandidate(items[i])) found.push([...base, i]);
}

/** Paths where Kubernetes expects a string and the value is not one. */
function stringFields(found: Found, resource: Resource): void {
  const body = resource.body as Json;
  const metadata = record(body['metadata']);
  mapFields(found, ['metadata', 'labels'], metadata?.['labels']);
  mapFields(found, ['metadata', 'annotations'], metadata?.['annotations']);
  if (resource.kind === 'ConfigMap') mapFields(found, ['data'], body['data']);
  if (resource.kind === 'Secret') mapFields(found, ['stringData'], body['stringData']);
  if (resource.kind === 'Service') mapFields(found, ['spec', 'selector'], record(body['spec'])?.['selector']);
}

function podFields(found: Found, resource: Resource, graph: ResourceGraph): void {
  const pod = graph.podTemplateOf(resource);
  if (!pod) return;
  let template: unknown = resource.body;
  for (const key of pod.path) template = record(template)?.[key as string];
  if (pod.path.length > 0) {
    const metadata = record(record(template)?.['metadata']);
    for (const field of ['labels', 'annotations']) mapFields(found, [...pod.path, 'metadata', field], metadata?.[field]);
  }
  const spec = record(record(template)?.['spec']) ?? {};
  for (const group of ['initContainers', 'containers']) {
    const containers = spec[group];
    if (!Array.isArray(containers)) continue;
    for (let c = 0; c < containers.length; c++) {
      const container = record(containers[c]);
      if (!container) continue;
      for (const list of ['command', 'args']) {
        if (Array.isArray(container[list]) && container[list].some(isCandidate)) listFields(found, [...pod.specPath, group, c, list], container[list]);
      }
      const env = container['env'];
      if (!Array.isArray(env)) continue;
      for (let i = 0; i < env.length; i++) {
        const value = record(env[i])?.['value'];
        if (isCandidate(value)) found.push([...pod.specPath, group, c, 'env', i, 'value']);
      }
    }
  }
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export default defineRule({
  id: 'yaml-ambiguous-value',
  category: 'yaml',
  severity: 'error',
  description: 'An unquoted value that Kubernetes (YAML 1.1) reads differently from YAML 1.2 tools, where a string is expected.',
  target: ['*'],
  messages: {
    ambiguous: (text: string, yaml11: string, yaml12: string) =>
      `\`${text}\` is unquoted: Kubernetes reads it as ${yaml11} (YAML 1.1) where a string is expected, while YAML 1.2 tools read ${yaml12}. Quote it: "${text}".`,
  },
  docs: {
    diagnosis: 'A label, annotation, env value, command argument or ConfigMap entry is written without quotes as `yes`, `no`, `on`, `off`, `y`, `n` or a number with a leading zero such as `0644`.',
    fix: 'Quote the value (`value: "yes"`, `mode: "0644"`), so every reader sees the same string.',
    why: 'Kubernetes decodes YAML with go-yaml v2, which follows YAML 1.1: `on` becomes the boolean true and `0644` the number 420. Where the API expects a string the object is rejected ("cannot unmarshal bool into Go struct field"), while editors, yq and Helm tooling that speak YAML 1.2 show you the string you meant.',
  },
  check(resource, { graph, report, messages }) {
    // The reader saw no plain scalar that could disagree, so no field can hold one.
    if (!resource.mayHoldYaml11Scalars) return;
    const fields: Found = [];
    stringFields(fields, resource);
    podFields(fields, resource, graph);
    for (const path of fields) {
      const scalar = resource.scalarAt(...path);
      if (!scalar?.plain) continue;
      const disagreement = yamlVersionDisagreement(scalar.text);
      if (!disagreement) continue;
      report(messages.ambiguous(scalar.text, show(disagreement.yaml11), show(disagreement.yaml12)), {
        at: path,
        fix: (rangeOf) => ({ description: `Quote ${scalar.text}`, edits: [{ range: rangeOf({ path }), text: JSON.stringify(scalar.text) }] }),
      });
    }
  },
});
