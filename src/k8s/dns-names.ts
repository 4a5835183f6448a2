import { StringMemo } from '../graph/memo.js';
import { POD_NAME_MARK, UNKNOWN_MARK } from './container-env.js';

/*
 * Cluster DNS names in free text: first the host names a text mentions (in lists `a:9092,b:9092`,
 * KRaft voters `0@host:9093`, URLs, `host:port`), then what a host means to cluster DNS, given the
 * resolver's search path `<ns>.svc.<domain> svc.<domain> <domain>`:
 *
 *   <svc>.<ns>.svc.<domain>          a Service            (also `<svc>.<ns>.svc`, `<svc>.<ns>`)
 *   <pod>.<svc>.<ns>.svc.<domain>    a pod of a headless Service (also without the domain, or `<pod>.<svc>` in the same namespace)
 *   _<port>._<proto>.<svc>.<ns>.svc.<domain>   an SRV record of a named Service port
 *
 * Variables stay visible: a label written with `$(VAR)`, `${VAR}` or `$VAR` that was not expanded is
 * unknown, and POD_NAME_MARK stands for the pod's own name.
 */

/** A host name mentioned in a text. */
export interface HostMention {
  /** The host as written in the text (variables included), without a trailing dot. */
  host: string;
  /** Offsets of the host in the text. */
  start: number;
  end: number;
  /** The port written after it (`host:9092`). */
  port?: number;
  /** The SRV service a client looks up in front of the host: `mongodb+srv://h` asks for `_mongodb._tcp.h`. */
  srv?: { service: string; protocol: string };
}

const VARIABLE = String.raw`\$\([A-Za-z_][A-Za-z0-9_]*\)|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*`;
const PIECE = String.raw`(?:[A-Za-z0-9_\-${POD_NAME_MARK}${UNKNOWN_MARK}]|${VARIABLE})`;
/**
 * Dot-separated labels, at least two. Not inside a longer word, a path (`/etc/x.conf`, but `//host` is
 * a URL) or a template (`{{ .ns }}.svc`). The repetitions are bounded by DNS's own limits (63
 * characters a label, 127 labels): an unbounded `(…|…)+` backtracks one stack frame per character,
 * and a 10 MB word in a ConfigMap overflowed the stack.
 */
const HOST = new RegExp(String.raw`(?<![A-Za-z0-9_.\-$}{%\\${POD_NAME_MARK}${UNKNOWN_MARK}])(?<![^/]/)(?<!^/)${PIECE}{1,63}(?:\.${PIECE}{1,63}){1,126}\.?(?!\.?[{$%(\[@A-Za-z0-9_])`, 'g');

const SRV_SCHEMES: Readonly<Record<string, { service: string; protocol: string }>> = {
  'mongodb+srv': { service: 'mongodb', protocol: 'tcp' },
};

const VARIABLES = new RegExp(VARIABLE, 'g');

function withoutVariables(text: string): string {
  return text.replace(VARIABLES, '');
}

/**
 * Every host name mentioned in a text. Names with capitals are not cluster names (Java classes, hosts
 * in prose). Remembered by text: the same env values and arguments recur across workloads (a third
 * of the texts of the 5k bench input are distinct).
 */
export function hostMentions(text: string): readonly Readonly<HostMention>[] {
  return mentionMemo.get(text);
}

const mentionMemo = new StringMemo(findHostMentions);

function findHostMentions(text: string): HostMention[] {
  const mentions: HostMention[] = [];
  // Most env values and args (`true`, `8080`, `--verbose`) have no dot, and so no name.
  if (!text.includes('.')) return mentions;
  for (const match of text.matchAll(HOST)) {
    const start = match.index;
    const host = match[0].endsWith('.') ? match[0].slice(0, -1) : match[0];
    if (/[A-Z]/.test(withoutVariables(host))) continue;
    const end = start + host.length;
    const after = text.slice(start + match[0].length);
    // `service.name=x` and `log.level: info` are keys, not hosts: a host is followed by a port, if by anything.
    if (after.startsWith('=') || /^:(?!\d)/.test(after)) continue;
    const mention: HostMention = { host, start, end };
    const port = /^:(\d{1,5})(?!\d)/.exec(after);
    if (port?.[1] !== undefined) mention.port = Number(port[1]);
    const before = text.slice(Math.max(0, start - 200), start);
    const scheme = before.includes('://') ? /([a-z][a-z0-9+.-]*):\/\/(?:[^\s@/]*@)?$/.exec(before) : null;
    const srv = scheme?.[1] === undefined || !Object.hasOwn(SRV_SCHEMES, scheme[1]) ? undefined : SRV_SCHEMES[scheme[1]];
    if (srv) mention.srv = srv;
    mentions.push(mention);
  }
  return mentions;
}

