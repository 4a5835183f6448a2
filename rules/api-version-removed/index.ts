import { defineRule } from '../../src/engine/rule.js';
import { apiStatus, type Replacement } from '../../src/schema/api-versions.js';
import { catalogFor } from '../../src/schema/catalog.js';

function instead(replacement: Replacement): string {
  if ('apiVersion' in replacement) return `; use ${replacement.apiVersion}`;
  if ('note' in replacement) return `; ${replacement.note}`;
  return '';
}

export default defineRule({
  id: 'api-version-removed',
  category: 'schema',
  severity: 'error',
  description: 'The apiVersion of a resource must be served by the target Kubernetes version (or by the CRD that defines it).',
  target: ['*'],
  reads: ['CustomResourceDefinition'],
  messages: {
    removed: (apiVersion: string, kind: string, target: string, removedIn: string, replacement: Replacement) =>
      `${apiVersion} ${kind} is not served by Kubernetes ${target}: it was removed in ${removedIn}${instead(replacement)}.`,
    notYetServed: (apiVersion: string, kind: string, target: string, since: string) =>
      `${apiVersion} ${kind} is not served by Kubernetes ${target} yet: it is first served in ${since}.`,
    neverServed: (apiVersion: string, kind: string, target: string, servedNow: readonly string[], servedBefore: readonly string[]) =>
      servedNow.length > 0
        ? `${apiVersion} never served ${kind}; Kubernetes ${target} serves it as ${servedNow.join(', ')}.`
        : `${apiVersion} never served ${kind}, and Kubernetes ${target} does not serve it at all (it was served as ${servedBefore.join(', ')}).`,
    notServedByCrd: (apiVersion: string, kind: string, source: string, served: readonly string[]) =>
      `${apiVersion} ${kind} is not served by ${source} (${served.length === 0 ? 'no version is served' : `served: ${served.join(', ')}`}).`,
  },
  docs: {
    diagnosis: 'The apiVersion/kind pair is not one the target cluster serves: Kubernetes removed it (`policy/v1beta1` PodDisruptionBudget in 1.25, `extensions/v1beta1` Ingress in 1.22), added it after the target version, never served the kind under that apiVersion, or the CustomResourceDefinition marks that version `served: false`. `kubectl api-resources` and `kubectl explain <kind> --api-version=<apiVersion>` on the cluster show what it serves.',
    fix: 'Change `apiVersion` to the replacement the message names and adjust the fields that changed with it (for example `policy/v1` PodDisruptionBudget, `networking.k8s.io/v1` Ingress with `pathType` and `service.name`), or set `kubernetesVersion` (`--kubernetes-version`) to the version you really target. `kubectl convert` rewrites many manifests mechanically.',
    why: 'The API server answers a request for an unserved apiVersion with "no matches for kind … in version …", so the whole apply fails. Removed APIs are the most common reason a cluster upgrade breaks deployment pipelines: manifests that applied yesterday fail after the control plane is upgraded, while the running objects keep working and hide the problem until the next change.',
  },
  check(resource, { graph, settings, report, messages }) {
    const catalog = catalogFor(graph, settings);
    const status = apiStatus(catalog, resource.apiVersion, resource.kind);
    const at = ['apiVersion'];
    const target = catalog.target;
    switch (status.status) {
      case 'removed':
        report(messages.removed(resource.apiVersion, resource.kind, target, status.removedIn, status.replacement), { at });
        break;
      case 'not-yet':
        report(messages.notYetServed(resource.apiVersion, resource.kind, target, status.since), { at });
        break;
      case 'never':
        report(messages.neverServed(resource.apiVersion, resource.kind, target, status.servedNow, status.servedBefore), { at });
        break;
      case 'not-served-by-crd':
        report(messages.notServedByCrd(resource.apiVersion, resource.kind, status.source, status.served), { at });
        break;
      default:
        break;
    }
  },
});
