import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/engine/settings.js';
import type { WorldAssumption } from '../../src/graph/graph.js';
import { POD_NAME_MARK } from '../../src/k8s/container-env.js';
import { parseHost } from '../../src/k8s/dns-names.js';
import { resolveName, type Resolution } from '../../src/k8s/dns-resolution.js';
import { graphOf } from '../support/graph-of.js';

const INPUT = `apiVersion: v1
kind: Namespace
metadata:
  name: data
---
apiVersion: v1
kind: Service
metadata:
  name: db-headless
  namespace: data
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ name: tcp-pg, port: 5432 }]
---
apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: data
spec:
  selector: { app: db }
  ports: [{ name: tcp-pg, port: 5432 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: data
spec:
  serviceName: db-headless
  replicas: 2
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: pg, image: registry.example.com/pg:16 }]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: data
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers: [{ name: api, image: registry.example.com/api:1 }]
---
apiVersion: v1
kind: Service
metadata:
  name: cache
  namespace: web
spec:
  selector: { app: cache }
  ports: [{ name: tcp-redis, port: 6379 }]
`;

function resolve(host: string, options: { namespace?: string; assume?: WorldAssumption; own?: string } = {}): Resolution {
  const graph = graphOf(INPUT, options.assume ?? 'partial');
  const pod = options.own === undefined ? undefined : graph.pods().find((candidate) => candidate.owner.name === options.own);
  const context = pod ? { namespace: options.namespace ?? 'data', pod } : { namespace: options.namespace ?? 'data' };
  return resolveName(graph, DEFAULT_SETTINGS, parseHost(host), context);
}

function problem(resolution: Resolution): string | undefined {
  return resolution.status === 'unresolvable' ? resolution.problem.reason : resolution.status;
}

describe('resolveName', () => {
  it('resolves Services and StatefulSet pods in every written form', () => {
    for (const host of ['db.data.svc.cluster.local', 'db.data.svc', 'db.data', 'db-0.db-headless.data.svc.cluster.local', 'db-1.db-headless', 'db-1.db-headless.data']) {
      expect(problem(resolve(host)), host).toBe('resolves');
    }
    expect(resolve('db-1.db-headless')).toMatchObject({ status: 'resolves', peer: { ordinal: 1 } });
  });

  it('says why a name cannot resolve', () => {
    expect(problem(resolve('dbb.data.svc'))).toBe('service');
    expect(problem(resolve('db-0.db.data.svc'))).toBe('not-headless');
    expect(problem(resolve('db-2.db-headless.data.svc'))).toBe('ordinal');
    expect(problem(resolve('api-0.db-headless.data.svc'))).toBe('random-name');
    expect(problem(resolve('primary.db-headless.data.svc'))).toBe('no-pod');
    expect(problem(resolve('cache.data.svc'))).toBe('service');
    expect(resolve('cache.data.svc')).toMatchObject({ problem: { elsewhere: { namespace: 'web' } } });
    expect(resolve('db-headless.dataa.svc')).toMatchObject({ problem: { reason: 'namespace', similar: 'data' } });
  });

  it('checks the pod’s own name against its governing Service', () => {
    expect(problem(resolve(`${POD_NAME_MARK}.db-headless.data.svc`, { own: 'db' }))).toBe('resolves');
    expect(problem(resolve(`${POD_NAME_MARK}.db.data.svc`, { own: 'db' }))).toBe('not-headless');
    expect(problem(resolve(`${POD_NAME_MARK}.db-headless.data.svc`, { own: 'api' }))).toBe('random-name');
  });

  it('stays silent where the input is not the authority', () => {
    // A namespace the input does not hold, unless the input is complete.
    expect(problem(resolve('prometheus.monitoring.svc'))).toBe('unknown');
    expect(problem(resolve('prometheus.monitoring.svc', { assume: 'complete' }))).toBe('namespace');
    // A populated but undeclared namespace: only with evidence of a slip.
    expect(problem(resolve('redis.web.svc'))).toBe('unknown');
    // Cluster-provided Services, names under another domain, and external hosts.
    expect(problem(resolve('kubernetes.default.svc'))).toBe('resolves');
    expect(problem(resolve('db.data.svc.corp.local'))).toBe('unknown');
    expect(problem(resolve('www.example.com'))).toBe('unknown');
    expect(problem(resolve('api.dev'))).toBe('unknown');
  });

  it('reads `a.b` as a pod in the own namespace first, then as a Service of namespace b', () => {
    expect(problem(resolve('cache.web', { namespace: 'data' }))).toBe('resolves');
    expect(problem(resolve('db-1.db-headless', { namespace: 'web' }))).toBe('unknown');
  });
});
