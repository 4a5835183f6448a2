import type { Resource } from './resource.js';

/** Built-in API groups: their pod-creating kinds are all modelled as pod-template owners. */
function isBuiltinGroup(group: string): boolean {
  return group === '' || group === 'apps' || group === 'batch' || group === 'policy' || group === 'autoscaling' || group === 'extensions' || group.endsWith('.k8s.io');
}

/** Groups of custom resources that configure things but never make pods (mesh and routing config). */
const POD_FREE_GROUPS = new Set([
  'networking.istio.io', 'security.istio.io', 'telemetry.istio.io', 'extensions.istio.io', 'config.istio.io',
  'cert-manager.io', 'acme.cert-manager.io', 'external-secrets.io', 'bitnami.com', 'cloud.google.com', 'networking.gke.io',
]);

/** monitoring.coreos.com kinds that only configure scraping; Prometheus, Alertmanager and ThanosRuler run pods. */
const POD_FREE_KINDS = new Set(['ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'Probe', 'ScrapeConfig', 'AlertmanagerConfig', 'PodMonitoring', 'ClusterPodMonitoring']);

/**
 * Whether an operator may create pods for this resource. Unknown custom resources count, because
 * a Service selecting an operator's pods must not be reported as selecting nothing.
 */
export function mayCreatePods(resource: Resource): boolean {
  if (isBuiltinGroup(resource.group) || POD_FREE_GROUPS.has(resource.group) || POD_FREE_KINDS.has(resource.kind)) return false;
  return true;
}
