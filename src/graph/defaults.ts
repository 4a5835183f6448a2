import { POD_TEMPLATE_PATHS } from './kinds.js';

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(record).filter((entry): entry is Json => entry !== undefined) : [];
}

function defaultContainerPorts(podSpec: Json | undefined): void {
  for (const list of ['containers', 'initContainers', 'ephemeralContainers']) {
    for (const container of records(podSpec?.[list])) {
      for (const port of records(container['ports'])) port['protocol'] ??= 'TCP';
    }
  }
}

/**
 * The defaults the API server would apply and rules rely on, applied once so that no rule has to
 * remember them: Service port protocol and targetPort, container port protocol, workload replicas.
 */
export function applyDefaults(kind: string, body: Json): void {
  const spec = record(body['spec']);
  if (kind === 'Service' && spec) {
    spec['type'] ??= 'ClusterIP';
    for (const port of records(spec['ports'])) {
      port['protocol'] ??= 'TCP';
      // The API server reads an unset, zero or empty targetPort as `port`.
      const target = port['targetPort'];
      if ((target === undefined || target === null || target === 0 || target === '') && port['port'] !== undefined) port['targetPort'] = port['port'];
    }
  }
  if ((kind === 'Deployment' || kind === 'StatefulSet' || kind === 'ReplicaSet' || kind === 'ReplicationController') && spec) {
    spec['replicas'] ??= 1;
  }
  const path = POD_TEMPLATE_PATHS[kind];
  if (path) {
    let template: Json | undefined = body;
    for (const key of path) template = record(template?.[key]);
    defaultContainerPorts(record(template?.['spec']));
  }
}
