import { RuleSettings, levelToSeverity, type ResolvedConfig } from '../config/resolved.js';
import { buildGraph, type GraphReuse } from '../graph/build.js';
import { isKindName } from '../graph/kinds.js';
import type { ResourceGraph } from '../graph/graph.js';
import type { Resource } from '../graph/resource.js';
import { parseFile, type ParsedFile } from '../parse/parse-file.js';
import type { SourceRange } from '../parse/source.js';
import { HELM_TEMPLATE_NOTE } from '../load/classify.js';
import type { GeneratedObject } from '../graph/graph.js';
import { compareDiagnostics, type Diagnostic, type RelatedLocation } from './diagnostic.js';
import type { Location, ReportInput, Rule, RuleContext, RuleMessage } from './rule.js';
import { FileSuppressions, annotationSilences } from './suppressions.js';
import { Timings } from './timings.js';

/** A file's text as the load stage delivers it. */
export interface SourceText {
  /** The path as the user gave it (relative to the working directory), used in every output. */
  path: string;
  text: string;
  /** The path relative to the config file's directory, for override globs; defaults to `path`. */
  configPath?: string;
  /** Set when the load stage decided the file is not a manifest (kustomization, Helm chart, …). */
  skipped?: string;
  /** Objects a generator in this skipped file makes (a kustomization's configMapGenerator, …). */
  generated?: readonly GeneratedObject[];
  /** Set when the file has Helm-only template actions; skipped unless it parses into plain objects. */
  maybeTemplate?: boolean;
  /** Set when the file could not be read or decoded; reported as `file-unreadable`. */
  unreadable?: string;
}

export interface FileResult {
  path: string;
  text: string;
  diagnostics: Diagnostic[];
  skipped?: string;
}

/** A rule that threw: a fault in the rule, not in the input. */
export interface InternalError {
  ruleId: string;
  resource?: string;
  message: string;
}

/** Hooks for long-lived callers (the language server); the CLI passes none. */
export interface LintOptions {
  /**
   * Parses one file. The language server passes a cache keyed by path and text, so an edit re-parses
   * only the edited file. Parsed files are reused across runs: the stages after parsing must treat
   * them as read-only, or at least idempotently (graph defaults are applied with `??=`).
   */
  parse?: (path: string, text: string) => ParsedFile;
  /**
   * Report on these files only (paths as in SourceText.path): every file still goes into the graph,
   * but rules run only on resources written in these files and only their diagnostics are collected.
   * The language server's first answer after an edit: the edited file's findings in a fraction of a
   * full run, before a full run completes the rest. Findings that a rule on another file's resource
   * reports into these files arrive only with that full run.
   */
  only?: ReadonlySet<string>;
  /** Collects time by stage and by rule (`SHIPSHAPE_TIMING`). */
  timings?: Timings;
  /**
   * Resources kept between lints by document (the language server's, with its parse cache): the graph
   * of a later lint makes resources only for documents parsed anew.
   */
  reuse?: GraphReuse;
}

export interface LintResult {
  files: FileResult[];
  internalErrors: InternalError[];
  resourceCount: number;
}

interface RawDiagnostic {
  rule: Rule;
  message: RuleMessage;
  resource?: Resource;
  file: string;
  range: () => SourceRange;
  related: () => RelatedLocation[];
  fix?: ReportInput['fix'];
  severityCap?: ReportInput['severity'];
}

function locate(current: Resource, location: Location | readonly (string | number)[] | undefined): { resource: Resource; range: () => SourceRange } {
  if (location === undefined) return { resource: current, range: () => current.rangeOf('metadata', 'name') };
  if (Array.isArray(location)) return { resource: current, range: () => current.rangeOf(...(location as (string | number)[])) };
  const loc = location as Location;
  const resource = loc.resource ?? current;
  const path = loc.path ?? ['metadata', 'name'];
  return { resource, range: () => (loc.key ? resource.keyRangeOf(...path) : resource.rangeOf(...path)) };
}

function resourcesFor(graph: ResourceGraph, target: string): readonly Resource[] {
  if (target === '*') return graph.resources;
  return isKindName(target) ? graph.ofKind(target) : graph.ofAnyKind(target);
}

/**
 * The whole pipeline after loading, as one pure function: parse every source, build the graph, run
 * each enabled rule, apply severities and suppressions. No file system, no process, no terminal.
 */
