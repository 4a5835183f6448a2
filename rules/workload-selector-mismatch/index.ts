import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatSelector, isEmptySelector, matchesSelector, selectorFromMap } from '../../src/graph/selector.js';

export default defineRule({
  id: 'workload-selector-mismatch',
  category: 'workloads',
  severity: 'error',
  description: "A workload's spec.selector does not match the labels of its own pod template.",
  target: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job'],
  messages: {
    mismatch: (kind: string, name: string, selector: string, labels: string) =>
      `${kind} ${name} selects ${selector}, but its own pod template has labels ${labels}; the API server rejects it ("selector does not match template labels").`,
    empty: (kind: string, name: string) =>
      `${kind} ${name} has an empty selector, which selects every pod in the namespace; the API server rejects it for apps/v1 workloads.`,
  },
  docs: {
    diagnosis: "`spec.selector` asks for labels that `spec.template.metadata.labels` does not carry (or is empty). `kubectl apply` fails with `selector does not match template labels` or `empty selector is invalid`.",
    fix: 'Make `spec.selector.matchLabels` a subset of the pod template labels. The selector of an apps/v1 workload is immutable, so change the template labels if the workload already exists.',
    why: 'A controller owns the pods its selector matches. If its own template does not match, the API server refuses the object; with an empty selector the workload would adopt and fight over every pod in the namespace.',
  },
  check(workload, { graph, report, messages }) {
    const template = graph.podTemplateOf(workload);
    const raw = (workload.body.spec as { selector?: unknown } | undefined)?.selector;
    if (!template || raw === undefined || raw === null || typeof raw !== 'object') return;
    if (workload.kind === 'Job' && (workload.body.spec as { manualSelector?: boolean } | undefined)?.manualSelector !== true) return;
    const selector: LabelSelector = workload.kind === 'ReplicationController' ? selectorFromMap(raw as Record<string, string>) : (raw as LabelSelector);
    if (isEmptySelector(selector)) {
      if (workload.group === 'apps') report(messages.empty(workload.kind, workload.name), { at: ['spec', 'selector'] });
      return;
    }
    if (matchesSelector(template.labels, selector)) return;
    report(messages.mismatch(workload.kind, workload.name, formatSelector(selector), formatSelector(selectorFromMap(template.labels))), {
      at: ['spec', 'selector'],
      related: [{ path: [...template.path, 'metadata', 'labels'], message: 'the pod template labels' }],
    });
  },
});
