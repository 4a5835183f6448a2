import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import type { PodTemplate } from '../../src/graph/pod-template.js';
import { DATAPLANE_MODE, INJECT, INJECTION, NEVER_INJECTED, REVISION, usesIstio } from '../../src/k8s/mesh.js';
import { anyDeclarationJoinsMesh, meshIntent } from '../../src/k8s/mesh-intent.js';

const LISTED = 3;

/** A pod template that decides its own mesh membership, or that Istio never injects. */
function decidesForItself(pod: PodTemplate): boolean {
  if (pod.spec.hostNetwork === true) return true;
  if (pod.labels[INJECT] !== undefined || pod.annotations[INJECT] !== undefined || pod.labels[REVISION] !== undefined) return true;
  return (pod.spec.containers ?? []).some((container) => container.name === 'istio-proxy');
}

/** kubebuilder's scaffold declares Namespace `system` for kustomize to rename; it is never deployed as such. */
function isScaffoldPlaceholder(namespace: { name: string; labels: Readonly<Record<string, string>> }): boolean {
  return namespace.name === 'system' && namespace.labels['control-plane'] === 'controller-manager';
}

function nameWorkloads(pods: readonly PodTemplate[]): string {
  // The same workload may be defined twice (two overlays, two copies of a file): name it once.
  const names = [...new Set(pods.map((pod) => `${pod.owner.kind} ${pod.owner.name}`))];
  return names.length <= LISTED ? names.join(', ') : `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;
}

export default defineRule({
  id: 'istio-namespace-not-injected',
  category: 'istio',
  severity: 'warning',
  description: 'In a repository that uses Istio, a Namespace with workloads has no sidecar injection label.',
  target: ['Namespace'],
  reads: [...POD_TEMPLATE_OWNER_KINDS],
  messages: {
    notInjected: (namespace: string, workloads: string, intent: string) =>
      `Namespace ${namespace} hosts ${workloads} but has neither ${INJECTION} nor ${REVISION}, while ${intent}: its pods get no Istio sidecar and stay outside the mesh (no mTLS, routing or telemetry).`,
    unknownValue: (namespace: string, value: string) =>
      `Namespace ${namespace} has ${INJECTION}=${value}: only "enabled" turns injection on, so its pods get no Istio sidecar.`,
  },
  docs: {
    diagnosis:
      'The repository uses Istio (it holds Istio resources, istiod or the Istio namespace, or `istio.enabled: true` is set), and a Namespace that hosts workloads carries neither `istio-injection` nor `istio.io/rev` (nor `istio.io/dataplane-mode: ambient`), or carries `istio-injection` with a value other than `enabled` or `disabled`. `kubectl get pods -n <namespace>` shows 1/1 containers ready where 2/2 are expected; `istioctl analyze` reports IST0102.',
    fix:
      'Label the Namespace `istio-injection: enabled` (default revision) or `istio.io/rev: <revision>` (revision-based installs), then restart its workloads: the sidecar is injected only when a pod is created. To keep a namespace out of the mesh on purpose, say so with `istio-injection: disabled`.',
    why:
      "Istio's injection webhook selects namespaces by these labels; without them pods start without the Envoy sidecar. Meshed clients then talk to them in plain text (STRICT mTLS rejects it with \"connection reset\"), and routing, retries and telemetry do not apply. The label is read when pods are created, so a namespace created without it keeps uninjected pods until they are restarted.",
    world:
      'System namespaces (kube-system, kube-public, kube-node-lease, local-path-storage) and the Istio namespace are skipped, as are namespaces whose every workload decides for itself (a `sidecar.istio.io/inject` or `istio.io/rev` pod label, an `istio-proxy` container from `istioctl kube-inject`, or the host network). Only Namespaces declared in the input are judged: the labels of others are unknown. "Uses Istio" alone is not enough (one Istio sample in a repository of many says it), so the rule also needs a sign that this namespace is meant for the mesh: `istio.enabled: true`, Istio configuration (a VirtualService, PeerAuthentication, …) in the namespace, or another Namespace of the input labelled for the mesh. A namespace declared twice (a kustomize base and an overlay) counts as labelled when any declaration is; kubebuilder\'s placeholder Namespace `system` (labelled `control-plane: controller-manager`, renamed by kustomize) is skipped.',
  },
  check(namespace, { graph, settings, report, messages }) {
    if (NEVER_INJECTED.has(namespace.name) || namespace.name === settings.istio.namespace || isScaffoldPlaceholder(namespace)) return;
    if (!usesIstio(graph, settings)) return;
    const injection = namespace.labels[INJECTION];
    if (injection !== undefined) {
      if (injection !== 'enabled' && injection !== 'disabled') {
        const related = graph.pods(namespace.name).slice(0, LISTED).map((pod) => ({ resource: pod.owner, path: [...pod.path, 'metadata'], message: `pods of ${pod.owner.kind} ${pod.owner.name} start without a sidecar` }));
        report(messages.unknownValue(namespace.name, injection), { at: ['metadata', 'labels', INJECTION], related });
      }
      return;
    }
    if (namespace.labels[REVISION] !== undefined || namespace.labels[DATAPLANE_MODE] === 'ambient') return;
    if (anyDeclarationJoinsMesh(graph, namespace.name)) return;
    const pods = graph.pods(namespace.name).filter((pod) => !decidesForItself(pod));
    if (pods.length === 0) return;
    const intent = meshIntent(graph, settings, namespace.name);
    if (intent === undefined) return;
    report(messages.notInjected(namespace.name, nameWorkloads(pods), intent), {
      at: namespace.body.metadata?.labels ? ['metadata', 'labels'] : ['metadata', 'name'],
      related: pods.slice(0, LISTED).map((pod) => ({ resource: pod.owner, path: [...pod.path, 'metadata'], message: `pods of ${pod.owner.kind} ${pod.owner.name} start without a sidecar` })),
    });
  },
});
