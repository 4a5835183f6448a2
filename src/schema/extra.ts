import { splitApiVersion } from '../graph/kinds.js';

/** A JSON Schema given with `--schema-dir`, named as kubeconform names its files. */
export interface ExtraSchema {
  /** Where it came from, for messages. */
  file: string;
  /** The lower-cased file stem: `deployment-apps-v1`, `service-v1`, `virtualservice-networking-v1`. */
  name: string;
  schema: unknown;
}

/** The file stem of a schema file kubeconform would read (`*.json`), lower-cased; undefined for other files. */
export function extraSchemaName(fileName: string): string | undefined {
  return fileName.toLowerCase().endsWith('.json') ? fileName.slice(0, -'.json'.length).toLowerCase() : undefined;
}

/**
 * The stems under which kubeconform looks for a kind: `<kind>-<first label of the group>-<version>`,
 * or `<kind>-<version>` for the core group. The whole group (`virtualservice-networking.istio.io-v1`)
 * is accepted too, as it cannot be mistaken for another group.
 */
export function kubeconformNames(apiVersion: string, kind: string): string[] {
  const { group, version } = splitApiVersion(apiVersion);
  const lower = kind.toLowerCase();
  if (group === '') return [`${lower}-${version}`.toLowerCase()];
  const first = group.split('.')[0] ?? group;
  return [...new Set([`${lower}-${group}-${version}`, `${lower}-${first}-${version}`].map((name) => name.toLowerCase()))];
}
