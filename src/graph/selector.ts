import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1.js';
import { cached } from './memo.js';

export type Labels = Readonly<Record<string, string>>;

/**
 * A requirement no label set meets: what a malformed selector becomes. The API server would reject
 * the object, so it selects nothing, as an unknown operator does.
 */
const UNSATISFIABLE: LabelSelectorRequirement = { key: '', operator: 'Unsatisfiable' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRequirement(value: unknown): value is LabelSelectorRequirement {
  if (!isPlainObject(value) || typeof value['key'] !== 'string' || typeof value['operator'] !== 'string') return false;
  const values = value['values'];
  return values === undefined || values === null || (Array.isArray(values) && values.every((entry) => typeof entry === 'string'));
}

/**
 * A selector as written in a manifest, made safe to read: the types say LabelSelector, but the input
 * is whatever a file holds (`matchExpressions: {…}`, a string, numbers in `values`). `null` is the
 * empty selector, as the API server decodes it; any other malformed part selects nothing. Well-formed
 * selectors, nearly all of them, are returned as they are.
 */
export function normalSelector(selector: unknown): LabelSelector {
  if (selector === null || selector === undefined) return {};
  if (!isPlainObject(selector)) return { matchExpressions: [UNSATISFIABLE] };
  const labels = selector['matchLabels'];
  const expressions = selector['matchExpressions'];
  const labelsOk = labels === undefined || isPlainObject(labels);
  const expressionsOk = expressions === undefined || (Array.isArray(expressions) && expressions.every(isRequirement));
  if (labelsOk && expressionsOk) return selector as LabelSelector;
  const out: LabelSelector = {};
  if (isPlainObject(labels)) out.matchLabels = labels as Record<string, string>;
  const requirements: LabelSelectorRequirement[] = [];
  if (labels !== undefined && labels !== null && !isPlainObject(labels)) requirements.push(UNSATISFIABLE);
  if (Array.isArray(expressions)) for (const entry of expressions) requirements.push(isRequirement(entry) ? entry : withStringValues(entry));
  else if (expressions !== undefined && expressions !== null) requirements.push(UNSATISFIABLE);
  if (requirements.length > 0) out.matchExpressions = requirements;
  return out;
}

/** `values: [1, true]` reads as the strings Kubernetes would compare; anything else is unsatisfiable. */
function withStringValues(entry: unknown): LabelSelectorRequirement {
  if (!isPlainObject(entry) || typeof entry['key'] !== 'string' || typeof entry['operator'] !== 'string' || !Array.isArray(entry['values'])) return UNSATISFIABLE;
  return { key: entry['key'], operator: entry['operator'], values: entry['values'].map(String) };
}

/** A Service's `spec.selector` (a plain map) as a LabelSelector. */
export function selectorFromMap(map: Labels | undefined): LabelSelector {
  return { matchLabels: { ...map } };
}

function matchesRequirement(labels: Labels, requirement: LabelSelectorRequirement): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return has && values.includes(labels[requirement.key] as string);
    case 'NotIn':
      return !has || !values.includes(labels[requirement.key] as string);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false; // An operator the API server would reject selects nothing.
  }
}

/**
 * The one label-selector matcher: every label of `matchLabels` and every requirement of
 * `matchExpressions` must hold. An empty selector matches everything, as in NetworkPolicy and PDB.
 */
export function matchesSelector(labels: Labels, written: LabelSelector): boolean {
  for (const requirement of requirementsOf(written)) {
    if (!matchesRequirement(labels, requirement)) return false;
  }
  return true;
}

const NO_REQUIREMENTS: readonly LabelSelectorRequirement[] = Object.freeze([]);
const requirementCache = new WeakMap<object, readonly LabelSelectorRequirement[]>();

/**
 * Every requirement of a selector, `matchLabels` entries as `In` requirements first. Selectors are
 * matched against every pod of a namespace, often by several rules: they are read once per object.
 */
function requirementsOf(written: LabelSelector): readonly LabelSelectorRequirement[] {
  if (written === null || written === undefined) return NO_REQUIREMENTS;
  return typeof written === 'object' ? cached(requirementCache, written, readRequirements) : readRequirements(written);
}

function readRequirements(written: LabelSelector): readonly LabelSelectorRequirement[] {
  const selector = normalSelector(written);
  return [
    ...Object.entries(selector.matchLabels ?? {}).map(([key, value]): LabelSelectorRequirement => ({ key, operator: 'In', values: [String(value)] })),
    ...(selector.matchExpressions ?? []),
  ];
}

