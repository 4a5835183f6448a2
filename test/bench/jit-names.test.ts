import { describe, expect, it } from 'vitest';
import { callersOf, codeAt, functionName, readPerfMap, selfCosts } from '../../scripts/bench/jit-names.js';

// Made-up addresses and counts, in the shapes node's perf map and callgrind_annotate write.
const PERF_MAP = [
  'd064c80 1554 JS:*scanKey /app/dist/cli.cjs:100:17',
  'd058180 d40 JS:^scanKey /app/dist/cli.cjs:100:17',
  'not a map line',
  'd066a40 370 JS:*nextLine /app/dist/cli.cjs:40:18',
  '',
].join('\n');

const SELF_LISTING = [
  '--------------------------------------------------------------------------------',
  '3,273,786,779 (100.0%)  PROGRAM TOTALS',
  '',
  '220,033,086 ( 6.72%)  ???:Builtins_LoadIC [/usr/bin/node]',
  "141,275,980 ( 4.32%)  ???:0x000000000d064d00 [???]",
  " 86,803,824 ( 2.65%)  ???:0x000000000d064e00'2 [???]",
  '  5,000,000 ( 0.15%)  ???:0x000000000d058200 [???]',
  '  4,000,000 ( 0.12%)  ???:0x000000000c000000 [???]',
  '  3,000,000 ( 0.09%)  ./malloc/./malloc/malloc.c:_int_free [/usr/lib/x86_64-linux-gnu/libc.so.6]',
  '  2,000,000 ( 0.06%)  ???:v8::internal::Scavenger::ScavengeObject(v8::internal::FullHeapObjectSlot, v8::internal::HeapObject) [/usr/bin/node]',
].join('\n');

const CALLER_TREE = [
  ' 36,581,007 ( 1.11%)  < ???:v8::internal::Runtime_StringEqual(int, unsigned long*, v8::internal::Isolate*) (101,100x) [/usr/bin/node]',
  " 27,883,047 ( 0.85%)  < ???:0x000000000d064d00 (180,598x) [???]",
  " 1,000,000 ( 0.03%)  < ???:0x000000000d064e00'2 (1,000x) [???]",
  '  9,703,772 ( 0.29%)  < ???:Builtins_FindOrderedHashMapEntry (136,578x) [/usr/bin/node]',
  ' 16,628,220 ( 0.50%)  *  ???:Builtins_StringEqual [/usr/bin/node]',
  '',
  '  7,455,068 ( 0.23%)  < ???:Builtins_LoadICBaseline (73,176x) [/usr/bin/node]',
  '  5,126,221 ( 0.16%)  *  ???:Builtins_LoadIC [/usr/bin/node]',
].join('\n');

describe('names for JIT code in a callgrind profile', () => {
  const ranges = readPerfMap(PERF_MAP);

  it('reads a perf map into sorted ranges and finds the code holding an address', () => {
    expect(ranges.map((range) => range.start)).toEqual([0xd058180, 0xd064c80, 0xd066a40]);
    expect(codeAt(ranges, 0xd064c80)).toBe('JS:*scanKey /app/dist/cli.cjs:100:17');
    expect(codeAt(ranges, 0xd064c80 + 0x1553)).toBe('JS:*scanKey /app/dist/cli.cjs:100:17');
    expect(codeAt(ranges, 0xd064c80 + 0x1554)).toBeUndefined();
    expect(codeAt(ranges, 0xd058180 - 1)).toBeUndefined();
    expect(codeAt([], 0xd058180)).toBeUndefined();
  });

  it('names JIT addresses, drops recursion marks and object files, and leaves unknown addresses as they are', () => {
    expect(functionName("???:0x000000000d064e00'2", ranges)).toBe('JS:*scanKey /app/dist/cli.cjs:100:17');
    expect(functionName('???:Builtins_LoadIC', ranges)).toBe('Builtins_LoadIC');
    expect(functionName('./malloc/./malloc/malloc.c:_int_free', ranges)).toBe('_int_free');
    expect(functionName('???:v8::internal::Runtime_StringEqual(int, unsigned long*)', ranges)).toBe('v8::internal::Runtime_StringEqual(int, unsigned long*)');
    expect(functionName('???:0x000000000c000000', ranges)).toBe('0x000000000c000000');
  });

  it('sums self instructions by function, the tiers of one function apart', () => {
    const costs = selfCosts(SELF_LISTING, ranges);
    expect(costs.get('JS:*scanKey /app/dist/cli.cjs:100:17')).toBe(141_275_980 + 86_803_824);
    expect(costs.get('JS:^scanKey /app/dist/cli.cjs:100:17')).toBe(5_000_000);
    expect(costs.get('Builtins_LoadIC')).toBe(220_033_086);
    expect(costs.get('_int_free')).toBe(3_000_000);
    expect(costs.get('v8::internal::Scavenger::ScavengeObject(v8::internal::FullHeapObjectSlot, v8::internal::HeapObject)')).toBe(2_000_000);
    expect(costs.has('PROGRAM TOTALS')).toBe(false);
    expect([...costs.values()].reduce((a, b) => a + b, 0)).toBe(220_033_086 + 141_275_980 + 86_803_824 + 5_000_000 + 4_000_000 + 3_000_000 + 2_000_000);
  });

  it('lists the callers of one function from its own block only, named and summed', () => {
    expect(callersOf(CALLER_TREE, 'Builtins_StringEqual', ranges)).toEqual([
      { name: 'v8::internal::Runtime_StringEqual(int, unsigned long*, v8::internal::Isolate*)', instructions: 36_581_007, calls: 101_100 },
      { name: 'JS:*scanKey /app/dist/cli.cjs:100:17', instructions: 27_883_047 + 1_000_000, calls: 181_598 },
      { name: 'Builtins_FindOrderedHashMapEntry', instructions: 9_703_772, calls: 136_578 },
    ]);
    expect(callersOf(CALLER_TREE, 'Builtins_LoadIC', ranges)).toEqual([{ name: 'Builtins_LoadICBaseline', instructions: 7_455_068, calls: 73_176 }]);
    expect(callersOf(CALLER_TREE, 'Builtins_Missing', ranges)).toEqual([]);
  });
});
