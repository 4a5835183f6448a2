import { splitApiVersion } from '../graph/kinds.js';
import { minorOf } from './builtin.js';
import type { SchemaCatalog } from './catalog.js';
import { own } from './json-schema.js';

/** Whether, and how, the target cluster serves an apiVersion/kind. */
export type ApiStatus =
  | { status: 'served'; deprecated?: Deprecation }
  | { status: 'removed'; removedIn: string; replacement: Replacement }
  | { status: 'not-yet'; since: string }
  | { status: 'never'; servedNow: string[]; servedBefore: string[] }
  | { status: 'not-served-by-crd'; source: string; served: string[] }
  | { status: 'unknown' };

/**
 * APIs Kubernetes removed before 1.23, the oldest version with schemas here, from the upstream
 * deprecation guide: apiVersion → kind → removed-in. Later removals are read off the schemas.
 */
const REMOVED_BEFORE_SCHEMAS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'extensions/v1beta1': { DaemonSet: '1.16', Deployment: '1.16', ReplicaSet: '1.16', NetworkPolicy: '1.16', PodSecurityPolicy: '1.16', Ingress: '1.22' },
  'apps/v1beta1': { Deployment: '1.16', StatefulSet: '1.16', ControllerRevision: '1.16' },
  'apps/v1beta2': { DaemonSet: '1.16', Deployment: '1.16', ReplicaSet: '1.16', StatefulSet: '1.16', ControllerRevision: '1.16' },
  'networking.k8s.io/v1beta1': { Ingress: '1.22', IngressClass: '1.22' },
  'admissionregistration.k8s.io/v1beta1': { MutatingWebhookConfiguration: '1.22', ValidatingWebhookConfiguration: '1.22' },
  'apiextensions.k8s.io/v1beta1': { CustomResourceDefinition: '1.22' },
  'apiregistration.k8s.io/v1beta1': { APIService: '1.22' },
  'authentication.k8s.io/v1beta1': { TokenReview: '1.22' },
  'authorization.k8s.io/v1beta1': { SubjectAccessReview: '1.22', LocalSubjectAccessReview: '1.22', SelfSubjectAccessReview: '1.22', SelfSubjectRulesReview: '1.22' },
  'certificates.k8s.io/v1beta1': { CertificateSigningRequest: '1.22' },
  'coordination.k8s.io/v1beta1': { Lease: '1.22' },
  'rbac.authorization.k8s.io/v1beta1': { ClusterRole: '1.22', ClusterRoleBinding: '1.22', Role: '1.22', RoleBinding: '1.22' },
  'scheduling.k8s.io/v1beta1': { PriorityClass: '1.22' },
  'storage.k8s.io/v1beta1': { CSIDriver: '1.22', CSINode: '1.22', StorageClass: '1.22', VolumeAttachment: '1.22' },
};

/** Kinds that went away without a successor kind, so "use X instead" would mislead. */
const NO_SUCCESSOR: Readonly<Record<string, string>> = {
  PodSecurityPolicy: 'nothing replaces it: use Pod Security Admission (pod-security.kubernetes.io/* labels on the namespace)',
};

/**
 * Why a served apiVersion should be left: a stable version of the kind exists (`replacement`, and
 * `removedIn` when a later Kubernetes version drops it), or the CRD marks it deprecated (`byCrd`).
 * `source` names the CRD that serves both, for custom resources.
 */
export interface Deprecation {
  replacement?: string;
  removedIn?: string;
  byCrd?: boolean;
  source?: string;
}

/** What to use instead: an apiVersion serving the kind, a note when nothing does, or nothing known. */
export type Replacement = { apiVersion: string } | { note: string } | Record<string, never>;

const PRERELEASE = /^v\d+(alpha|beta)\d+$/;

function isStable(version: string): boolean {
  return /^v\d+$/.test(version);
}