export function lint(unsorted: readonly SourceText[], config: ResolvedConfig, rules: readonly Rule[], options: LintOptions = {}): LintResult {
  const parse = options.parse ?? parseFile;
  const timings = options.timings ?? new Timings();
  // Sorted so that output never depends on the order files were found in.
  const sources = [...unsorted].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const ruleSettings = new RuleSettings(config);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const configPath = new Map(sources.map((source) => [source.path, source.configPath ?? source.path]));
  const raw: RawDiagnostic[] = [];
  const parsed: ParsedFile[] = [];
  const notManifests = new Map<string, string>();
  const generated: GeneratedObject[] = [];

  const parserRule = (id: string): Rule | undefined => rulesById.get(id);
  const pushParserProblem = (id: string, file: string, text: string, range: SourceRange) => {
    const rule = parserRule(id);
    if (rule) raw.push({ rule, message: { id: rule.messageIds[0] ?? id, text }, file, range: () => range, related: () => [] });
  };

  const parseStart = performance.now();
  for (const source of sources) {
    if (source.skipped !== undefined) {
      if (source.generated) generated.push(...source.generated);
      continue;
    }
    if (source.unreadable !== undefined) {
      const start = { line: 1, column: 1 };
      pushParserProblem('file-unreadable', source.path, source.unreadable, { file: source.path, start, end: start });
      continue;
    }
    const file = parse(source.path, source.text);
    if (source.maybeTemplate && !isRendered(file)) {
      notManifests.set(source.path, HELM_TEMPLATE_NOTE);
      continue;
    }
    if (!looksLikeManifest(file)) {
      notManifests.set(source.path, NOT_A_MANIFEST);
      continue;
    }
    parsed.push(file);
    if (options.only === undefined || options.only.has(source.path)) {
      for (const problem of file.problems) pushParserProblem(problem.ruleId, source.path, problem.message, problem.range);
    }
  }

  timings.add('parse', performance.now() - parseStart);
  const { graph, malformed } = timings.measure('graph', () => buildGraph(
    parsed.flatMap((file) => file.documents),
    { assume: config.settings.assume, generated, ...(options.reuse ? { reuse: options.reuse } : {}) },
  ));
  for (const problem of malformed) pushParserProblem('resource-malformed', problem.range.file, problem.message, problem.range);

  const internalErrors: InternalError[] = [];
  for (const rule of rules) {
    if (rule.stage !== 'graph' || !rule.check || !ruleSettings.mayRun(rule)) continue;
    // One context per rule, pointed at each resource in turn: a rule runs on thousands of resources,
    // and a context (with its closure) per resource was a measurable share of the run.
    let resource: Resource | undefined;
    let ruleOptions: unknown;
    const context: RuleContext<Record<string, never>, unknown> = {
      graph,
      settings: config.settings,
      get options() {
        return ruleOptions;
      },
      messages: rule.messages as RuleContext<Record<string, never>, unknown>['messages'],
      report(message, input = {}) {
        const current = resource;
        if (current === undefined) throw new Error(`rule ${rule.id} reported outside its check`);
        // Plugins are JavaScript too: a malformed report fails here, inside the rule's own try,
        // rather than later while the findings of every rule are collected.
        if (typeof message?.text !== 'string' || typeof message.id !== 'string') throw new TypeError('report() takes a message built with context.messages');
        const where = locate(current, input.at as Location | undefined);
        raw.push({
          rule,
          message,
          resource: where.resource,
          file: where.resource.source.file,
          range: where.range,
          related: () =>
            (input.related ?? []).map((related) => {
              const place = locate(current, related);
              return { message: related.message, range: place.range() };
            }),
          ...(input.fix ? { fix: input.fix } : {}),
          ...(input.severity ? { severityCap: input.severity } : {}),
        });
      },
    };
    // Targets overlap only through '*' or a kind named twice; distinct kinds never share a resource.
    const overlapping = rule.target.length > 1 && (rule.target.includes('*') || new Set(rule.target).size !== rule.target.length);
    const seen = overlapping ? new Set<Resource>() : undefined;
    // Without per-file overrides a rule's setting is the same for every resource: look it up once.
    const everywhere = ruleSettings.sameForEveryFile(rule);
    const ruleStart = performance.now();
    for (const target of rule.target) {
      const candidates = resourcesFor(graph, target);
      // An index, not for…of: until the loop is optimised each step of an iterator is an object.
      for (let index = 0; index < candidates.length; index += 1) {
        const candidate = candidates[index] as Resource;
        if (options.only !== undefined && !options.only.has(candidate.source.file)) continue;
        if (seen) {
          if (seen.has(candidate)) continue;
          seen.add(candidate);
        }
        const setting = everywhere ?? ruleSettings.forFile(rule, configPath.get(candidate.source.file) ?? candidate.source.file);
        if (setting.level === 'off') continue;
        resource = candidate;
        ruleOptions = setting.options;
        try {
          rule.check(candidate, context);
        } catch (error) {
          internalErrors.push({ ruleId: rule.id, resource: `${candidate.displayName} (${candidate.source.file})`, message: describeThrown(error) });
        }
      }
    }
    resource = undefined;
    timings.add(`rule:${rule.id}`, performance.now() - ruleStart);
  }

  const reported = options.only === undefined ? sources : sources.filter((source) => options.only?.has(source.path));
  const marked = reported.map((source) => {
    const skipped = notManifests.get(source.path);
    return skipped === undefined ? source : { ...source, skipped };
  });
  const files = timings.measure('positions and suppressions', () => collect(marked, raw, ruleSettings, configPath, internalErrors));
  return { files, internalErrors, resourceCount: graph.resources.length };
}

