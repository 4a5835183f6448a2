import { defineRule } from '../../src/engine/rule.js';
import type { ResourceGraph } from '../../src/graph/graph.js';
import type { Resource } from '../../src/graph/resource.js';
import { yamlVersionDisagreement } from '../../src/parse/scalars.js';
import type { PathSegment } from '../../src/parse/source.js';

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** Paths where Kubernetes expects a string, with the value found there. */
function* stringFields(resource: Resource): Generator<{ path: PathSegment[]; value: unknown }> {
  const body = resource.body as Json;
  const mapFields = function* (base: PathSegment[], map: unknown) {
    for (const [key, value] of Object.entries(record(map) ?? {})) yield { path: [...base, key], value };
  };
  yield* mapFields(['metadata', 'labels'], record(body['metadata'])?.['labels']);
  yield* mapFields(['metadata', 'annotations'], record(body['metadata'])?.['annotations']);
  if (resource.kind === 'ConfigMap') yield* mapFields(['data'], body['data']);
  if (resource.kind === 'Secret') yield* mapFields(['stringData'], body['stringData']);
  if (resource.kind === 'Service') yield* mapFields(['spec', 'selector'], record(body['spec'])?.['selector']);
}

function* podFields(resource: Resource, graph: ResourceGraph): Generator<{ path: PathSegment[]; value: unknown }> {
  const pod = graph.podTemplateOf(resource);
  if (!pod) return;
  let template: unknown = resource.body;
  for (const key of pod.path) template = record(template)?.[key as string];
  if (pod.path.length > 0) {
    const metadata = record(record(template)?.['metadata']);
    for (const field of ['labels', 'annotations']) {
      for (const [key, value] of Object.entries(record(metadata?.[field]) ?? {})) yield { path: [...pod.path, 'metadata', field, key], value };
    }
  }
  const spec = record(record(template)?.['spec']) ?? {};
  for (const group of ['initContainers', 'containers']) {
    const containers = spec[group];
    if (!Array.isArray(containers)) continue;
    for (const [c, container] of containers.entries()) {
      const base: PathSegment[] = [...pod.specPath, group, c];
      for (const list of ['command', 'args']) {
        const items = record(container)?.[list];
        if (Array.isArray(items)) for (const [i, value] of items.entries()) yield { path: [...base, list, i], value };
      }
      const env = record(container)?.['env'];
      if (Array.isArray(env)) for (const [i, variable] of env.entries()) yield { path: [...base, 'env', i, 'value'], value: record(variable)?.['value'] };
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
    const fields = [...stringFields(resource), ...podFields(resource, graph)];
    for (const { path, value } of fields) {
      if (typeof value !== 'boolean' && typeof value !== 'number') continue;
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
