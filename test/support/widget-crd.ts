/** A namespaced CustomResourceDefinition of example.com's Widget, with the `versions:` list given as YAML items. */
export function widgetCrd(versions: string): string {
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
${versions}`;
}
