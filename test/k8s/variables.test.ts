import { describe, expect, it } from 'vitest';
import { POD_NAME_MARK, UNKNOWN_MARK, containerEnv, definitionOf } from '../../src/k8s/container-env.js';
import { containersOf } from '../../src/k8s/containers.js';
import { shellScriptIndexes } from '../../src/k8s/shell.js';
import { expandVariables, isVariableName, shellParameterSyntax, variableReferences } from '../../src/k8s/variable-expansion.js';
import { graphOf } from '../support/graph-of.js';

describe('variableReferences and expandVariables, as the kubelet reads $(…)', () => {
  it('finds references and treats $$ as an escape', () => {
    expect(variableReferences('$(A)-$$(B)-$(C D)').map((reference) => reference.name)).toEqual(['A', 'C D']);
    expect(variableReferences('a $(unclosed')).toEqual([]);
    expect(variableReferences('$(A)')[0]).toEqual({ name: 'A', start: 0, end: 4 });
  });

  it('expands known names and leaves the rest as written', () => {
    const values: Record<string, string> = { HOST: 'kafka-0', PORT: '9092' };
    const lookup = (name: string) => values[name];
    expect(expandVariables('$(HOST):$(PORT)', lookup)).toBe('kafka-0:9092');
    expect(expandVariables('$(MISSING)/$$(HOST)/$x/$', lookup)).toBe('$(MISSING)/$(HOST)/$x/$');
    expect(expandVariables('$(HOST', lookup)).toBe('$(HOST');
  });

  it('tells variable names from shell syntax', () => {
    expect(isVariableName('POD_NAME')).toBe(true);
    expect(isVariableName('hostname -f')).toBe(false);
    expect(shellParameterSyntax('POD_NAME##*-')).toBe('POD_NAME');
    expect(shellParameterSyntax('HOST:-localhost')).toBe('HOST');
    expect(shellParameterSyntax('POD_NAME')).toBeUndefined();
    expect(shellParameterSyntax('cat /etc/hostname')).toBeUndefined();
  });
});

describe('shellScriptIndexes', () => {
  it('finds the script after -c, with options before it and wrappers around the shell', () => {
    expect([...shellScriptIndexes(['sh', '-c', 'echo hi'])]).toEqual([2]);
    expect([...shellScriptIndexes(['/bin/bash', '-o', 'pipefail', '-ec', 'run'])]).toEqual([4]);
    expect([...shellScriptIndexes(['tini', '--', 'sh', '-c', 'run'])]).toEqual([4]);
    expect([...shellScriptIndexes(['-c', 'run'])]).toEqual([1]);
  });

  it('finds none in a plain command or a script file', () => {
    expect(shellScriptIndexes(['kafka-server-start.sh', '-c', 'x']).size).toBe(0);
    expect(shellScriptIndexes(['sh', '/scripts/run.sh']).size).toBe(0);
  });
});

const WORKLOAD = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  HEAP: 2g
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  namespace: shop
spec:
  serviceName: web
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0
          envFrom:
            - configMapRef:
                name: settings
              prefix: JVM_
          env:
            - name: SELF
              value: $(POD_NAME).web
            - name: POD_NAME
              valueFrom: { fieldRef: { fieldPath: metadata.name } }
            - name: NS
              valueFrom: { fieldRef: { fieldPath: metadata.namespace } }
            - name: ADDRESS
              value: $(POD_NAME).web.$(NS).svc
            - name: TOKEN
              valueFrom: { secretKeyRef: { name: token, key: value } }
`;

describe('containerEnv', () => {
  const graph = graphOf(WORKLOAD);
  const pod = graph.pods()[0];
  if (!pod) throw new Error('no pod');
  const [container] = containersOf(pod);
  if (!container) throw new Error('no container');
  const env = containerEnv(graph, pod, container);

  it('expands values in order, with the pod name and namespace the kubelet knows', () => {
    expect(env.final.get('ADDRESS')).toBe(`${POD_NAME_MARK}.web.shop.svc`);
    expect(env.final.get('SELF')).toBe('$(POD_NAME).web');
    expect(env.final.get('TOKEN')).toBe(UNKNOWN_MARK);
    expect(env.final.get('JVM_HEAP')).toBe('2g');
  });

  it('says where a variable comes from, seen from an entry', () => {
    expect(definitionOf(env, 'POD_NAME', 0)).toBe('later');
    expect(definitionOf(env, 'POD_NAME', 3)).toBe('earlier');
    expect(definitionOf(env, 'POD_NAME')).toBe('earlier');
    expect(definitionOf(env, 'JVM_HEAP', 0)).toBe('env-from');
    expect(definitionOf(env, 'KAFKA_SERVICE_HOST', 0)).toBe('maybe');
    expect(definitionOf(env, 'SELF', 0)).toBe('undefined');
    expect(definitionOf(env, 'NOPE')).toBe('undefined');
  });

  it('cannot tell what an envFrom source outside the input brings', () => {
    const open = graphOf(WORKLOAD.replace('name: settings\n              prefix', 'name: elsewhere\n              prefix'));
    const openPod = open.pods()[0];
    const openContainer = openPod ? containersOf(openPod)[0] : undefined;
    if (!openPod || !openContainer) throw new Error('no container');
    expect(definitionOf(containerEnv(open, openPod, openContainer), 'NOPE')).toBe('maybe');
  });
});

describe('containerEnv of an Indexed Job', () => {
  it('knows the JOB_COMPLETION_INDEX the Job controller appends', () => {
    const graph = graphOf(`apiVersion: batch/v1
kind: Job
metadata:
  name: shard
  namespace: batch
spec:
  completionMode: Indexed
  completions: 4
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: work
          image: registry.example.com/work:1
          env:
            - name: SHARD
              value: shard-$(JOB_COMPLETION_INDEX)
`);
    const pod = graph.pods()[0];
    const container = pod ? containersOf(pod)[0] : undefined;
    if (!pod || !container) throw new Error('no container');
    const env = containerEnv(graph, pod, container);
    // Appended after the template's entries: command and args see it, earlier env values do not.
    expect(definitionOf(env, 'JOB_COMPLETION_INDEX')).toBe('earlier');
    expect(definitionOf(env, 'JOB_COMPLETION_INDEX', 0)).toBe('later');
  });
});
