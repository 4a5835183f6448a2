/**
 * A Deployment whose environment comes partly from ConfigMap `settings` (envFrom) and whose DB_URL
 * ends in `$(DOMAIN)`, which only that ConfigMap defines: what a finding on this file says depends
 * on another file. Tests of graphs kept between lints use it.
 */
export const API_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: api
          image: api:1
          envFrom: [{ configMapRef: { name: settings } }]
          env:
            - name: DB_URL
              value: "postgres://db.shop.svc.$(DOMAIN):5432/app"
`;
