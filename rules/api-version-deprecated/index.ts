import { defineRule } from '../../src/engine/rule.js';
import { apiStatus } from '../../src/schema/api-versions.js';
import { catalogFor } from '../../src/schema/catalog.js';

export default defineRule({
  id: 'api-version-deprecated',
  category: 'schema',
  severity: 'warning',
  description: 'A resource should not use a pre-release (alpha or beta) apiVersion when a stable one serves the same kind, nor a version its CRD deprecates.',
  target: ['*'],
  reads: ['CustomResourceDefinition'],
  messages: {
    stableExists: (apiVersion: string, kind: string, target: string, replacement: string, removedIn: string | undefined) =>
      `${apiVersion} ${kind} has a stable successor in Kubernetes ${target}: use ${replacement}${removedIn ? ` (${apiVersion} is removed in ${removedIn})` : ''}.`,
    stableInCrd: (apiVersion: string, kind: string, source: string, replacement: string) =>
      `${apiVersion} ${kind} is a pre-release version; ${source} also serve${source.startsWith('the bundled') ? '' : 's'} the stable ${replacement}: use it.`,
    deprecatedByCrd: (apiVersion: string, kind: string, source: string, replacement: string | undefined) =>
      `${apiVersion} ${kind} is deprecated by ${source}${replacement ? `; use ${replacement}` : ''}.`,
  },
  docs: {
    diagnosis: 'The resource uses an alpha or beta apiVersion although the target Kubernetes version (or the CRD of a custom resource) serves the same kind under a stable version, or the CRD marks the version `deprecated: true`. `kubectl apply` prints a deprecation warning for such objects.',
    fix: 'Move the manifest to the stable apiVersion the message names and check the fields that changed between the versions (the Kubernetes deprecation guide lists them per API). For custom resources, the CRD\'s stable version usually has the same schema (Istio `networking.istio.io/v1alpha3` and `v1`, for example).',
    why: 'Pre-release versions are removed a few releases after the stable version appears; Kubernetes removed `policy/v1beta1`, `batch/v1beta1` and `autoscaling/v2beta2` that way. A manifest still on the old version keeps applying until the upgrade that removes it, then breaks the pipeline at the worst moment. Moving while both versions are served is a no-op for the cluster, since the API server stores and converts between them.',
  },
  check(resource, { graph, settings, report, messages }) {
    const catalog = catalogFor(graph, settings);
    const status = apiStatus(catalog, resource.apiVersion, resource.kind);
    if (status.status !== 'served' || status.deprecated === undefined) return;
    const { replacement, removedIn, byCrd, source } = status.deprecated;
    const at = ['apiVersion'];
    if (byCrd === true && source !== undefined) report(messages.deprecatedByCrd(resource.apiVersion, resource.kind, source, replacement), { at });
    else if (replacement !== undefined && source !== undefined) report(messages.stableInCrd(resource.apiVersion, resource.kind, source, replacement), { at });
    else if (replacement !== undefined) report(messages.stableExists(resource.apiVersion, resource.kind, catalog.target, replacement, removedIn), { at });
  },
});
