import { describe, expect, it } from 'vitest';
import { CLUSTER_ADDRESSES, NODE_LOCAL_DNS, anyOverlap, ipBlockRanges, parseCidr } from '../../src/k8s/cidr.js';

describe('parseCidr', () => {
  it('reads IPv4 and IPv6 blocks and masks host bits', () => {
    expect(parseCidr('10.1.2.3/8')).toEqual({ family: 4, first: 0x0a000000n, last: 0x0affffffn });
    expect(parseCidr('0.0.0.0/0')).toEqual({ family: 4, first: 0n, last: 0xffffffffn });
    expect(parseCidr('fd00::/8')).toEqual({ family: 6, first: 0xfdn << 120n, last: (0xfen << 120n) - 1n });
    expect(parseCidr('::ffff:10.0.0.1/128')?.first).toBe(0xffff0a000001n);
    expect(parseCidr('2001:db8::1/128')?.first).toBe(0x20010db8000000000000000000000001n);
  });

  it('rejects what the API server rejects', () => {
    for (const text of ['10.0.0.0', '10.0.0/8', '256.0.0.0/8', '10.0.0.0/33', 'fd00::/129', '1::2::3/64', 'x/8', '1:2:3:4:5:6:7:8:9/64']) {
      expect(parseCidr(text), text).toBeUndefined();
    }
  });
});

describe('ipBlockRanges', () => {
  it('removes the exceptions', () => {
    const internet = ipBlockRanges({ cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'] });
    expect(internet).toBeDefined();
    expect(anyOverlap(internet ?? [], CLUSTER_ADDRESSES)).toBe(false);
    expect(anyOverlap(internet ?? [], NODE_LOCAL_DNS)).toBe(true);
  });

  it('keeps what the exceptions leave of a private range', () => {
    const ranges = ipBlockRanges({ cidr: '10.0.0.0/8', except: ['10.0.0.0/9'] }) ?? [];
    expect(ranges).toEqual([{ family: 4, first: 0x0a800000n, last: 0x0affffffn }]);
    expect(anyOverlap(ranges, CLUSTER_ADDRESSES)).toBe(true);
  });

  it('tells external blocks from cluster ones', () => {
    expect(anyOverlap(ipBlockRanges({ cidr: '203.0.113.0/24' }) ?? [], CLUSTER_ADDRESSES)).toBe(false);
    expect(anyOverlap(ipBlockRanges({ cidr: '169.254.169.254/32' }) ?? [], [...CLUSTER_ADDRESSES, ...NODE_LOCAL_DNS])).toBe(false);
    expect(anyOverlap(ipBlockRanges({ cidr: '2001:db8::/32' }) ?? [], CLUSTER_ADDRESSES)).toBe(true);
  });

  it('gives nothing for an invalid block', () => {
    expect(ipBlockRanges({ cidr: 'nonsense' })).toBeUndefined();
    expect(ipBlockRanges({})).toBeUndefined();
  });
});