const NOT_A_MANIFEST = 'not a Kubernetes manifest: no document has an apiVersion or a kind';

/**
 * A template that parses into Kubernetes objects whose keys hold no template text is a rendered
 * manifest with template text inside its strings (an injection template in a ConfigMap).
 */
function isRendered(file: ParsedFile): boolean {
  return file.problems.length === 0 && file.documents.length > 0 && file.documents.every((document) => {
    const value = document.value as Record<string, unknown> | null;
    return value !== null && typeof value === 'object' && typeof value['apiVersion'] === 'string' && typeof value['kind'] === 'string' && !hasTemplateKey(value);
  });
}

/**
 * `name: {{ .Release.Name }}` parses as a mapping whose key is itself a mapping, which the loader
 * turns into the string `[object Object]`; Kubernetes never has collection keys.
 */
function hasTemplateKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasTemplateKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, entry]) => key.includes('{{') || key.startsWith('[object ') || /^\.[A-Z]/.test(key) || hasTemplateKey(entry));
}

/** A YAML file none of whose documents even tries to be a Kubernetes object (CI config, app config). */
function looksLikeManifest(file: ParsedFile): boolean {
  if (file.documents.length === 0 || file.problems.length > 0) return true;
  return file.documents.some((document) => {
    const value = document.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    return 'apiVersion' in value || 'kind' in value;
  });
}

/**
 * What a rule threw, as text. Plugins can throw anything: `null`, a string, an object whose
 * toString itself throws; describing it must never throw in turn.
 */
function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
    return typeof error === 'object' && error !== null ? Object.prototype.toString.call(error) : String(error);
  } catch {
    return 'an exception that cannot be described';
  }
}

function collect(sources: readonly SourceText[], raw: readonly RawDiagnostic[], ruleSettings: RuleSettings, configPath: Map<string, string>, internalErrors: InternalError[]): FileResult[] {
  const byFile = new Map<string, FileResult>();
  const suppressions = new Map<string, FileSuppressions>();
  for (const source of sources) {
    byFile.set(source.path, { path: source.path, text: source.text, diagnostics: [], ...(source.skipped === undefined ? {} : { skipped: source.skipped }) });
    suppressions.set(source.path, new FileSuppressions(source.text));
  }
  const unique = new Set<string>();
  for (const entry of raw) {
    const result = byFile.get(entry.file);
    if (!result) continue;
    // Ranges, related places and fixes are computed here, lazily, from what a rule passed to
    // report(): a bad location or a throwing fix is that rule's fault, not the end of the run.
    try {
      collectOne(entry, result);
    } catch (error) {
      internalErrors.push({ ruleId: entry.rule.id, ...(entry.resource ? { resource: `${entry.resource.displayName} (${entry.resource.source.file})` } : {}), message: describeThrown(error) });
    }
  }
  for (const result of byFile.values()) result.diagnostics.sort(compareDiagnostics);
  return [...byFile.values()];

  function collectOne(entry: RawDiagnostic, result: FileResult): void {
    const configured = levelToSeverity(ruleSettings.forFile(entry.rule, configPath.get(entry.file) ?? entry.file).level);
    const severity = configured !== undefined && entry.severityCap !== undefined ? entry.severityCap : configured;
    if (severity === undefined || annotationSilences(entry.resource, entry.rule.id)) return;
    const range = entry.range();
    if (suppressions.get(entry.file)?.silences(entry.rule.id, range.start.line)) return;
    // Per file: two copies of one broken manifest (overlays, vendored charts) each keep their finding.
    const key = `${entry.file}\u0000${entry.rule.id}\u0000${range.start.line}:${range.start.column}\u0000${entry.message.text}`;
    if (unique.has(key)) return;
    unique.add(key);
    const related = entry.related();
    const diagnostic: Diagnostic = {
      ruleId: entry.rule.id,
      messageId: entry.message.id,
      severity,
      message: entry.message.text,
      range,
      ...(entry.resource ? { resource: entry.resource.ref } : {}),
      ...(related.length > 0 ? { related } : {}),
    };
    if (entry.fix && entry.resource) {
      const owner = entry.resource;
      diagnostic.fix = entry.fix((location) => locate(owner, location).range());
    }
    result.diagnostics.push(diagnostic);
  }
}
