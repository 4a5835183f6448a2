import type { GeneratedObject } from '../graph/graph.js';
import { parseFile } from '../parse/parse-file.js';

const GENERATORS = [
  ['configMapGenerator', 'ConfigMap'],
  ['secretGenerator', 'Secret'],
] as const;

function isKustomization(path: string, value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const name = path.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  if (name === 'kustomization.yaml' || name === 'kustomization.yml' || name === 'kustomization') return true;
  const apiVersion = (value as { apiVersion?: unknown }).apiVersion;
  return typeof apiVersion === 'string' && apiVersion.startsWith('kustomize.config.k8s.io/');
}

/**
 * ConfigMaps and Secrets a kustomization generates. The resources it lists refer to them by the
 * generator's name (kustomize rewrites those references when it adds the hash suffix), so linting the
 * raw base must not call them missing. Any other file gives nothing.
 */
export function kustomizeGeneratedObjects(path: string, text: string): GeneratedObject[] {
  const objects: GeneratedObject[] = [];
  // Helm values and chart files are skipped too; they are not worth parsing here.
  if (!text.includes('Generator')) return objects;
  for (const document of parseFile(path, text).documents) {
    const value = document.value;
    if (!isKustomization(path, value)) continue;
    for (const [field, kind] of GENERATORS) {
      const entries = value[field];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        const name = (entry as { name?: unknown } | null)?.name;
        if (typeof name === 'string' && name !== '') objects.push({ kind, name, how: `${field} in ${path}` });
      }
    }
  }
  return objects;
}
