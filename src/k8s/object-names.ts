/** A DNS-1123 subdomain: what Kubernetes requires of ConfigMap, Secret, ServiceAccount and most names. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Whether a name can belong to an object at all. `$KSA_NAME`, `<your-secret>` and `MY_SECRET` are
 * placeholders left for a human or a template engine; they never resolve, and saying so is noise.
 */
export function isObjectName(name: string): boolean {
  return name.length <= 253 && DNS_SUBDOMAIN.test(name);
}

/**
 * Whether two different strings are one edit apart: one character inserted, deleted or replaced, or
 * two adjacent characters swapped. Linear, because it runs against every name of a kind in a namespace.
 */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA + restB === 1 || (restA === 1 && restB === 1)) return true;
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
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
    if (!isOneEditAway(name, candidate) || sameButDigits(name, candidate)) continue;
    if (best === undefined || candidate < best) best = candidate;
  }
  return best;
}

/** Below this, one edit turns a name into an unrelated one (`db` and `dc`). */
const MIN_TYPO_LENGTH = 4;

function sameButDigits(a: string, b: string): boolean {
  return a.replace(/[0-9]/g, '0') === b.replace(/[0-9]/g, '0');
}