/** A label: literal text, the pod's own name, or unknown (a variable nobody set). */
export type Label = { kind: 'literal'; text: string } | { kind: 'own-pod' } | { kind: 'unknown' };

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Service names start with a letter (RFC 1035), unlike namespaces and hostnames. */
const SERVICE_LABEL = /^[a-z]/;
const SRV_LABEL = /^_[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function label(text: string): Label | undefined {
  if (text === POD_NAME_MARK) return { kind: 'own-pod' };
  if (text.includes('$') || text.includes(UNKNOWN_MARK) || text.includes(POD_NAME_MARK)) return { kind: 'unknown' };
  if (DNS_LABEL.test(text) && text.length <= 63) return { kind: 'literal', text };
  return undefined;
}

/** What a name asks cluster DNS for. `namespace` undefined means the namespace of whoever resolves it. */
export type ClusterName =
  | { form: 'service'; service: Label; namespace: Label | undefined }
  | { form: 'pod'; pod: Label; service: Label; namespace: Label | undefined }
  | { form: 'srv'; port: string; protocol: string; service: Label; namespace: Label | undefined }
  /** `<ns>.svc.<domain>`: a search domain, as in a sidecar's `--domain`. */
  | { form: 'namespace'; namespace: Label };

/** Shared between every mention of the same host (see parseHost): never changed. */
export interface ParsedHost {
  /**
   * The cluster domain written after `svc` (`cluster.local`); '' for names that end in `.svc`;
   * undefined for names without `svc`, which only the search path completes.
   */
  readonly domain?: string;
  /** What the name may mean, in the order the resolver tries them. Empty: not a cluster name. */
  readonly meanings: readonly Readonly<ClusterName>[];
}

function serviceMeanings(labels: readonly string[], namespaceText: string | undefined): ClusterName[] {
  const namespace = namespaceText === undefined ? undefined : label(namespaceText);
  if (namespaceText !== undefined && namespace === undefined) return [];
  const parts = labels.map((text) => ({ text, parsed: label(text) }));
  const service = parts[parts.length - 1];
  if (service?.parsed?.kind === 'literal' && !SERVICE_LABEL.test(service.text)) return [];
  if (parts.length === 1) return service?.parsed ? [{ form: 'service', service: service.parsed, namespace }] : [];
  if (parts.length === 2) {
    const pod = parts[0];
    return pod?.parsed && service?.parsed ? [{ form: 'pod', pod: pod.parsed, service: service.parsed, namespace }] : [];
  }
  if (parts.length === 3) {
    const [port, protocol] = parts;
    if (!port || !protocol || !SRV_LABEL.test(port.text) || !SRV_LABEL.test(protocol.text) || !service?.parsed) return [];
    return [{ form: 'srv', port: port.text.slice(1), protocol: protocol.text.slice(1), service: service.parsed, namespace }];
  }
  return [];
}

/** Reads a host as cluster DNS would, for a client whose search path ends in `<domain>`; remembered by host (a fifth are distinct). */
export function parseHost(host: string): ParsedHost {
  return hostMemo.get(host);
}

const hostMemo = new StringMemo(readHost);

function readHost(host: string): ParsedHost {
  const labels = host.toLowerCase().split('.');
  const svc = labels.lastIndexOf('svc');
  if (svc >= 1) {
    const domain = labels.slice(svc + 1).join('.');
    const before = labels.slice(0, svc);
    if (before.length === 1) {
      const namespace = label(before[0] ?? '');
      return { domain, meanings: namespace ? [{ form: 'namespace', namespace }] : [] };
    }
    return { domain, meanings: serviceMeanings(before.slice(0, -1), before[before.length - 1]) };
  }
  // Without `svc`, only the search path makes it a cluster name: `<ns>.svc.<domain>` first, then `svc.<domain>`.
  if (labels.length < 2) return { meanings: [] };
  const inOwnNamespace = serviceMeanings(labels, undefined);
  const inNamedNamespace = serviceMeanings(labels.slice(0, -1), labels[labels.length - 1]);
  return { meanings: [...inOwnNamespace, ...inNamedNamespace] };
}
