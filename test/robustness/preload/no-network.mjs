// Loaded with `node --import` by test/robustness/trust.test.ts: every way Node offers to reach the
// network throws, and each attempt is also appended to the file named by SHIPSHAPE_TEST_NETWORK_LOG,
// so an attempt is seen even when the caller catches the error.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

// Opened now, written with writeSync: the no-writes preload, loaded after this one, guards the
// fs functions that open files.
const log = process.env.SHIPSHAPE_TEST_NETWORK_LOG ? fs.openSync(process.env.SHIPSHAPE_TEST_NETWORK_LOG, 'a') : undefined;

function deny(name) {
  return function denied() {
    if (log !== undefined) fs.writeSync(log, `${name}\n`);
    throw new Error(`network access is not allowed (${name})`);
  };
}

function denyAll(target, prefix, names) {
  for (const name of names) if (typeof target[name] === 'function') target[name] = deny(`${prefix}.${name}`);
}

denyAll(net, 'net', ['connect', 'createConnection', 'createServer']);
denyAll(net.Socket.prototype, 'net.Socket', ['connect']);
denyAll(tls, 'tls', ['connect', 'createServer']);
denyAll(http, 'http', ['request', 'get', 'createServer']);
denyAll(https, 'https', ['request', 'get', 'createServer']);
denyAll(http2, 'http2', ['connect', 'createServer', 'createSecureServer']);
denyAll(dgram, 'dgram', ['createSocket']);
const resolvers = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt', 'reverse'];
denyAll(dns, 'dns', resolvers);
denyAll(dns.promises, 'dns.promises', resolvers);
denyAll(dns.Resolver.prototype, 'dns.Resolver', resolvers);
denyAll(globalThis, 'globalThis', ['fetch', 'WebSocket', 'EventSource']);
syncBuiltinESMExports();
