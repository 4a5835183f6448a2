import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2.js';
import type { CronJob, Job } from 'kubernetes-types/batch/v1.js';
import type {
  ConfigMap, Endpoints, Namespace, PersistentVolumeClaim, Pod, ReplicationController, Secret, Service, ServiceAccount,
} from 'kubernetes-types/core/v1.js';
import type { Ingress, NetworkPolicy } from 'kubernetes-types/networking/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from 'kubernetes-types/rbac/v1.js';
import type { CustomResourceDefinition } from 'kubernetes-types/apiextensions/v1.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';

/** Any Kubernetes object as read from a manifest: only the identity is trusted to be shaped. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta & { name: string };
  [field: string]: unknown;
}

/** The kinds rules can ask for by name, with their typed bodies. */
export interface KindBodies {
  ConfigMap: ConfigMap;
  ClusterRole: ClusterRole;
  ClusterRoleBinding: ClusterRoleBinding;
  CronJob: CronJob;
  CustomResourceDefinition: CustomResourceDefinition;
  DaemonSet: DaemonSet;
  Deployment: Deployment;
  Endpoints: Endpoints;
  HorizontalPodAutoscaler: HorizontalPodAutoscaler;
  Ingress: Ingress;
  Job: Job;
  Namespace: Namespace;
  NetworkPolicy: NetworkPolicy;
  PersistentVolumeClaim: PersistentVolumeClaim;
  Pod: Pod;
  PodDisruptionBudget: PodDisruptionBudget;
  ReplicaSet: ReplicaSet;
  ReplicationController: ReplicationController;
  Role: Role;
  RoleBinding: RoleBinding;
  Secret: Secret;
  Service: Service;
  ServiceAccount: ServiceAccount;
  StatefulSet: StatefulSet;
}

export type KindName = keyof KindBodies;

/** API groups each known kind is served from, past and present ('' is the core group). */
export const KIND_GROUPS: { readonly [K in KindName]: readonly string[] } = {
  ConfigMap: [''],
  ClusterRole: ['rbac.authorization.k8s.io'],
  ClusterRoleBinding: ['rbac.authorization.k8s.io'],
  CronJob: ['batch'],
  CustomResourceDefinition: ['apiextensions.k8s.io'],
  DaemonSet: ['apps', 'extensions'],
  Deployment: ['apps', 'extensions'],
  Endpoints: [''],
  HorizontalPodAutoscaler: ['autoscaling'],
  Ingress: ['networking.k8s.io', 'extensions'],
  Job: ['batch'],
  Namespace: [''],
  NetworkPolicy: ['networking.k8s.io', 'extensions'],
  PersistentVolumeClaim: [''],
  Pod: [''],
  PodDisruptionBudget: ['policy'],
  ReplicaSet: ['apps', 'extensions'],
  ReplicationController: [''],
  Role: ['rbac.authorization.k8s.io'],
  RoleBinding: ['rbac.authorization.k8s.io'],
  Secret: [''],
  Service: [''],
  ServiceAccount: [''],
  StatefulSet: ['apps'],
};

export function isKindName(kind: string): kind is KindName {
  return Object.prototype.hasOwnProperty.call(KIND_GROUPS, kind);
}

/** Built-in kinds that live outside namespaces; CRDs in the input add their own by `spec.scope`. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'APIService', 'CertificateSigningRequest', 'ClusterRole', 'ClusterRoleBinding', 'ComponentStatus', 'CSIDriver',
  'CSINode', 'CustomResourceDefinition', 'FlowSchema', 'IngressClass', 'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding', 'MutatingWebhookConfiguration', 'Namespace', 'Node', 'PersistentVolume',
  'PodSecurityPolicy', 'PriorityClass', 'PriorityLevelConfiguration', 'RuntimeClass', 'SelfSubjectAccessReview',
  'SelfSubjectReview', 'SelfSubjectRulesReview', 'StorageClass', 'StorageVersion', 'StorageVersionMigration',
  'SubjectAccessReview', 'TokenReview', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration', 'VolumeAttachment', 'VolumeAttributesClass', 'DeviceClass', 'ResourceSlice',
  'ClusterTrustBundle', 'IPAddress', 'ServiceCIDR',
  // Common CRDs whose scope is fixed upstream.
  'GatewayClass', 'ClusterIssuer', 'ClusterPolicy', 'ClusterServingRuntime', 'ClusterRoleTemplate',
]);

/** Kinds whose objects define pods, with where the pod template sits. */
// Null prototype: a manifest with `kind: constructor` must find no template path.
export const POD_TEMPLATE_PATHS: { readonly [kind: string]: readonly string[] | undefined } = Object.assign(Object.create(null) as Record<string, readonly string[]>, {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
});

export type PodTemplateOwnerKind = 'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'ReplicationController' | 'Job' | 'CronJob';
export const POD_TEMPLATE_OWNER_KINDS = Object.keys(POD_TEMPLATE_PATHS) as readonly PodTemplateOwnerKind[];

/** Splits `apps/v1` into group and version; the core group is ''. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