export function isEmptySelector(written: LabelSelector): boolean {
  const selector = normalSelector(written);
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

/** `app=kafka,tier in (db)` — how kubectl prints a selector. */
export function formatSelector(written: LabelSelector): string {
  const selector = normalSelector(written);
  const parts = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${String(value)}`);
  for (const requirement of selector.matchExpressions ?? []) {
    const values = (requirement.values ?? []).join(',');
    if (requirement.operator === 'Exists') parts.push(requirement.key);
    else if (requirement.operator === 'DoesNotExist') parts.push(`!${requirement.key}`);
    else parts.push(`${requirement.key} ${requirement.operator.toLowerCase()} (${values})`);
  }
  return parts.length === 0 ? '(everything)' : parts.join(',');
}

/** A three-valued answer for questions the input may not settle. */
export type Verdict = 'yes' | 'no' | 'maybe';

/** Labels known about an object the input may describe only in part. */
export interface LabelFacts {
  labels: Labels;
  /** Whether the object may carry `key` although `labels` lacks it. */
  mayHave(key: string): boolean;
}

const KNOWN_OPERATORS: ReadonlySet<string> = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

function requirementVerdict(facts: LabelFacts, requirement: LabelSelectorRequirement): Verdict {
  if (Object.prototype.hasOwnProperty.call(facts.labels, requirement.key)) {
    return matchesRequirement(facts.labels, requirement) ? 'yes' : 'no';
  }
  if (facts.mayHave(requirement.key)) {
    // An unknown label may or may not be there; an operator the API server would reject selects nothing.
    return KNOWN_OPERATORS.has(requirement.operator) ? 'maybe' : 'no';
  }
  return matchesRequirement(facts.labels, requirement) ? 'yes' : 'no';
}

/**
 * The label-selector matcher for objects known in part (a namespace the input does not declare, a
 * cluster component): 'maybe' when the answer depends on labels nobody told us about.
 */
export function selectorVerdict(facts: LabelFacts, written: LabelSelector): Verdict {
  let verdict: Verdict = 'yes';
  for (const requirement of requirementsOf(written)) {
    const answer = requirementVerdict(facts, requirement);
    if (answer === 'no') return 'no';
    if (answer === 'maybe') verdict = 'maybe';
  }
  return verdict;
}

/** What a selector demands of one key, as the set of values allowed (undefined: any value) and whether the key must be present. */
interface KeyDemand {
  present: boolean;
  absent: boolean;
  values?: Set<string>;
  excluded: Set<string>;
}

function demands(written: LabelSelector): Map<string, KeyDemand> | undefined {
  const selector = normalSelector(written);
  const byKey = new Map<string, KeyDemand>();
  const demand = (key: string): KeyDemand => {
    let entry = byKey.get(key);
    if (!entry) {
      entry = { present: false, absent: false, excluded: new Set() };
      byKey.set(key, entry);
    }
    return entry;
  };
  const restrict = (entry: KeyDemand, values: readonly string[]) => {
    entry.present = true;
    entry.values = new Set(entry.values === undefined ? values : values.filter((value) => entry.values?.has(value)));
  };
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) restrict(demand(key), [String(value)]);
  for (const requirement of selector.matchExpressions ?? []) {
    const entry = demand(requirement.key);
    const values = (requirement.values ?? []).map(String);
    switch (requirement.operator) {
      case 'In':
        restrict(entry, values);
        break;
      case 'NotIn':
        for (const value of values) entry.excluded.add(value);
        break;
      case 'Exists':
        entry.present = true;
        break;
      case 'DoesNotExist':
        entry.absent = true;
        break;
      default:
        return undefined;
    }
  }
  return byKey;
}

/**
 * Whether every label set `narrow` selects is also selected by `wide`. Sound (a `true` is always
 * right) and complete for the selectors people write: equalities, In, NotIn, Exists, DoesNotExist.
 */
export function selectorImplies(narrow: LabelSelector, wide: LabelSelector): boolean {
  const have = demands(narrow);
  const want = demands(wide);
  if (!have || !want) return false;
  const allowedValues = (entry: KeyDemand | undefined) => (entry?.values === undefined ? undefined : [...entry.values].filter((value) => !entry.excluded.has(value)));
  for (const entry of have.values()) {
    const allowed = allowedValues(entry);
    if ((entry.present && entry.absent) || (allowed !== undefined && allowed.length === 0)) return true; // `narrow` selects nothing
  }
  for (const [key, need] of want) {
    const got = have.get(key);
    const allowed = allowedValues(got);
    if (need.absent && !got?.absent) return false;
    if (need.present && !got?.present) return false;
    if (need.values !== undefined && (allowed === undefined || allowed.some((value) => !need.values?.has(value)))) return false;
    if (need.excluded.size > 0 && !got?.absent) {
      const excludedEverywhere = [...need.excluded].every((value) => got?.excluded.has(value) === true || (allowed !== undefined && !allowed.includes(value)));
      if (!excludedEverywhere) return false;
    }
  }
  return true;
}
