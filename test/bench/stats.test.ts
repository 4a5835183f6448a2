import { describe, expect, it } from 'vitest';
import { instructionParts } from '../../scripts/bench/instructions.js';
import { compareCounts, median, pairedDifference, pairedRatio } from '../../scripts/bench/stats.js';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('summarises b − a round by round', () => {
    const a = [100, 120, 90, 110, 105, 95, 130, 100, 98, 102];
    const b = a.map((value, i) => value - 5 + (i % 3));
    const difference = pairedDifference(a, b);
    expect(difference.median).toBe(-4);
    expect(difference.bFaster).toBe(10);
    expect(difference.rounds).toBe(10);
    // n = 10: P(X ≤ 1) = 11/1024 ≤ 2.5% < P(X ≤ 2), so the interval is [d(2), d(9)].
    expect(difference.interval).toEqual([-5, -3]);
  });

  it('gives an interval that contains zero when the builds do not differ', () => {
    const a = [10, 12, 11, 13, 9, 10, 12, 11, 10, 12, 11, 13, 9, 10, 12];
    const b = [11, 11, 12, 12, 10, 9, 13, 10, 11, 11, 12, 12, 8, 11, 11];
    const { interval, median: middle } = pairedDifference(a, b);
    expect(interval).toBeDefined();
    const [low, high] = interval ?? [NaN, NaN];
    expect(low).toBeLessThanOrEqual(0);
    expect(high).toBeGreaterThanOrEqual(0);
    expect(middle).toBeGreaterThanOrEqual(low);
    expect(middle).toBeLessThanOrEqual(high);
  });

  it('has no interval below 6 rounds and refuses unpaired samples', () => {
    expect(pairedDifference([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]).interval).toBeUndefined();
    expect(pairedDifference([1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 6, 7]).interval).toEqual([1, 1]);
    expect(() => pairedDifference([1, 2], [1])).toThrow(/equal counts/);
  });

  it('gives the ratio of a peer to shipshape round by round', () => {
    const self = [0.4, 0.42, 0.39, 0.5, 0.41, 0.4, 0.43];
    const peer = [0.8, 0.84, 0.9, 1.0, 0.82, 0.88, 0.86];
    const ratio = pairedRatio(self, peer);
    expect(ratio.median).toBeCloseTo(2, 10);
    // n = 7: k = 1, so the interval spans the smallest and largest ratio.
    expect(ratio.interval?.[0]).toBeCloseTo(2, 10);
    expect(ratio.interval?.[1]).toBeCloseTo(0.9 / 0.39, 10);
    expect(() => pairedRatio([1], [])).toThrow(/equal counts/);
  });
});

describe('instruction counts', () => {
  it('splits a count into the optimising compiler, the garbage collector and the program', () => {
    const listing = [
      '--------------------------------------------------------------------------------',
      '3,465,255,031 (100.0%)  PROGRAM TOTALS',
      '--------------------------------------------------------------------------------',
      '3,031,103,314 (87.47%)  ???:node::Start(int, char**) [/usr/bin/node]',
      '  334,655,503 ( 9.66%)  ???:v8::internal::Compiler::CompileOptimized(v8::internal::Isolate*, v8::internal::Handle<v8::internal::JSFunction>) [/usr/bin/node]',
      '  292,554,801 ( 8.44%)  ???:v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason) [/usr/bin/node]',
      "   12,000,000 ( 0.35%)  ???:v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason)'2 [/usr/bin/node]",
      '  141,896,025 ( 4.09%)  ???:v8::internal::IncrementalMarking::Step(double, v8::internal::StepOrigin) [/usr/bin/node]',
      '   73,350,824 ( 2.12%)  ???:v8::internal::Compiler::Compile(v8::internal::Isolate*, v8::internal::Handle<v8::internal::JSFunction>) [/usr/bin/node]',
    ].join('\n');
    expect(instructionParts(listing)).toEqual({ total: 3_465_255_031, compiler: 334_655_503, collector: 292_554_801 + 141_896_025, program: 3_465_255_031 - 334_655_503 - 292_554_801 - 141_896_025 });
    expect(instructionParts('valgrind: no such file\n')).toBeUndefined();
  });

  it('says fewer or more only when the two ranges are apart', () => {
    const base = [3449.5e6, 3449.6e6, 3449.9e6];
    expect(compareCounts(base, [3440.1e6, 3440.3e6, 3441.0e6]).verdict).toBe('fewer');
    expect(compareCounts(base, [3452.0e6, 3453.0e6, 3451.0e6]).verdict).toBe('more');
    expect(compareCounts(base, [3449.4e6, 3449.7e6, 3450.1e6]).verdict).toBe('overlap');
    expect(compareCounts([100], [99]).relative).toBeCloseTo(-0.01, 10);
  });
});
