import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { DATAPLANE_MODE, INJECT, INJECTION, REVISION } from '../../src/k8s/mesh.js';

export default defineRule({
  id: 'istio-injection-label-conflict',
  category: 'istio',
  severity: 'warning',
  description: 'A Namespace or pod template carries Istio injection labels that contradict each other.',
  target: ['Namespace', ...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    legacyWins: (namespace: string, revision: string) =>
      `Namespace ${namespace} has both ${INJECTION}=enabled and ${REVISION}=${revision}: the ${INJECTION} label wins, so pods get the default revision's sidecar, not revision ${revision}'s.`,
    neitherInjects: (namespace: string, value: string, revision: string) =>
      `Namespace ${namespace} has ${INJECTION}=${value} and ${REVISION}=${revision}: the revision is honoured only without ${INJECTION}, and "${value}" is not "enabled", so no sidecar is injected at all.`,
    ambientNamespace: (namespace: string) =>
      `Namespace ${namespace} has ${DATAPLANE_MODE}=ambient and ${INJECTION}=enabled: its pods get sidecars, and ambient mode leaves pods with sidecars alone, so the namespace is not in ambient mode at all.`,
    ambientPod: (workload: string) =>
      `The pod template of ${workload} asks for ambient mode (${DATAPLANE_MODE}=ambient) and for a sidecar (${INJECT}=true): the sidecar wins and ambient mode ignores these pods.`,
  },
  docs: {
    diagnosis:
      'A Namespace carries `istio-injection` together with `istio.io/rev` (`istioctl analyze` reports IST0123), or `istio-injection: enabled` together with `istio.io/dataplane-mode: ambient`; or a pod template carries both `istio.io/dataplane-mode: ambient` and `sidecar.istio.io/inject: "true"`. `kubectl get pods -o jsonpath="{..metadata.annotations.sidecar\\.istio\\.io/status}"` shows which revision injected a pod, if any.',
    fix:
      'Keep one injection mechanism per namespace: for revision-based installs and canary upgrades remove `istio-injection` and keep `istio.io/rev`; for ambient mode remove `istio-injection` (and the pod-level `sidecar.istio.io/inject: "true"`). Restart the workloads afterwards: labels are read when pods are created.',
    why:
      "Istio's injection webhooks select namespaces by label: the default revision's by `istio-injection=enabled`, each revision's by `istio.io/rev=<rev>` only where `istio-injection` is absent. With both labels the legacy one silently wins, so a canary upgrade never moves the namespace's pods; with another value of `istio-injection` no webhook matches. Ambient mode skips pods that have a sidecar, so sidecar injection in an ambient namespace takes it out of ambient mode without saying so.",
    world:
      '`istio-injection: disabled` together with `istio.io/rev` is not reported: the namespace stays out of the mesh, as the first label says. Whether `istio.io/rev` on an ambient namespace conflicts depends on the Istio version (newer versions use it to pick the waypoint revision), so it is not reported.',
  },
  check(resource, { graph, settings, report, messages }) {
    // The user said the cluster runs no Istio: its labels are inert, not misplaced.
    if (settings.istio.enabled === false) return;
    if (resource.is('Namespace')) {
      const injection = resource.labels[INJECTION];
      const revision = resource.labels[REVISION];
      if (injection === undefined) return;
      const at = ['metadata', 'labels', INJECTION];
      if (revision !== undefined && injection !== 'disabled') {
        const message = injection === 'enabled' ? messages.legacyWins(resource.name, revision) : messages.neitherInjects(resource.name, injection, revision);
        report(message, { at, related: [{ path: ['metadata', 'labels', REVISION], message: `${REVISION}=${revision} is ignored while ${INJECTION} is set` }] });
      }
      if (injection === 'enabled' && resource.labels[DATAPLANE_MODE] === 'ambient') {
        report(messages.ambientNamespace(resource.name), { at, related: [{ path: ['metadata', 'labels', DATAPLANE_MODE], message: 'ambient mode is asked for here' }] });
      }
      return;
    }
    const pod = graph.podTemplateOf(resource);
    if (!pod || pod.labels[DATAPLANE_MODE] !== 'ambient' || pod.labels[INJECT] !== 'true') return;
    report(messages.ambientPod(`${resource.kind} ${resource.name}`), {
      at: [...pod.path, 'metadata', 'labels', INJECT],
      related: [{ path: [...pod.path, 'metadata', 'labels', DATAPLANE_MODE], message: 'ambient mode is asked for here' }],
    });
  },
});
