import { defineRule } from '../../src/engine/rule.js';
import { POD_TEMPLATE_OWNER_KINDS } from '../../src/graph/kinds.js';
import { INJECT, INJECTION, namespaceMesh } from '../../src/k8s/mesh.js';

export default defineRule({
  id: 'istio-injection-label-misplaced',
  category: 'istio',
  severity: 'warning',
  description: 'An Istio injection label or annotation sits where the injector never reads it.',
  target: ['Namespace', ...POD_TEMPLATE_OWNER_KINDS],
  reads: ['Namespace'],
  messages: {
    namespaceLabelOnPods: (workload: string, namespace: string) =>
      `${INJECTION} is read only on Namespaces; on the pods of ${workload} it does nothing. Label Namespace ${namespace} ${INJECTION}: enabled, or give the pod template the label ${INJECT}: "true".`,
    podLabelOnNamespace: (namespace: string, form: string) =>
      `${INJECT} is read only on pods; as a ${form} of Namespace ${namespace} it does nothing. Use the label ${INJECTION}: enabled (or istio.io/rev) on the Namespace.`,
    podLabelOnWorkload: (workload: string, form: string) =>
      `${INJECT} is read only on pods; as a ${form} of ${workload}'s own metadata it does nothing. Move it to the label spec.template.metadata.labels.`,
    annotationCannotOptIn: (workload: string, namespace: string) =>
      `The pods of ${workload} opt in with the deprecated ${INJECT} annotation, but Namespace ${namespace} does not inject and the injection webhook matches pods by label only: they get no sidecar. Make it a pod template label.`,
  },
  docs: {
    diagnosis:
      '`istio-injection` on a workload or its pod template; `sidecar.istio.io/inject` on a Namespace, or on a Deployment\'s (StatefulSet\'s, …) own metadata instead of its pod template; or the annotation `sidecar.istio.io/inject: "true"` used to opt pods in, in a namespace that does not inject, where only the label works. `istioctl analyze` reports some of these as IST0107 and IST0135. The pods start with one container where two are expected.',
    fix:
      'Put each label where Istio reads it: `istio-injection: enabled` (or `istio.io/rev: <revision>`) on the Namespace; `sidecar.istio.io/inject: "true"` or `"false"` as a label of the pod template (`spec.template.metadata.labels`). Restart the workloads afterwards.',
    why:
      'Injection is decided by a mutating webhook when a pod is created. Its namespace selector reads Namespace labels (`istio-injection`, `istio.io/rev`); its object selector reads pod labels (`sidecar.istio.io/inject`, `istio.io/rev`). Labels elsewhere are never seen: a workload\'s own metadata is not copied to its pods, and pod labels on a Namespace select nothing. Since the webhook matches labels, the annotation form can still opt pods out (the injector reads it) but cannot opt them in where the namespace does not inject.',
    world:
      'The annotation is reported only when the input declares the pods\' Namespace without injection labels; when the namespace is not in the input its labels are unknown. `istio-injection: disabled` namespaces are not reported for the annotation: no pod label opts in there either.',
  },
  check(resource, { graph, settings, report, messages }) {
    // The user said the cluster runs no Istio: its labels are inert, not misplaced.
    if (settings.istio.enabled === false) return;
    if (resource.is('Namespace')) {
      for (const form of ['labels', 'annotations'] as const) {
        if ((form === 'labels' ? resource.labels : resource.annotations)[INJECT] === undefined) continue;
        const pod = graph.pods(resource.name)[0];
        const related = pod ? [{ resource: pod.owner, path: [...pod.path, 'metadata'], message: `pod templates, such as ${pod.owner.kind} ${pod.owner.name}'s, are where ${INJECT} is read` }] : [];
        report(messages.podLabelOnNamespace(resource.name, form === 'labels' ? 'label' : 'annotation'), { at: { path: ['metadata', form, INJECT], key: true }, related });
      }
      return;
    }
    const pod = graph.podTemplateOf(resource);
    if (!pod) return;
    const workload = `${resource.kind} ${resource.name}`;
    const isPod = resource.kind === 'Pod';
    const declared = graph.find('Namespace', undefined, pod.namespace);
    const toNamespace = declared ? [{ resource: declared, path: ['metadata', 'name'], message: `Namespace ${declared.name}, where ${INJECTION} is read` }] : [];
    if (pod.labels[INJECTION] !== undefined) {
      report(messages.namespaceLabelOnPods(workload, pod.namespace), { at: { path: [...pod.path, 'metadata', 'labels', INJECTION], key: true }, related: toNamespace });
    }
    if (!isPod && resource.labels[INJECTION] !== undefined) {
      report(messages.namespaceLabelOnPods(workload, pod.namespace), { at: { path: ['metadata', 'labels', INJECTION], key: true }, related: toNamespace });
    }
    if (!isPod && pod.labels[INJECT] === undefined && pod.annotations[INJECT] === undefined) {
      for (const form of ['labels', 'annotations'] as const) {
        if ((form === 'labels' ? resource.labels : resource.annotations)[INJECT] === undefined) continue;
        report(messages.podLabelOnWorkload(workload, form === 'labels' ? 'label' : 'annotation'), {
          at: { path: ['metadata', form, INJECT], key: true },
          related: [{ path: [...pod.path, 'metadata'], message: `the pod template, where ${INJECT} is read` }],
        });
      }
    }
    if (pod.annotations[INJECT] === 'true' && pod.labels[INJECT] === undefined) {
      const namespace = declared;
      // Where the namespace does not say, or says `disabled`, the label would not help either.
      if (!namespace || namespace.labels[INJECTION] !== undefined || namespaceMesh(graph, settings, pod.namespace).verdict !== 'no') return;
      report(messages.annotationCannotOptIn(workload, pod.namespace), {
        at: { path: [...pod.path, 'metadata', 'annotations', INJECT], key: true },
        related: [{ resource: namespace, path: ['metadata', 'name'], message: `Namespace ${namespace.name} has no injection label` }],
      });
    }
  },
});
