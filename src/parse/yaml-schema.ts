import jsyaml from 'js-yaml';
import { resolvePlainScalar, type PlainValue } from './scalars.js';

function plainType(tag: string, accepts: (value: PlainValue) => boolean): jsyaml.Type {
  return new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: string | null) => accepts(resolvePlainScalar(data ?? '')),
    construct: (data: string | null) => resolvePlainScalar(data ?? ''),
  });
}

/**
 * js-yaml schema whose implicit scalar types all defer to `resolvePlainScalar`, so the fast path
 * reads values exactly as the tolerant path and Kubernetes do.
 */
export const KUBERNETES_YAML_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    plainType('null', (value) => value === null),
    plainType('bool', (value) => typeof value === 'boolean'),
    plainType('int', (value) => typeof value === 'number' && Number.isInteger(value)),
    plainType('float', (value) => typeof value === 'number' && !Number.isInteger(value)),
    (jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge,
  ],
});
