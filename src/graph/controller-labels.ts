import type { Labels } from './selector.js';
import type { PodTemplate } from './pod-template.js';
import { withFields } from './with-fields.js';

/**
 * Labels that controllers put on the pods they create, beyond the template's own: selectors may use
 * them (a Service per StatefulSet pod by `statefulset.kubernetes.io/pod-name`, a headless Service for a
 * Job by `job-name`), so pod matching must know them.
 */
export const STATEFULSET_POD_NAME = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX = 'apps.kubernetes.io/pod-index';
const JOB_NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'];

export function isControllerLabel(key: string): boolean {
  return key === STATEFULSET_POD_NAME || key === POD_INDEX || JOB_NAME_LABELS.includes(key);
}

function replicasOf(pod: PodTemplate): number | undefined {
  const replicas = (pod.owner.body as { spec?: { replicas?: unknown } }).spec?.replicas;
  return typeof replicas === 'number' ? replicas : undefined;
}

/**
 * The pod's labels plus the controller labels that could satisfy `wanted` (the selector's own
 * key=value pairs): the StatefulSet ordinal must exist, the Job name must be the Job's.
 */
export function labelsForSelector(pod: PodTemplate, wanted: Readonly<Record<string, string>>): Labels {
  let extra: Record<string, string> | undefined;
  const add = (key: string, value: string) => {
    extra ??= withFields(pod.labels, {});
    extra[key] = value;
  };
  if (pod.owner.kind === 'StatefulSet') {
    const replicas = replicasOf(pod);
    const podName = wanted[STATEFULSET_POD_NAME];
    const prefix = `${pod.owner.name}-`;
    if (podName?.startsWith(prefix)) {
      const ordinal = podName.slice(prefix.length);
      if (/^\d+$/.test(ordinal) && (replicas === undefined || Number(ordinal) < replicas)) add(STATEFULSET_POD_NAME, podName);
    }
    const index = wanted[POD_INDEX];
    if (index !== undefined && /^\d+$/.test(index) && (replicas === undefined || Number(index) < replicas)) add(POD_INDEX, index);
  }
  if (pod.owner.kind === 'Job') for (const key of JOB_NAME_LABELS) if (wanted[key] === pod.owner.name) add(key, pod.owner.name);
  return extra ?? pod.labels;
}
