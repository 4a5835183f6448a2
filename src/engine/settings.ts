import type { WorldAssumption } from '../graph/graph.js';
import type { ExtraSchema } from '../schema/extra.js';

/** Facts about the target cluster that rules read; they come from config and CLI flags. */
export interface Settings {
  assume: WorldAssumption;
  clusterDomain: string;
  kubernetesVersion: string;
  istio: {
    enabled: 'auto' | boolean;
    namespace: string;
    revision?: string;
  };
  /** Directories of extra JSON Schemas in kubeconform's file layout (`--schema-dir`). */
  schemaDirs?: string[];
  /** The schemas of `schemaDirs`, read by the CLI (rules never touch files). */
  extraSchemas?: ExtraSchema[];
}

export const DEFAULT_KUBERNETES_VERSION = '1.35';

export const DEFAULT_SETTINGS: Settings = {
  assume: 'partial',
  clusterDomain: 'cluster.local',
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
  istio: { enabled: 'auto', namespace: 'istio-system' },
};
