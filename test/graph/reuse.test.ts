import { describe, expect, it } from 'vitest';
import { buildGraph, GraphReuse } from '../../src/graph/build.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { API_DEPLOYMENT } from '../support/api-deployment.js';

const APP = `${API_DEPLOYMENT}---
apiVersion: example.com/v1
kind: Widget
metadata: { name: gadget }
`;

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  scope: Cluster
  names: { kind: Widget, plural: widgets }
  versions: [{ name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]
`;

/** What a graph says about its resources, for comparing a reused graph with a fresh one. */
function facts(graph: ReturnType<typeof buildGraph>['graph']) {
  return graph.resources.map((resource) => ({
    ref: resource.displayName,
    pods: graph.podTemplateOf(resource)?.labels,
    references: graph.referencesFrom(resource).map((reference) => [reference.to, reference.resolved?.displayName]),
  }));
}

describe('GraphReuse (resources kept between graphs for unchanged documents)', () => {
  it('keeps the resources of documents it has seen and makes new ones for new documents', () => {
    const reuse = new GraphReuse();
    const app = parseFile('app.yaml', APP);
    const first = buildGraph(app.documents, { reuse }).graph;
    const settings = parseFile('settings.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings, namespace: shop }\n');
    const second = buildGraph([...app.documents, ...settings.documents], { reuse }).graph;
    expect(second.resources.slice(0, 2)).toEqual(first.resources);
    expect(second.resources[0]).toBe(first.resources[0]);
    // The reference to the ConfigMap is linked anew: it resolves in the second graph only.
    expect(facts(second)).toEqual(facts(buildGraph([...parseFile('app.yaml', APP).documents, ...parseFile('settings.yaml', settings.text).documents]).graph));
    expect(new Set(second.resources.map((resource) => resource.id)).size).toBe(3);
  });

  it('makes a resource again when a CRD elsewhere changes whether its kind is namespaced', () => {
    const reuse = new GraphReuse();
    const app = parseFile('app.yaml', APP);
    const widget = (graph: ReturnType<typeof buildGraph>['graph']) => graph.resources.find((resource) => resource.kind === 'Widget');
    const before = buildGraph(app.documents, { reuse }).graph;
    expect(widget(before)?.namespace).toBe('default');
    const withCrd = buildGraph([...app.documents, ...parseFile('crd.yaml', CRD).documents], { reuse }).graph;
    expect(widget(withCrd)?.namespace).toBeUndefined();
    expect(withCrd.resources[0]).toBe(before.resources[0]);
    const without = buildGraph(app.documents, { reuse }).graph;
    expect(widget(without)?.namespace).toBe('default');
  });
});
