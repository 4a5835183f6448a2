/** Summaries of timing samples for the benchmarks: medians, and how two builds differ run by run. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2), exactly enough for the run counts a benchmark uses. */
function binomialHalfCdf(k: number, n: number): number {
  let term = 0.5 ** n;
  let sum = 0;
  for (let i = 0; i <= k; i += 1) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return sum;
}

/** A median with a distribution-free interval that covers the true median with ≥ 95%. */
export interface MedianEstimate {
  median: number;
  /** Order statistics of the sorted values, from the sign test; undefined below 6 values, where no such interval exists. */
  interval: readonly [number, number] | undefined;
}

export function medianWithInterval(values: readonly number[]): MedianEstimate {
  const sorted = [...values].sort((x, y) => x - y);
  const n = sorted.length;
  // The largest k with P(X < k) ≤ 2.5%: then [v(k), v(n−k+1)] covers the median with ≥ 95%.
  let k = 0;
  while (k + 1 <= n && binomialHalfCdf(k, n) <= 0.025) k += 1;
  const interval = k >= 1 ? ([sorted[k - 1] ?? NaN, sorted[n - k] ?? NaN] as const) : undefined;
  return { median: median(sorted), interval };
}

export interface PairedDifference extends MedianEstimate {
  /** Rounds in which b took less than a, and rounds in all. */
  bFaster: number;
  rounds: number;
}

function assertPaired(a: readonly number[], b: readonly number[]): void {
  if (a.length !== b.length) throw new Error(`paired samples need equal counts, not ${a.length} and ${b.length}`);
}

/**
 * How b differs from a (b − a; negative when b is faster) when both ran once in each round:
 * differences taken within a round cancel the machine's slow drifts (other tenants, thermal state)
 * that make two separate medians disagree by more than a small change is worth.
 */
export function pairedDifference(a: readonly number[], b: readonly number[]): PairedDifference {
  assertPaired(a, b);
  const estimate = medianWithInterval(b.map((value, i) => value - (a[i] ?? NaN)));
  return { ...estimate, bFaster: b.filter((value, i) => value < (a[i] ?? NaN)).length, rounds: b.length };
}

/** How many times longer `peer` took than `self`, round by round (both ran once in each round). */
export function pairedRatio(self: readonly number[], peer: readonly number[]): MedianEstimate {
  assertPaired(self, peer);
  return medianWithInterval(peer.map((value, i) => value / (self[i] ?? NaN)));
}

export interface CountComparison {
  /** (median b − median a) ÷ median a: −0.01 when b needs 1% fewer. */
  relative: number;
  /** 'fewer' or 'more' only when every b lies outside a's whole range, on one side. */
  verdict: 'fewer' | 'more' | 'overlap';
}

/**
 * Two builds' instruction counts (or one part of them). Counted under valgrind with V8 on one thread
 * and fixed seeds, the same build's counts spread by about a hundredth of a percent, so a few runs
 * suffice: a difference counts only when the two ranges are apart.
 */
export function compareCounts(a: readonly number[], b: readonly number[]): CountComparison {
  if (a.length === 0 || b.length === 0) throw new Error('counts of both builds are needed');
  const relative = (median(b) - median(a)) / median(a);
  const verdict = Math.max(...b) < Math.min(...a) ? 'fewer' : Math.min(...b) > Math.max(...a) ? 'more' : 'overlap';
  return { relative, verdict };
}
