import { defineRule } from '../../src/engine/rule.js';
import { checkMissingReferences } from '../../src/k8s/missing-references.js';

/** ClusterRoles have no namespace: the cluster is what lacks them. */
function where(namespace: string): string {
  return namespace === '' ? 'the cluster does' : `namespace ${namespace} does`;
}

export default defineRule({
  id: 'rolebinding-role-missing',
  category: 'rbac',
  severity: 'error',
  description: "A RoleBinding's or ClusterRoleBinding's roleRef names a Role or ClusterRole that does not exist.",
  target: ['RoleBinding', 'ClusterRoleBinding'],
  reads: ['Role', 'ClusterRole'],
  messages: {
    missing: (binding: string, role: string, kind: string, namespace: string, effect: string) =>
      `${binding} grants ${kind} "${role}", which ${where(namespace)} not have, so ${effect}.`,
    missingWithHint: (binding: string, role: string, kind: string, namespace: string, candidate: string) =>
      `${binding} grants ${kind} "${role}", which ${where(namespace)} not have; did you mean "${candidate}"?`,
    wrongNamespace: (binding: string, role: string, kind: string, namespace: string, other: string) =>
      `${binding} in namespace ${namespace} grants ${kind} "${role}", which is in namespace ${other}; a RoleBinding can only grant a Role of its own namespace (or a ClusterRole).`,
  },
  docs: {
    diagnosis: '`roleRef` of the binding names a Role (in the binding\'s namespace) or a ClusterRole that is not defined. `kubectl auth can-i --as=system:serviceaccount:<namespace>:<name> ...` answers no, and the subjects\' API calls fail with 403 Forbidden.',
    fix: 'Correct `roleRef.name` (and `roleRef.kind`), or define the Role in the binding\'s namespace. To grant the same permissions in many namespaces, define a ClusterRole once and bind it with a RoleBinding per namespace. `roleRef` is immutable: changing it means deleting and recreating the binding.',
    why: 'RBAC grants nothing through a binding whose role does not exist, and it never reports that: the subjects are simply denied. Controllers and operators running under the account fail with "forbidden" errors at run time, often deep in their logs.',
    world: 'Roles may come from elsewhere (another chart, an operator\'s aggregated ClusterRoles), so in a partial input a missing role is reported only with evidence of a mistake: a role of that kind with a similar name (a typo), or a Role of that very name in another namespace. With `assume: complete` every missing role is reported. The API server\'s default roles (`cluster-admin`, `admin`, `edit`, `view`, every `system:` role) always exist.',
  },
  check(binding, context) {
    checkMissingReferences('Role', binding, context);
    checkMissingReferences('ClusterRole', binding, context);
  },
});
