import { describe, expect, it } from 'vitest';
import { editDistance, isObjectName, similarName } from '../../src/k8s/object-names.js';

describe('isObjectName', () => {
  it('accepts DNS-1123 subdomains', () => {
    for (const name of ['app-config', 'kube-root-ca.crt', 'a', 'x1', `${'a'.repeat(63)}.${'b'.repeat(63)}`]) expect(isObjectName(name), name).toBe(true);
  });

  it('rejects placeholders and names the API server refuses', () => {
    for (const name of ['$KSA_NAME', '${SECRET}', '<your-secret>', 'KSA_NAME', 'my_secret', '-lead', 'trail-', 'a..b', '', 'x'.repeat(254)]) {
      expect(isObjectName(name), name).toBe(false);
    }
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit', () => {
    expect(editDistance('kafka-headless', 'kafka-headles', 2)).toBe(1);
    expect(editDistance('credentials', 'credentails', 2)).toBe(1);
    expect(editDistance('config', 'confog', 2)).toBe(1);
    expect(editDistance('same', 'same', 2)).toBe(0);
  });

  it('stops past the limit', () => {
    expect(editDistance('egress', 'ingress', 1)).toBe(2);
    expect(editDistance('short', 'a-much-longer-name', 2)).toBe(3);
  });
});

describe('similarName', () => {
  it('finds the one-edit typo, alphabetically first on ties', () => {
    expect(similarName('checkout-confg', ['checkout-config', 'payments-config'])).toBe('checkout-config');
    expect(similarName('db-credentails', ['db-credentials'])).toBe('db-credentials');
    expect(similarName('app-configs', ['app-config', 'app-configz'])).toBe('app-config');
  });

  it('leaves different words, digit variants and short names alone', () => {
    expect(similarName('istio-egressgateway-service-account', ['istio-ingressgateway-service-account'])).toBeUndefined();
    expect(similarName('worker-1', ['worker-2'])).toBeUndefined();
    expect(similarName('config-v2', ['config-v3'])).toBeUndefined();
    expect(similarName('db', ['dc'])).toBeUndefined();
    expect(similarName('api', ['app'])).toBeUndefined();
    expect(similarName('same-name', ['same-name'])).toBeUndefined();
  });
});
