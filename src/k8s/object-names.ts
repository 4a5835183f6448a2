/** A DNS-1123 subdomain: what Kubernetes requires of ConfigMap, Secret, ServiceAccount and most names. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Whether a name can belong to an object at all. `$KSA_NAME`, `<your-secret>` and `MY_SECRET` are
 * placeholders left for a human or a template engine; they never resolve, and saying so is noise.
 */
export function isObjectName(name: string): boolean {
  return name.length <= 253 && DNS_SUBDOMAIN.test(name);
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The candidate a misspelt name most likely meant: one edit away (a missing, extra, wrong or swapped
 * character), in a name long enough for one edit to be a slip rather than another word. Names that
 * differ only in digits (`worker-1`, `config-v2`) are different objects, not typos. Ties go to the
 * alphabetically first, for stable output.
 */
export function similarName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length < MIN_TYPO_LENGTH) return undefined;
  let best: string | undefined;
  for (const candidate of candidates) {
    if (candidate === name || editDistance(name, candidate, 1) > 1 || sameButDigits(name, candidate)) continue;
    if (best === undefined || candidate < best) best = candidate;
  }
  return best;
}

/** Below this, one edit turns a name into an unrelated one (`db` and `dc`). */
const MIN_TYPO_LENGTH = 4;

function sameButDigits(a: string, b: string): boolean {
  return a.replace(/[0-9]/g, '0') === b.replace(/[0-9]/g, '0');
}
