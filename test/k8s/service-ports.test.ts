import { describe, expect, it } from 'vitest';
import { lookupNamedPort, servicePortsOf, targetPortName } from '../../src/k8s/service-ports.js';
import { graphOf } from '../support/graph-of.js';

const INPUT = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector: { app: web }
  ports:
    - { name: http, port: 80, targetPort: 0 }
    - { name: admin, port: 9000, targetPort: admin }
    - { name: dns, port: 53, protocol: UDP, targetPort: dns }
    - { name: bad, port: 81, targetPort: PORT }
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      initContainers:
        - name: migrate
          image: registry.example.com/migrate:1
          ports: [{ name: admin, containerPort: 7000 }]
        - name: proxy
          image: registry.example.com/proxy:1
          restartPolicy: Always
          ports: [{ name: admin, containerPort: 9001 }]
      containers:
        - name: web
          image: registry.example.com/web:1
          ports: [{ name: dns, containerPort: 5353 }]
`;

describe('Service ports', () => {
  const graph = graphOf(INPUT);
  const service = graph.find('Service', 'shop', 'web');
  const pod = graph.pods()[0];
  if (!service || !pod) throw new Error('fixture');
  const ports = servicePortsOf(service);

  it('reads a zero targetPort as the port, as the API server does', () => {
    expect(ports[0]?.port.targetPort).toBe(80);
  });

  it('accepts only names the API server accepts', () => {
    expect(ports.map(({ port }) => targetPortName(port))).toEqual([undefined, 'admin', 'dns', undefined]);
  });

  it('resolves a named port like the endpoints controller: sidecars count, init containers do not, protocol must match', () => {
    expect(lookupNamedPort(pod, 'admin', 'TCP').match?.port.containerPort).toBe(9001);
    const dns = lookupNamedPort(pod, 'dns', 'UDP');
    expect(dns.match).toBeUndefined();
    expect(dns.otherProtocol?.port.containerPort).toBe(5353);
  });
});
