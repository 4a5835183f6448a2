import { describe, expect, it } from 'vitest';
import { istioRoutingFor } from '../../src/k8s/istio-routing.js';
import { graphOf } from '../support/graph-of.js';

const ROUTING = `
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: { name: reviews-route, namespace: bookinfo }
spec:
  hosts: [reviews]
  http:
    - route:
        - destination: { host: reviews, subset: v2 }
      mirror: { host: ratings.scoring.svc.cluster.local }
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: { name: details, namespace: istio-system }
spec: { host: details.bookinfo.svc }
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: { name: external, namespace: bookinfo }
spec: { hosts: [api.example.com, "productpage.bookinfo"] }
`;

function service(namespace: string, name: string): string {
  return `---\napiVersion: v1\nkind: Service\nmetadata: { name: ${name}, namespace: ${namespace} }\nspec: { ports: [{ port: 9080 }] }\n`;
}

describe('istioRoutingFor', () => {
  const graph = graphOf(ROUTING + service('bookinfo', 'reviews') + service('scoring', 'ratings') + service('bookinfo', 'details') + service('bookinfo', 'productpage') + service('other', 'reviews'));
  const routed = (namespace: string, name: string) => {
    const found = graph.find('Service', namespace, name);
    if (!found) throw new Error('no service');
    return istioRoutingFor(graph, found, 'cluster.local')?.name;
  };

  it('reads short hosts in the rule\'s namespace and full names anywhere', () => {
    expect(routed('bookinfo', 'reviews')).toBe('reviews-route');
    expect(routed('scoring', 'ratings')).toBe('reviews-route');
    expect(routed('bookinfo', 'details')).toBe('details');
  });

  it('takes other dotted hosts literally, as Istio does', () => {
    expect(routed('bookinfo', 'productpage')).toBeUndefined();
    expect(routed('other', 'reviews')).toBeUndefined();
  });
});
