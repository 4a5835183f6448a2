import type { RelatedInput } from '../engine/rule.js';
import { describeSubject, type PolicyResource, type Subject } from './network-policy.js';

const LISTED = 3;

/** `the pods of Deployment web, the pods of StatefulSet db and 2 more`: the pods a finding is about, named briefly. */
export function nameSubjects(subjects: readonly Subject[], policy: PolicyResource): string {
  const names = [...new Set(subjects.map((subject) => describeSubject(subject, policy)))];
  if (names.length <= LISTED) return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;
}

/** Related ranges to the pod templates a finding is about, and to the other policies that share the blame. */
export function subjectRelated(subjects: readonly Subject[], policy: PolicyResource, others: readonly PolicyResource[], role: string): RelatedInput[] {
  const related: RelatedInput[] = [];
  const seen = new Set<unknown>();
  for (const subject of subjects) {
    const pod = subject.pod;
    if (!pod || seen.has(pod.owner) || seen.size >= LISTED) continue;
    seen.add(pod.owner);
    related.push({ resource: pod.owner, path: [...pod.path, 'metadata', 'labels'], message: `pods of ${pod.owner.kind} ${pod.owner.name}, selected by NetworkPolicy ${policy.name}` });
  }
  for (const other of others) {
    if (other === policy) continue;
    related.push({ resource: other, path: ['spec', 'podSelector'], message: `NetworkPolicy ${other.name} also ${role}` });
  }
  return related;
}
