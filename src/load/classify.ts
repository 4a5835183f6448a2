/**
 * Recognises YAML that is not a Kubernetes manifest by name or content, so it is skipped with a
 * note instead of being reported as broken: kustomize files, Helm chart metadata, values and
 * templates.
 */
export function classifyNonManifest(path: string, text: string): string | undefined {
  const name = path.split(/[\\/]/).pop() ?? path;
  const lower = name.toLowerCase();
  if (lower === 'kustomization.yaml' || lower === 'kustomization.yml' || name === 'Kustomization') {
    return 'kustomize Kustomization, not a Kubernetes object: lint the output of `kubectl kustomize` instead';
  }
  // The plain search first: the multiline patterns would otherwise scan every manifest's whole text.
  if (text.includes('kustomize.config.k8s.io/') && /^kind:\s*(Kustomization|Component)\s*$/m.test(text) && /^apiVersion:\s*kustomize\.config\.k8s\.io\//m.test(text)) {
    return 'kustomize Kustomization or Component, not a Kubernetes object';
  }
  if (lower === 'chart.yaml' || lower === 'chart.yml' || lower === 'chart.lock') return 'Helm chart metadata, not a Kubernetes object';
  if (/^values([.-][\w.-]*)?\.ya?ml$/.test(lower) || lower === 'values.schema.json') {
    return 'Helm values, not a Kubernetes object: lint the output of `helm template` instead';
  }
  return undefined;
}

export const HELM_TEMPLATE_NOTE = 'Helm template (Go template syntax), not a Kubernetes object yet: lint the output of `helm template` instead';

/**
 * Whether a file may be an unrendered Helm template. Rendered manifests can carry template text inside
 * string values (an injection template in a ConfigMap), so the engine decides after parsing.
 */
export function mayBeHelmTemplate(text: string): boolean {
  return text.includes('{{') && HELM_TEMPLATE.test(text);
}

/** Template actions only Helm writes; `{{ $labels.x }}` in a Prometheus rule does not count. */
const HELM_TEMPLATE = /\{\{-?\s*(?:[^}]*\.(?:Values|Release|Chart|Capabilities|Files)\b|(?:include|template|define|tpl)\s)/;
