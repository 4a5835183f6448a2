import { describe, expect, it } from 'vitest';
import { declaredProtocol, istioPortProtocol } from '../../src/k8s/istio-protocol.js';

describe('declaredProtocol', () => {
  it('reads the prefix up to the first dash, ignoring case', () => {
    expect(declaredProtocol('http-web')).toBe('http');
    expect(declaredProtocol('HTTP2')).toBe('http2');
    expect(declaredProtocol('tcp')).toBe('tcp');
    expect(declaredProtocol('grpc-web-api')).toBe('grpc-web');
    expect(declaredProtocol('grpc-api')).toBe('grpc');
    expect(declaredProtocol('mongo-primary')).toBe('mongo');
  });

  it('finds none where the dash is missing or the prefix is unknown', () => {
    expect(declaredProtocol('http2foo')).toBeUndefined();
    expect(declaredProtocol('web')).toBeUndefined();
    expect(declaredProtocol('metrics')).toBeUndefined();
    expect(declaredProtocol('postgres-tcp')).toBeUndefined();
  });
});

describe('istioPortProtocol', () => {
  it('leaves UDP and SCTP to the kernel', () => {
    expect(istioPortProtocol({ name: 'dns', port: 5353, protocol: 'UDP' })).toEqual({ kind: 'not-proxied' });
  });

  it('prefers appProtocol over the name', () => {
    expect(istioPortProtocol({ name: 'web', port: 80, protocol: 'TCP', appProtocol: 'HTTP' })).toEqual({ kind: 'declared', protocol: 'http' });
  });

  it('defaults the well-known server-first ports to TCP', () => {
    expect(istioPortProtocol({ name: 'db', port: 3306, protocol: 'TCP' })).toEqual({ kind: 'default-tcp' });
    expect(istioPortProtocol({ port: 27017 })).toEqual({ kind: 'default-tcp' });
  });

  it('leaves everything else to sniffing', () => {
    expect(istioPortProtocol({ name: 'postgres', port: 5432, protocol: 'TCP' })).toEqual({ kind: 'sniffed' });
    expect(istioPortProtocol({ port: 8080, protocol: 'TCP' })).toEqual({ kind: 'sniffed' });
  });
});