/** Orders apiVersions best first: stable before beta before alpha, newer before older. */
function rank(version: string): number {
  const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!match) return 0;
  const stage = match[2] === undefined ? 2 : match[2] === 'beta' ? 1 : 0;
  return stage * 1_000_000 + Number(match[1]) * 1000 + Number(match[3] ?? 0);
}

/** The apiVersions the target version serves a kind under, best first, its own group first. */
function servingApiVersions(catalog: SchemaCatalog, group: string, kind: string, version = catalog.version): string[] {
  const kinds = catalog.builtins.index.kubernetes[version]?.kinds ?? {};
  const serving = Object.keys(kinds).filter((apiVersion) => own(kinds[apiVersion], kind)?.id !== undefined);
  const groupOf = (apiVersion: string) => splitApiVersion(apiVersion).group;
  return serving.sort((a, b) => Number(groupOf(b) === group) - Number(groupOf(a) === group) || rank(splitApiVersion(b).version) - rank(splitApiVersion(a).version));
}

function replacementFor(catalog: SchemaCatalog, group: string, kind: string): Replacement {
  const note = own(NO_SUCCESSOR, kind);
  if (note !== undefined) return { note };
  const apiVersion = servingApiVersions(catalog, group, kind)[0];
  return apiVersion === undefined ? {} : { apiVersion };
}

function crdStatus(versions: readonly { version: string; served: boolean; deprecated: boolean }[], version: string, source: string, stableReplacement: string | undefined): ApiStatus {
  const declared = versions.find((entry) => entry.version === version);
  const served = versions.filter((entry) => entry.served).map((entry) => entry.version).sort((a, b) => rank(b) - rank(a));
  if (!declared?.served) return { status: 'not-served-by-crd', source, served };
  if (declared.deprecated) return { status: 'served', deprecated: { byCrd: true, source, ...(stableReplacement ? { replacement: stableReplacement } : {}) } };
  if (stableReplacement !== undefined) return { status: 'served', deprecated: { replacement: stableReplacement, source } };
  return { status: 'served' };
}

/** A stable version of the same CRD group/kind, when `version` is a pre-release. */
function stableSibling(group: string, version: string, served: readonly string[]): string | undefined {
  if (!PRERELEASE.test(version)) return undefined;
  const stable = served.filter(isStable).sort((a, b) => rank(b) - rank(a))[0];
  return stable === undefined ? undefined : `${group}/${stable}`;
}

/**
 * What the target cluster makes of an apiVersion/kind: served (perhaps deprecated in favour of a
 * stable version), removed (with the version that removed it and what replaces it), not yet
 * served, never served under that apiVersion, declared but not served by its CRD, or unknown.
 */
export function apiStatus(catalog: SchemaCatalog, apiVersion: string, kind: string): ApiStatus {
  // Three rules ask for every resource; the answer depends only on the kind.
  return catalog.rememberForKind('api-status', apiVersion, kind, computeStatus);
}

