import { describe, expect, it } from 'vitest';
import { dnsFindings, finding } from './dns-support.js';

/*
 * A payments service that talks to other teams' namespaces on a cluster whose DNS domain is
 * prod.internal. Some namespaces are in the repository, others belong to other teams and are not:
 * names into those are never judged.
 */

const FILES: Record<string, string> = {
  '.shipshape.yaml': 'extends: recommended\nclusterDomain: prod.internal\n',
  'platform/namespaces.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: payments
---
apiVersion: v1
kind: Namespace
metadata:
  name: identity
`,
  'identity/directory.yaml': `apiVersion: v1
kind: Service
metadata:
  name: directory
  namespace: identity
spec:
  selector:
    app: openldap
  ports:
    - name: ldap
      port: 389
    - name: ldaps
      port: 636
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: openldap
  namespace: identity
spec:
  selector:
    matchLabels:
      app: openldap
  template:
    metadata:
      labels:
        app: openldap
    spec:
      containers:
        - name: openldap
          image: registry.example.com/openldap:2.6.8
          ports:
            - { name: ldap, containerPort: 389 }
            - { name: ldaps, containerPort: 636 }
`,
  'payments/fraud.yaml': `apiVersion: v1
kind: Service
metadata:
  name: fraud-scoring
  namespace: payments
spec:
  selector:
    app: fraud-scoring
  ports:
    - name: http
      port: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fraud-scoring
  namespace: payments
spec:
  selector:
    matchLabels:
      app: fraud-scoring
  template:
    metadata:
      labels:
        app: fraud-scoring
    spec:
      containers:
        - name: scorer
          image: registry.example.com/fraud-scoring:3.1.4
          ports:
            - { name: http, containerPort: 8080 }
---
apiVersion: v1
kind: Service
metadata:
  name: ledger
  namespace: payments
spec:
  type: ExternalName
  externalName: ledger-api.finance.svc.prod.internal
`,
  'payments/api.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
  namespace: payments
spec:
  replicas: 3
  selector:
    matchLabels:
      app: payments-api
  template:
    metadata:
      labels:
        app: payments-api
    spec:
      containers:
        - name: api
          image: registry.example.com/payments-api:5.0.2
          env:
            - name: LDAP_SRV
              value: _ldap._tcp.directory.identity.svc.prod.internal
            - name: LDAPS_SRV
              value: _ldaps._udp.directory.identity.svc
            - name: FRAUD_URL
              value: http://fraud-scoring.payments:8080/score
            - name: AUDIT_URL
              value: http://audit-log.identity.svc:8080/events
            - name: REDIS_URL
              value: redis://redis-master.cache.svc.prod.internal:6379/0
            - name: METRICS_PUSH
              value: http://pushgateway.monitoring.svc.cluster.local:9091
            - name: PARTNER_API
              value: https://api.partner-bank.example/v3
          args:
            - --ledger=http://ledger:8080
            - --dns=kube-dns.kube-system.svc.prod.internal:53
`,
};

describe('a service calling into other namespaces on a custom cluster domain, through the CLI', () => {
  it('reports the SRV name with the wrong protocol, the missing Service and the default domain, and nothing about other teams\' namespaces', async () => {
    expect(await dnsFindings(FILES)).toEqual(
      [
        finding(FILES, 'dns-srv-port-missing', 'payments/api.yaml', 'value: _ldaps._udp'),
        finding(FILES, 'dns-name-unresolvable', 'payments/api.yaml', 'value: http://audit-log'),
        finding(FILES, 'cluster-domain-mismatch', 'payments/api.yaml', 'value: http://pushgateway'),
      ].sort(),
    );
  });
});
