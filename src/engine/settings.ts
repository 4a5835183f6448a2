import type { WorldAssumption } from '../graph/graph.js';

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
}

export const DEFAULT_KUBERNETES_VERSION = '1.35';

export const DEFAULT_SETTINGS: Settings = {
  assume: 'partial',
  clusterDomain: 'cluster.local',
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
  istio: { enabled: 'auto', namespace: 'istio-system' },
};
