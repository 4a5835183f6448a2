import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import type { PodTemplate } from './pod-template.js';
import { normalSelector } from './selector.js';

export interface ClosestPod {
  pod: PodTemplate;
  /** `app=checkout`, or `app=checkout (it has app=chekout)`: what the pod lacks, for messages. */
  missing: string;
}

/** How close pod labels come to a selector's `matchLabels`: an equal label counts 2, the same key with another value 1. */
function closeness(wanted: Readonly<Record<string, string>>, pod: PodTemplate): number {
  let score = 0;
  for (const [key, value] of Object.entries(wanted)) {
    if (pod.labels[key] === value) score += 2;
    else if (pod.labels[key] !== undefined) score += 1;
  }
  return score;
}

/**
 * The pod template whose labels come closest to a selector that matches none of them, to suggest
 * the likely typo; undefined when no pod shares a label key with it.
 */
export function closestPod(pods: readonly PodTemplate[], selector: LabelSelector): ClosestPod | undefined {
  const wanted: Record<string, string> = {};
  for (const [key, value] of Object.entries(normalSelector(selector).matchLabels ?? {})) wanted[key] = String(value);
  let closest: PodTemplate | undefined;
  let best = 0;
  for (const pod of pods) {
    const score = closeness(wanted, pod);
    if (score > best) {
      best = score;
      closest = pod;
    }
  }
  if (!closest) return undefined;
  const pod = closest;
  const missing = Object.entries(wanted)
    .filter(([key, value]) => pod.labels[key] !== value)
    .map(([key, value]) => (pod.labels[key] === undefined ? `${key}=${value}` : `${key}=${value} (it has ${key}=${pod.labels[key]})`))
    .join(', ');
  return { pod, missing };
}
