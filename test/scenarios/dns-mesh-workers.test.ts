import { describe, expect, it } from 'vitest';
import { dnsFindings, finding } from './dns-support.js';

/*
 * Distributed training in a meshed namespace: an Indexed Job whose workers find each other as
 * <job>-<index>.<subdomain>, and a parameter server behind a headless Service.
 */

const FILES: Record<string, string> = {
  'training.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: training
  labels:
    istio.io/rev: prod-stable
---
apiVersion: v1
kind: Service
metadata:
  name: workers
  namespace: training
spec:
  clusterIP: None
  selector:
    job-name: resnet
---
apiVersion: batch/v1
kind: Job
metadata:
  name: resnet
  namespace: training
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  template:
    spec:
      subdomain: workers
      restartPolicy: Never
      containers:
        - name: trainer
          image: registry.example.com/trainer:2.1.0
          env:
            - name: MASTER_ADDR
              value: resnet-0.workers.training.svc.cluster.local
            - name: PARAMETER_SERVER
              value: ps-0.parameter-servers:2222
---
apiVersion: batch/v1
kind: Job
metadata:
  name: eval
  namespace: training
spec:
  completionMode: Indexed
  completions: 2
  template:
    spec:
      subdomain: evaluators
      restartPolicy: Never
      containers:
        - name: eval
          image: registry.example.com/trainer:2.1.0
---
apiVersion: v1
kind: Service
metadata:
  name: parameter-servers
  namespace: training
spec:
  clusterIP: None
  selector:
    app: ps
  ports:
    - name: grpc-ps
      port: 2222
      targetPort: grpc
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ps
  namespace: training
spec:
  serviceName: parameter-servers
  replicas: 2
  selector:
    matchLabels:
      app: ps
  template:
    metadata:
      labels:
        app: ps
    spec:
      containers:
        - name: ps
          image: registry.example.com/trainer:2.1.0
          ports:
            - { name: grpc, containerPort: 2223 }
`,
};

describe('training jobs in a meshed namespace, through the CLI', () => {
  it('reports the portless headless Service of meshed workers, the subdomain without a Service and the remapped port', async () => {
    expect(await dnsFindings(FILES)).toEqual(
      [
        finding(FILES, 'headless-service-no-ports', 'training.yaml', 'clusterIP: None'),
        finding(FILES, 'pod-subdomain-missing-service', 'training.yaml', 'subdomain: evaluators'),
        finding(FILES, 'headless-service-port-remap', 'training.yaml', 'targetPort: grpc'),
      ].sort(),
    );
  });
});
