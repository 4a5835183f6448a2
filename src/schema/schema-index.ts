/** What `schemas/kubernetes/index.json` says about one kind at one apiVersion. */
export interface KindEntry {
  /** The definition id of its schema; absent for a CRD version that is declared but not served. */
  id?: string;
  namespaced: boolean;
  /** The bundled CRD set it comes from (`istio`, `gateway-api`, …); absent for built-in kinds. */
  bundle?: string;
  served?: false;
  deprecated?: true;
}

/** Kinds by apiVersion (`apps/v1`, `v1`) and kind name. */
export type KindTable = Record<string, Record<string, KindEntry>>;

export interface KubernetesVersionIndex {
  /** ObjectMeta's definition id in this version, for custom resources' metadata. */
  objectMeta: string;
  kinds: KindTable;
}

/** `schemas/kubernetes/index.json`: what each Kubernetes version serves, and the bundled CRDs. */
export interface SchemaIndex {
  format: 1;
  kubernetes: Record<string, KubernetesVersionIndex>;
  crds: KindTable;
}
