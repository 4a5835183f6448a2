import { describe, expect, it } from 'vitest';
import { isObjectName, isOneEditAway, similarName } from '../../src/k8s/object-names.js';

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

describe('isOneEditAway', () => {
  it('counts an insertion, a deletion, a substitution or an adjacent swap as one edit', () => {
    expect(isOneEditAway('kafka-headless', 'kafka-headles')).toBe(true);
    expect(isOneEditAway('kafka-headles', 'kafka-headless')).toBe(true);
    expect(isOneEditAway('credentials', 'credentails')).toBe(true);
    expect(isOneEditAway('config', 'confog')).toBe(true);
    expect(isOneEditAway('xconfig', 'config')).toBe(true);
    expect(isOneEditAway('config', 'configs')).toBe(true);
  });

  it('rejects equal strings and anything further apart', () => {
    expect(isOneEditAway('same', 'same')).toBe(false);
    expect(isOneEditAway('egress', 'ingress')).toBe(false);
    expect(isOneEditAway('abcd', 'badc')).toBe(false);
    expect(isOneEditAway('config', 'cnofgi')).toBe(false);
    expect(isOneEditAway('short', 'a-much-longer-name')).toBe(false);
    expect(isOneEditAway('abc', 'acb')).toBe(true);
    expect(isOneEditAway('abc', 'cab')).toBe(false);
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
