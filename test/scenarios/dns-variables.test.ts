import { describe, expect, it } from 'vitest';
import { dnsFindings, finding } from './dns-support.js';

/*
 * An Elasticsearch cluster and a Redis maintenance Job whose variables are written where Kubernetes
 * does, and where it does not, expand them.
 */

const FILES: Record<string, string> = {
  'elasticsearch.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: logging
---
apiVersion: v1
kind: Service
metadata:
  name: es-nodes
  namespace: logging
spec:
  clusterIP: None
  selector:
    app: elasticsearch
  ports:
    - name: tcp-transport
      port: 9300
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: es
  namespace: logging
spec:
  serviceName: es-nodes
  replicas: 3
  selector:
    matchLabels:
      app: elasticsearch
  template:
    metadata:
      labels:
        app: elasticsearch
    spec:
      containers:
        - name: elasticsearch
          image: registry.example.com/elasticsearch:8.14.1
          env:
            - name: POD_NAME
              valueFrom: { fieldRef: { fieldPath: metadata.name } }
            - name: POD_IP
              valueFrom: { fieldRef: { fieldPath: status.podIP } }
            - name: node.name
              value: $(POD_NAME)
            - name: network.publish_host
              value: $(POD_NAME).es-nodes.logging.svc.cluster.local
            - name: discovery.seed_hosts
              value: es-0.es-nodes,es-1.es-nodes,es-2.es-nodes
            - name: cluster.initial_master_nodes
              value: $(CLUSTER_NAME)-0,$(CLUSTER_NAME)-1,$(CLUSTER_NAME)-2
            - name: CLUSTER_NAME
              value: es
            - name: ES_JAVA_OPTS
              value: -Xms4g -Xmx4g -Des.node.rack=$$(rack)
          readinessProbe:
            exec:
              command: [curl, -sf, 'http://$(POD_IP):9200/_cluster/health?local=true']
          livenessProbe:
            exec:
              command: [sh, -c, 'curl -sf "http://$POD_IP:9200/_cluster/health?local=true" >/dev/null']
          lifecycle:
            preStop:
              exec:
                command: [sh, -c, 'curl -XPOST "localhost:9200/_cluster/voting_config_exclusions?node_names=$(POD_NAME)"']
`,
  'redis-maintenance.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: redis-bgsave
  namespace: logging
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: bgsave
              image: registry.example.com/redis:7.2.5
              env:
                - name: REDIS_PORT
                  value: "6379"
              command:
                - sh
                - -c
                - redis-cli -h $(REDIS_HOST) -p $(REDIS_PORT) bgsave && echo "saved at $(date -u +%FT%TZ)"
`,
};

describe('variables Kubernetes does and does not expand, through the CLI', () => {
  it('reports the variable used before its definition, the probe and hook references and the undefined host', async () => {
    expect(await dnsFindings(FILES)).toEqual(
      [
        finding(FILES, 'env-var-reference-undefined', 'elasticsearch.yaml', 'value: $(CLUSTER_NAME)-0'),
        finding(FILES, 'probe-exec-variable-reference', 'elasticsearch.yaml', "command: [curl, -sf, 'http://$(POD_IP)"),
        finding(FILES, 'probe-exec-variable-reference', 'elasticsearch.yaml', 'node_names=$(POD_NAME)'),
        finding(FILES, 'env-var-reference-undefined', 'redis-maintenance.yaml', 'redis-cli -h $(REDIS_HOST)'),
      ].sort(),
    );
  });
});
