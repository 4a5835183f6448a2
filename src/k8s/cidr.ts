/** A contiguous block of addresses of one family, bounds inclusive. */
export interface AddressRange {
  family: 4 | 6;
  first: bigint;
  last: bigint;
}

const BITS = { 4: 32, 6: 128 } as const;

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  let address = text;
  // An embedded IPv4 tail (`::ffff:10.0.0.1`) stands for the last two groups.
  const lastColon = address.lastIndexOf(':');
  const tail = address.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIpv4(tail);
    if (v4 === undefined) return undefined;
    address = `${address.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string | undefined) => (half === undefined || half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  let value = 0n;
  for (const group of [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...rest]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/** `10.0.0.0/8` or `fd00::/8` as a range; undefined when it is not a valid CIDR. */
export function parseCidr(text: string): AddressRange | undefined {
  const slash = text.indexOf('/');
  if (slash === -1) return undefined;
  const prefixText = text.slice(slash + 1);
  const addressText = text.slice(0, slash);
  const family: 4 | 6 = addressText.includes(':') ? 6 : 4;
  const address = family === 4 ? parseIpv4(addressText) : parseIpv6(addressText);
  if (address === undefined || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const bits = BITS[family];
  const prefix = Number(prefixText);
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const first = (address >> hostBits) << hostBits;
  return { family, first, last: first + (1n << hostBits) - 1n };
}

function overlaps(a: AddressRange, b: AddressRange): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/** What is left of `ranges` after removing `holes`. */
export function subtractRanges(ranges: readonly AddressRange[], holes: readonly AddressRange[]): AddressRange[] {
  let current = [...ranges];
  for (const hole of holes) {
    const next: AddressRange[] = [];
    for (const range of current) {
      if (!overlaps(range, hole)) {
        next.push(range);
        continue;
      }
      if (range.first < hole.first) next.push({ family: range.family, first: range.first, last: hole.first - 1n });
      if (range.last > hole.last) next.push({ family: range.family, first: hole.last + 1n, last: range.last });
    }
    current = next;
  }
  return current;
}

export function anyOverlap(a: readonly AddressRange[], b: readonly AddressRange[]): boolean {
  return a.some((left) => b.some((right) => overlaps(left, right)));
}

/**
 * The addresses an ipBlock stands for: its CIDR minus its exceptions. Undefined when the CIDR is
 * not valid (the API server would reject it, so nothing can be concluded).
 */
export function ipBlockRanges(block: { cidr?: unknown; except?: unknown }): AddressRange[] | undefined {
  if (typeof block.cidr !== 'string') return undefined;
  const cidr = parseCidr(block.cidr);
  if (!cidr) return undefined;
  const except = Array.isArray(block.except) ? block.except : [];
  const holes = except.map((entry) => (typeof entry === 'string' ? parseCidr(entry) : undefined)).filter((range): range is AddressRange => range !== undefined);
  return subtractRanges([cidr], holes);
}

function cidrs(...texts: string[]): readonly AddressRange[] {
  return texts.map((text) => {
    const range = parseCidr(text);
    if (!range) throw new Error(`not a CIDR: ${text}`);
    return range;
  });
}

/**
 * Where pod and Service IPs of a cluster can be: the private IPv4 ranges, the shared (CGNAT) range
 * some providers use for pods, and all of IPv6 (dual-stack clusters often give pods global
 * addresses). A cluster on public IPv4 ranges is possible but rare; the docs of the rules say so.
 */
export const CLUSTER_ADDRESSES: readonly AddressRange[] = cidrs('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '::/0');

/** NodeLocal DNSCache's default link-local listen address, which pods may query instead of kube-dns. */
export const NODE_LOCAL_DNS: readonly AddressRange[] = cidrs('169.254.20.10/32');

/** Any address at all: a host outside the pod network (the API server) may have any. */
export const ANY_ADDRESS: readonly AddressRange[] = cidrs('0.0.0.0/0', '::/0');
