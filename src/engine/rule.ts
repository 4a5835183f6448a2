import type { ResourceGraph } from '../graph/graph.js';
import type { KindName } from '../graph/kinds.js';
import type { Resource } from '../graph/resource.js';
import type { PathSegment, SourceRange } from '../parse/source.js';
import type { Fix, Severity } from './diagnostic.js';
import type { Settings } from './settings.js';

/** A closed set, so a typo is a compile error; rule groups in docs and presets come from it. */
export type Category = 'yaml' | 'schema' | 'workloads' | 'services' | 'dns' | 'istio' | 'network-policy' | 'rbac';

export const CATEGORIES: readonly Category[] = ['yaml', 'schema', 'workloads', 'services', 'dns', 'istio', 'network-policy', 'rbac'];

/** The three questions every rule answers, rendered in READMEs, `explain` and editor hover. */
export interface RuleDocs {
  /** How to see the problem. */
  diagnosis: string;
  /** What to change. */
  fix: string;
  /** What breaks at run time, and why the fix works. */
  why: string;
  /** Which world the rule assumes, when it judges something missing. */
  world?: string;
}

/** A rendered message with its id, so tests assert ids and a misspelt id fails to compile. */
export interface RuleMessage {
  id: string;
  text: string;
}

type MessageFormatters = Record<string, (...args: never[]) => string>;

export type MessageBuilders<M extends MessageFormatters> = {
  readonly [Id in keyof M]: (...args: Parameters<M[Id]>) => RuleMessage;
};

/** A place in the input: a path inside a resource (the current one unless named). */
export interface Location {
  resource?: Resource;
  path?: readonly PathSegment[];
  /** Point at the key rather than the value (unknown or misplaced fields). */
  key?: boolean;
}

export interface RelatedInput extends Location {
  message: string;
}

export interface ReportInput {
  /** Where the problem is; defaults to the resource's `metadata.name`. */
  at?: readonly PathSegment[] | Location;
  related?: readonly RelatedInput[];
  fix?: (rangeOf: (location: Location) => SourceRange) => Fix;
  /**
   * A milder finding than the rule's usual one: 'warning' caps the configured severity for this
   * diagnostic (a rule set to 'error' reports it as a warning; 'off' still silences it).
   */
  severity?: 'warning';
}

export interface RuleContext<M extends MessageFormatters, O> {
  readonly graph: ResourceGraph;
  readonly settings: Settings;
  readonly options: O;
  readonly messages: MessageBuilders<M>;
  report(message: RuleMessage, input?: ReportInput): void;
}

/** Kinds a rule inspects: typed names, any other kind by name, or '*' for every resource. */
export type TargetKind = KindName | (string & {}) | '*';

type BodyResource<K> = K extends KindName ? Resource<K> : Resource;

export interface RuleOptionsSpec<O> {
  defaults: O;
  /** JSON Schema of the options object (collected into the config schema). */
  schema: Record<string, unknown>;
}

export interface RuleDefinition<K extends TargetKind, M extends MessageFormatters, O> {
  id: string;
  category: Category;
  severity: Severity;
  description: string;
  docs: RuleDocs;
  /** In the `recommended` preset (default true); `all` enables every rule. */
  recommended?: boolean;
  /** Kinds whose resources are passed to `check`, one at a time. */
  target: readonly K[];
  /** Other kinds the rule looks up in the graph. */
  reads?: readonly TargetKind[];
  messages: M;
  options?: RuleOptionsSpec<O>;
  check(resource: BodyResource<K>, context: RuleContext<M, O>): void;
}

/** A rule as the engine sees it: metadata plus a check over one resource. */
export interface Rule {
  readonly id: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly description: string;
  readonly docs: RuleDocs;
  readonly recommended: boolean;
  readonly target: readonly string[];
  readonly reads: readonly string[];
  readonly messageIds: readonly string[];
  readonly options?: RuleOptionsSpec<unknown>;
  /** 'parser' rules are reported by the load and parse stages, not by a check. */
  readonly stage: 'graph' | 'parser';
  readonly check?: (resource: Resource, context: RuleContext<MessageFormatters, unknown>) => void;
  /** Builds the typed message builders for a context. */
  readonly messages: MessageBuilders<MessageFormatters>;
}

function buildMessages<M extends MessageFormatters>(formatters: M): MessageBuilders<M> {
  const builders: Record<string, (...args: never[]) => RuleMessage> = {};
  for (const [id, format] of Object.entries(formatters)) {
    builders[id] = (...args: never[]) => ({ id, text: format(...args) });
  }
  return builders as MessageBuilders<M>;
}

type SharedMetadata<M extends MessageFormatters> = Pick<RuleDefinition<never, M, never>, 'id' | 'category' | 'severity' | 'description' | 'docs' | 'recommended' | 'messages'>;

/** What sets one kind of rule apart from the other. */
type RuleRole = Pick<Rule, 'target' | 'reads' | 'options' | 'stage' | 'check'>;

/**
 * A rule with the metadata both kinds carry, resolved once. Every field is written out, in one order
 * and present even when undefined, so that every rule has one hidden class and the rule loop's reads
 * of `check` and `id` stay monomorphic (spread gave each rule a class of its own: see with-fields.ts).
 */
function ruleOf<M extends MessageFormatters>(definition: SharedMetadata<M>, role: RuleRole): Rule {
  return {
    id: definition.id,
    category: definition.category,
    severity: definition.severity,
    description: definition.description,
    docs: definition.docs,
    recommended: definition.recommended ?? true,
    messageIds: Object.keys(definition.messages),
    messages: buildMessages(definition.messages) as MessageBuilders<MessageFormatters>,
    target: role.target,
    reads: role.reads,
    options: role.options,
    stage: role.stage,
    check: role.check,
  };
}

/** Declares a rule: metadata, typed messages, typed options and a pure check. */
export function defineRule<const K extends TargetKind, M extends MessageFormatters, O = Record<string, never>>(
  definition: RuleDefinition<K, M, O>,
): Rule {
  return ruleOf(definition, {
    target: definition.target,
    reads: definition.reads ?? [],
    options: definition.options as RuleOptionsSpec<unknown> | undefined,
    stage: 'graph',
    check: definition.check as unknown as Rule['check'],
  });
}

/** Declares a rule whose diagnostics the load or parse stage emits (syntax, duplicate keys, …). */
export function defineParserRule<M extends MessageFormatters>(
  definition: Omit<RuleDefinition<never, M, never>, 'check' | 'target' | 'reads' | 'options'>,
): Rule {
  return ruleOf(definition, { target: [], reads: [], options: undefined, stage: 'parser', check: undefined });
}