function computeStatus(catalog: SchemaCatalog, apiVersion: string, kind: string): ApiStatus {
  if (catalog.extraSchema(apiVersion, kind)) return { status: 'served' };
  const { group, version } = splitApiVersion(apiVersion);

  const inputVersions = catalog.inputCrdVersions(group, kind);
  if (inputVersions.length > 0) {
    const served = inputVersions.filter((entry) => entry.served).map((entry) => entry.version);
    return crdStatus(inputVersions, version, `the CustomResourceDefinition ${inputVersions[0]?.crd.name ?? ''} in the input`, stableSibling(group, version, served));
  }

  const target = catalog.version;
  const entry = catalog.builtinEntry(apiVersion, kind);
  if (entry) {
    const stable = PRERELEASE.test(version) ? servingApiVersions(catalog, group, kind).find((candidate) => splitApiVersion(candidate).group === group && isStable(splitApiVersion(candidate).version)) : undefined;
    if (stable === undefined) return { status: 'served' };
    const removedIn = catalog.builtins.versions.find((later) => minorOf(later) > minorOf(target) && !catalog.builtinEntry(apiVersion, kind, later));
    return { status: 'served', deprecated: { replacement: stable, ...(removedIn ? { removedIn } : {}) } };
  }
  const servedIn = catalog.builtins.versions.filter((candidate) => catalog.builtinEntry(apiVersion, kind, candidate));
  const last = servedIn[servedIn.length - 1];
  const first = servedIn[0];
  if (last !== undefined && minorOf(last) < minorOf(target)) {
    const removedIn = catalog.builtins.versions.find((later) => minorOf(later) > minorOf(last)) ?? target;
    return { status: 'removed', removedIn, replacement: replacementFor(catalog, group, kind) };
  }
  if (first !== undefined) return { status: 'not-yet', since: first };
  const historic = own(own(REMOVED_BEFORE_SCHEMAS, apiVersion), kind);
  // A cluster older than the schemas (1.22 and before) may still serve it; it is only unchecked.
  if (historic !== undefined && minorOf(catalog.target) < minorOf(historic)) return { status: 'served' };
  if (historic !== undefined) return { status: 'removed', removedIn: historic, replacement: replacementFor(catalog, group, kind) };

  const bundledGroupVersions = Object.entries(catalog.builtins.index.crds).flatMap(([candidate, kinds]) => {
    const declared = own(kinds, kind);
    return declared && splitApiVersion(candidate).group === group ? [{ version: splitApiVersion(candidate).version, served: declared.served !== false && declared.id !== undefined, deprecated: declared.deprecated === true, bundle: declared.bundle ?? '' }] : [];
  });
  if (bundledGroupVersions.length > 0) {
    const bundle = bundledGroupVersions[0]?.bundle ?? '';
    const served = bundledGroupVersions.filter((candidate) => candidate.served).map((candidate) => candidate.version);
    return crdStatus(bundledGroupVersions, version, `the bundled ${bundle} CRDs`, stableSibling(group, version, served));
  }

  if (isBuiltinGroup(catalog, group)) {
    const servedNow = servingApiVersions(catalog, group, kind);
    const servedBefore = new Set<string>();
    for (const candidate of catalog.builtins.versions) for (const other of servingApiVersions(catalog, group, kind, candidate)) servedBefore.add(other);
    for (const [other, kinds] of Object.entries(REMOVED_BEFORE_SCHEMAS)) if (own(kinds, kind) !== undefined) servedBefore.add(other);
    for (const other of servedNow) servedBefore.delete(other);
    if (servedNow.length > 0 || servedBefore.size > 0) return { status: 'never', servedNow, servedBefore: [...servedBefore].sort() };
  }
  return { status: 'unknown' };
}

/** Groups only Kubernetes itself serves (no CRD may claim them): the core group and any group in the schemas or the history. */
export function isBuiltinGroup(catalog: SchemaCatalog, group: string): boolean {
  if (group === '') return true;
  const known = (apiVersion: string) => splitApiVersion(apiVersion).group === group;
  return Object.keys(REMOVED_BEFORE_SCHEMAS).some(known) || catalog.builtins.versions.some((version) => Object.keys(catalog.builtins.index.kubernetes[version]?.kinds ?? {}).some(known));
}

/** The kinds the target version serves in a built-in group (under `apiVersion`, else under any version of the group). */
export function builtinKindsOf(catalog: SchemaCatalog, apiVersion: string): string[] {
  const kinds = catalog.builtins.index.kubernetes[catalog.version]?.kinds ?? {};
  const exact = own(kinds, apiVersion);
  if (exact) return Object.keys(exact);
  const { group } = splitApiVersion(apiVersion);
  return [...new Set(Object.entries(kinds).filter(([candidate]) => splitApiVersion(candidate).group === group).flatMap(([, byKind]) => Object.keys(byKind)))];
}
