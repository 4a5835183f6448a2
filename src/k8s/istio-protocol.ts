/*
 * How Istio picks the protocol of a Service port (knowledge/istio.md §2.2, after Istio's
 * `ConvertProtocol`): UDP ports are UDP; otherwise `appProtocol` when set, else the port name, is
 * read up to its first dash and compared case-insensitively with the protocols Istio knows
 * (`grpc-web` whole, as it contains a dash). A few well-known ports default to TCP. Anything else
 * is left to protocol sniffing.
 */

const KNOWN_PROTOCOLS: ReadonlySet<string> = new Set(['tcp', 'udp', 'grpc', 'grpc-web', 'http', 'http_proxy', 'http2', 'https', 'tls', 'mongo', 'redis', 'mysql']);

/** Ports Istio treats as TCP when nothing names their protocol: SMTP, DNS, MySQL, MongoDB (server-first protocols). */
export const TCP_BY_DEFAULT_PORTS: ReadonlySet<number> = new Set([25, 53, 3306, 27017]);

/** The protocol a name or appProtocol declares for Istio, lower-cased; undefined when it declares none. */
export function declaredProtocol(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower.startsWith('grpc-web')) return 'grpc-web';
  const prefix = lower.split('-', 1)[0] ?? '';
  return KNOWN_PROTOCOLS.has(prefix) ? prefix : undefined;
}

export type PortProtocol =
  | { kind: 'declared'; protocol: string }
  | { kind: 'default-tcp' }
  | { kind: 'not-proxied' }
  | { kind: 'sniffed' };

/** What Istio makes of one Service port. `appProtocol` counts when set, whatever its value. */
export function istioPortProtocol(port: { name?: unknown; port?: unknown; protocol?: unknown; appProtocol?: unknown }): PortProtocol {
  const transport = typeof port.protocol === 'string' ? port.protocol : 'TCP';
  if (transport !== 'TCP') return { kind: 'not-proxied' };
  if (typeof port.appProtocol === 'string' && port.appProtocol !== '') return { kind: 'declared', protocol: port.appProtocol.toLowerCase() };
  const declared = typeof port.name === 'string' ? declaredProtocol(port.name) : undefined;
  if (declared !== undefined) return { kind: 'declared', protocol: declared };
  if (typeof port.port === 'number' && TCP_BY_DEFAULT_PORTS.has(port.port)) return { kind: 'default-tcp' };
  return { kind: 'sniffed' };
}
