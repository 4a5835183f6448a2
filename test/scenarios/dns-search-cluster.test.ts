import { describe, expect, it } from 'vitest';
import { dnsFindings, finding } from './dns-support.js';

/*
 * A SolrCloud search cluster on a ZooKeeper ensemble, as a platform team would write it, linted
 * through the CLI. The first version has the mistakes such set-ups ship with; the second is right.
 */

const ZOOKEEPER = `apiVersion: v1
kind: Namespace
metadata:
  name: search
---
apiVersion: v1
kind: Service
metadata:
  name: zk-hs
  namespace: search
spec:
  clusterIP: None
  PUBLISH
  selector:
    app: zookeeper
  ports:
    - name: tcp-server
      port: 2888
    - name: tcp-leader-election
      port: 3888
---
apiVersion: v1
kind: Service
metadata:
  name: zk-cs
  namespace: search
spec:
  selector:
    app: zookeeper
  ports:
    - name: tcp-client
      port: 2181
      targetPort: CLIENT_PORT
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: zk-ensemble
  namespace: search
data:
  zoo.cfg.dynamic: |
    server.1=zk-0.zk-hs.search.svc.cluster.local:2888:3888;2181
    server.2=zk-1.zk-hs.search.svc.cluster.local:2888:3888;2181
    server.3=zk-2.zk-hs.search.svc.cluster.local:2888:3888;2181
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: zk
  namespace: search
spec:
  serviceName: zk-hs
  replicas: 3
  podManagementPolicy: Parallel
  selector:
    matchLabels:
      app: zookeeper
  template:
    metadata:
      labels:
        app: zookeeper
    spec:
      containers:
        - name: zookeeper
          image: registry.example.com/zookeeper:3.9.2
          ports:
            - { name: client, containerPort: 2181 }
            - { name: server, containerPort: 2888 }
            - { name: leader-election, containerPort: 3888 }
          readinessProbe:
            exec:
              command: [sh, -c, 'echo srvr | nc localhost 2181 | grep -qE "Mode: (leader|follower)"']
          volumeMounts:
            - { name: ensemble, mountPath: /conf/dynamic }
      volumes:
        - name: ensemble
          configMap:
            name: zk-ensemble
`;

const SOLR = `apiVersion: v1
kind: Service
metadata:
  name: solr-headless
  namespace: search
spec:
  clusterIP: None
  selector:
    app: solr
  ports:
    - name: http-solr
      port: 8983
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: solr
  namespace: search
spec:
  serviceName: solr-headless
  replicas: 2
  selector:
    matchLabels:
      app: solr
  template:
    metadata:
      labels:
        app: solr
    spec:
      containers:
        - name: solr
          image: registry.example.com/solr:9.6.1
          ports:
            - { name: solr, containerPort: 8983 }
          env:
            - name: POD_NAME
              valueFrom: { fieldRef: { fieldPath: metadata.name } }
            - name: SOLR_HOST
              value: $(POD_NAME).SOLR_SERVICE.search.svc.cluster.local
            - name: ZK_HOST
              value: ZK_HOSTS/solr
`;

function files(mistakes: boolean): Record<string, string> {
  const zk = ZOOKEEPER
    .replace('PUBLISH', mistakes ? '' : 'publishNotReadyAddresses: true')
    .replace('CLIENT_PORT', mistakes ? 'zk-client' : 'client');
  const solr = SOLR
    .replace('SOLR_SERVICE', mistakes ? 'solr' : 'solr-headless')
    .replace('ZK_HOSTS', mistakes ? 'zk-0.zk-hs:2181,zk-1.zk-hs:2181,zk-2.zk-hs:2181,zk-3.zk-hs:2181' : 'zk-0.zk-hs:2181,zk-1.zk-hs:2181,zk-2.zk-hs:2181');
  return { '.shipshape.yaml': 'extends: recommended\n', 'zookeeper.yaml': zk, 'solr.yaml': solr };
}

describe('a SolrCloud cluster on ZooKeeper, through the CLI', () => {
  it('finds the unpublished ensemble, the misnamed ports, the wrong Service in a pod name and a fourth ZooKeeper', async () => {
    const input = files(true);
    expect(await dnsFindings(input)).toEqual(
      [
        // The Service lacks the field, so the finding is on its `spec` key.
        finding(input, 'headless-service-publish-not-ready', 'zookeeper.yaml', 'spec:'),
        finding(input, 'service-target-port-missing', 'zookeeper.yaml', 'targetPort: zk-client'),
        finding(input, 'dns-name-unresolvable', 'solr.yaml', 'value: $(POD_NAME).solr.search'),
        finding(input, 'dns-name-unresolvable', 'solr.yaml', 'value: zk-0.zk-hs'),
      ].sort(),
    );
  });

  it('reports nothing once they are fixed', async () => {
    expect(await dnsFindings(files(false))).toEqual([]);
  });
});
