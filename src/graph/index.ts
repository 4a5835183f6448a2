export { buildGraph, type BuiltGraph, type MalformedDocument } from './build.js';
export { ResourceGraph, SYSTEM_NAMESPACES, isClusterProvided, type GeneratedObject, type WorldAssumption } from './graph.js';
export { Resource, type ObjectRef, type ResourceSource, type BodyOf } from './resource.js';
export type { Reference, ReferencedKey, ReferenceUse } from './references.js';
export type { PodTemplate } from './pod-template.js';
export type { Producer } from './produced.js';
export { matchesSelector, selectorFromMap, formatSelector, isEmptySelector, type Labels } from './selector.js';
export {
  KIND_GROUPS, CLUSTER_SCOPED_KINDS, POD_TEMPLATE_PATHS, POD_TEMPLATE_OWNER_KINDS, isKindName, splitApiVersion,
  type KindName, type KindBodies, type KubeObject, type PodTemplateOwnerKind,
} from './kinds.js';
