import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { apiStatus } from '../../src/schema/api-versions.js';
import { SchemaCatalog } from '../../src/schema/catalog.js';
import { widgetCrd } from '../support/widget-crd.js';

function catalog(target: string, yaml = ''): SchemaCatalog {
  const { graph } = buildGraph(parseFile('input.yaml', yaml).documents);
  return new SchemaCatalog(target, graph.ofKind('CustomResourceDefinition'), []);
}

const CRD = widgetCrd(`    - {name: v2, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}
    - {name: v1beta1, served: true, storage: false, deprecated: true, schema: {openAPIV3Schema: {type: object}}}
    - {name: v1alpha1, served: false, storage: false, schema: {openAPIV3Schema: {type: object}}}
`);

describe('apiStatus', () => {
  it('reads removals off the per-version indexes, with the version that removed them and the replacement', () => {
    expect(apiStatus(catalog('1.35'), 'policy/v1beta1', 'PodDisruptionBudget')).toEqual({ status: 'removed', removedIn: '1.25', replacement: { apiVersion: 'policy/v1' } });
    expect(apiStatus(catalog('1.35'), 'autoscaling/v2beta2', 'HorizontalPodAutoscaler')).toEqual({ status: 'removed', removedIn: '1.26', replacement: { apiVersion: 'autoscaling/v2' } });
    expect(apiStatus(catalog('1.24'), 'policy/v1beta1', 'PodDisruptionBudget')).toEqual({ status: 'served', deprecated: { replacement: 'policy/v1', removedIn: '1.25' } });
  });

  it('knows removals older than the schemas, and that an older cluster still serves them', () => {
    expect(apiStatus(catalog('1.35'), 'extensions/v1beta1', 'Ingress')).toEqual({ status: 'removed', removedIn: '1.22', replacement: { apiVersion: 'networking.k8s.io/v1' } });
    expect(apiStatus(catalog('1.21'), 'extensions/v1beta1', 'Ingress')).toEqual({ status: 'served' });
    expect(apiStatus(catalog('1.35'), 'policy/v1beta1', 'PodSecurityPolicy')).toMatchObject({ status: 'removed', removedIn: '1.25', replacement: { note: expect.stringContaining('Pod Security Admission') } });
  });

  it('says when an API is not served yet, or never served a kind', () => {
    expect(apiStatus(catalog('1.30'), 'networking.k8s.io/v1', 'ServiceCIDR')).toEqual({ status: 'not-yet', since: '1.33' });
    expect(apiStatus(catalog('1.35'), 'policy/v1', 'PodSecurityPolicy')).toEqual({ status: 'never', servedNow: [], servedBefore: ['extensions/v1beta1', 'policy/v1beta1'] });
  });

  it('treats stable versions as current even when a newer stable one exists', () => {
    expect(apiStatus(catalog('1.35'), 'autoscaling/v1', 'HorizontalPodAutoscaler')).toEqual({ status: 'served' });
    expect(apiStatus(catalog('1.35'), 'apps/v1', 'Deployment')).toEqual({ status: 'served' });
  });

  it('follows CRDs in the input, then the bundled ones', () => {
    const withCrd = catalog('1.35', CRD);
    expect(apiStatus(withCrd, 'example.com/v2', 'Widget')).toEqual({ status: 'served' });
    expect(apiStatus(withCrd, 'example.com/v1beta1', 'Widget')).toMatchObject({ status: 'served', deprecated: { byCrd: true, replacement: 'example.com/v2' } });
    expect(apiStatus(withCrd, 'example.com/v1alpha1', 'Widget')).toMatchObject({ status: 'not-served-by-crd', served: ['v2', 'v1beta1'] });
    expect(apiStatus(catalog('1.35'), 'networking.istio.io/v1alpha3', 'VirtualService')).toMatchObject({ status: 'served', deprecated: { replacement: 'networking.istio.io/v1' } });
    expect(apiStatus(catalog('1.35'), 'gateway.networking.k8s.io/v1alpha2', 'TCPRoute')).toMatchObject({ status: 'not-served-by-crd', served: ['v1'] });
  });

  it('leaves kinds nobody describes to unknown-kind, object internals included', () => {
    expect(apiStatus(catalog('1.35'), 'example.com/v1', 'Widget')).toEqual({ status: 'unknown' });
    for (const kind of ['constructor', '__proto__', 'toString']) {
      expect(apiStatus(catalog('1.35'), 'v1', kind)).toEqual({ status: 'unknown' });
      expect(catalog('1.35').schemaFor('extensions/v1beta1', kind)).toBeUndefined();
    }
    expect(apiStatus(catalog('1.35'), 'apps/v1', 'Deploymnet')).toEqual({ status: 'unknown' });
  });
});

describe('SchemaCatalog', () => {
  it('checks a target outside the shipped versions against the nearest one', () => {
    expect(catalog('1.22').version).toBe('1.23');
    expect(catalog('1.40').version).toBe('1.35');
    expect(catalog('v1.30.4').version).toBe('1.30');
  });

  it('prefers --schema-dir files, then input CRDs, then built-in kinds, then bundled CRDs', () => {
    const { graph } = buildGraph(parseFile('input.yaml', CRD).documents);
    const extra = [{ file: 'dir/widget-example-v2.json', name: 'widget-example-v2', schema: { type: 'object' } }];
    const withAll = new SchemaCatalog('1.35', graph.ofKind('CustomResourceDefinition'), extra);
    expect(withAll.schemaFor('example.com/v2', 'Widget')?.origin).toEqual({ type: 'schema-dir', file: 'dir/widget-example-v2.json' });
    expect(withAll.schemaFor('example.com/v1beta1', 'Widget')?.origin.type).toBe('input-crd');
    expect(withAll.schemaFor('apps/v1', 'Deployment')?.origin).toEqual({ type: 'kubernetes', version: '1.35' });
    expect(withAll.schemaFor('networking.istio.io/v1', 'Gateway')?.origin).toEqual({ type: 'bundled-crd', bundle: 'istio' });
    expect(withAll.schemaFor('example.com/v1alpha1', 'Widget')).toBeUndefined();
  });
});
