import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { rules } from '../../../rules/index.js';
import { DEFAULT_CONFIG } from '../../../src/config/resolved.js';
import { lint, type LintResult, type SourceText } from '../../../src/engine/lint.js';
import type { Rule } from '../../../src/engine/rule.js';
import { formatNames, loadFormatter } from '../../../src/report/formatters.js';
import type { SourceRange } from '../../../src/parse/source.js';

/**
 * Property-based fuzzing of the whole pipeline: real manifests, mutated the way people and tools
 * break them (cut short, lines lost, doubled or swapped, characters flipped, indentation shifted,
 * YAML syntax dropped in, a value of the wrong type put where a rule expects another), are linted with every rule and printed in every format. Whatever the
 * input: lint() returns, no rule throws, every range lies inside its file, and every output stays
 * valid (JSON and SARIF parse, JUnit and checkstyle are well-formed XML, github prints one command
 * per finding). Shared by test/robustness/fuzz.test.ts (a bounded run) and scripts/fuzz.ts.
 */

export interface Seed {
  path: string;
  text: string;
}

/** Manifests under a directory (sorted, so a seed number always means the same file). */
export function seedsUnder(dir: string, options: { maxBytes?: number; prefix?: string } = {}): Seed[] {
  const maxBytes = options.maxBytes ?? 48 * 1024;
  const out: Seed[] = [];
  const walk = (current: string, relative: string) => {
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const file = path.join(current, entry.name);
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(file, name);
      else if (/\.(ya?ml|json)$/.test(entry.name) && statSync(file).size <= maxBytes) out.push({ path: `${options.prefix ?? ''}${name}`, text: readFileSync(file, 'utf8') });
    }
  };
  walk(dir, '');
  return out;
}

/** One way to break a text; numbers are reduced modulo the text's size when applied. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; line: number; other: number }
  | { kind: 'flip'; at: number; to: string }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'retype'; node: number; value: number };

/** Characters and snippets that matter to YAML, JSON, the decoder and the output formats. */
const FLIPS = [':', '-', ' ', '\t', '"', "'", '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '#', '%', '@', '`', '?', '\n', '\r', '\u0000', '\u001b', '\u00e9', '\u2028', '\ufeff', '\ud800', '0', 'y', '~'];
const SNIPPETS = ['&a ', '*a', '<<: *a\n', '\n---\n', '\n...\n', '%YAML 1.1\n', '? ', '!!binary ', '!!js/function ', '__proto__: {x: 1}\n', 'constructor: 1\n', '{{ .Values.x }}', '\\u0000', '"\\x', 'kind: List\nitems: [1, {a: b}]\n', '\n::error::forged\n', '\u001b[2J', '[[[[[[[[[[', '{a: {b: {c: ', 'apiVersion: v1\n'];

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), to: fc.constantFrom(...FLIPS) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }),
  fc.record({ kind: fc.constant('retype' as const), node: fc.nat(), value: fc.nat() }),
);

/**
 * Values that break a rule that trusts the types: where a mapping is expected, a list or a number;
 * where a string is, an object; empty and null everywhere.
 */
const CONFUSERS: readonly unknown[] = [null, 0, -1, 1.5, 65536, true, '', 'x', 'a-b.c', [], {}, [null], [1, 'a'], { a: null }, { key: 1, operator: 2, values: 'x' }, [{}], 'x'.repeat(300), '${X}', '$(Y).z.svc', 'None'];

/** Replaces the n-th node (depth first, across documents) of a YAML text with a confusing value. */
function retype(text: string, node: number, value: number): string {
  let documents: unknown[];
  try {
    documents = jsyaml.loadAll(text, undefined, { schema: jsyaml.JSON_SCHEMA }) as unknown[];
  } catch {
    return text;
  }
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const visit = (current: unknown) => {
    if (Array.isArray(current)) current.forEach((entry, index) => (slots.push({ parent: current, key: index }), visit(entry)));
    else if (current !== null && typeof current === 'object') for (const [key, entry] of Object.entries(current)) (slots.push({ parent: current as Record<string, unknown>, key }), visit(entry));
  };
  documents.forEach(visit);
  if (slots.length === 0) return text;
  const slot = slots[node % slots.length] as (typeof slots)[number];
  (slot.parent as Record<string | number, unknown>)[slot.key] = structuredClone(CONFUSERS[value % CONFUSERS.length]);
  return documents.map((document) => jsyaml.dump(document, { lineWidth: -1, noRefs: true })).join('---\n');
}

export function mutate(text: string, mutation: Mutation): string {
  const lines = text.split('\n');
  const line = (n: number) => n % Math.max(lines.length, 1);
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1));
    case 'delete-line':
      lines.splice(line(mutation.line), 1);
      return lines.join('\n');
    case 'duplicate-line': {
      const at = line(mutation.line);
      lines.splice(at, 0, lines[at] ?? '');
      return lines.join('\n');
    }
    case 'swap-lines': {
      const a = line(mutation.line);
      const b = line(mutation.other);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'flip': {
      if (text.length === 0) return mutation.to;
      const at = mutation.at % text.length;
      return text.slice(0, at) + mutation.to + text.slice(at + 1);
    }
    case 'indent': {
      const at = line(mutation.line);
      const current = lines[at] ?? '';
      lines[at] = mutation.by >= 0 ? ' '.repeat(mutation.by) + current : current.replace(new RegExp(`^ {0,${-mutation.by}}`), '');
      return lines.join('\n');
    }
    case 'insert': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'retype':
      return retype(text, mutation.node, mutation.value);
  }
}

/** A fuzz case: which seeds, and the mutations applied to each (a few files, so cross-file rules run too). */
export interface FuzzCase {
  files: { seed: number; mutations: Mutation[] }[];
}

export function caseArbitrary(seedCount: number): fc.Arbitrary<FuzzCase> {
  return fc.record({
    files: fc.array(fc.record({ seed: fc.nat({ max: seedCount - 1 }), mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 3 }),
  });
}

export function sourcesOf(fuzz: FuzzCase, seeds: readonly Seed[]): SourceText[] {
  return fuzz.files.map((file, index) => {
    const seed = seeds[file.seed] as Seed;
    // Distinct paths, keeping the extension so JSON seeds still take the JSON path.
    const extension = /\.json$/.test(seed.path) ? 'json' : 'yaml';
    return { path: `fuzz/${index}-${seed.path.replace(/[^\w.-]+/g, '_')}.${extension}`, text: file.mutations.reduce(mutate, seed.text) };
  });
}

/** Why a result breaks a property, or undefined when it holds. */
function rangeProblem(range: SourceRange, texts: ReadonlyMap<string, string>, what: string): string | undefined {
  const text = texts.get(range.file);
  if (text === undefined) return `${what} names a file that is not in the input: ${JSON.stringify(range.file)}`;
  const lines = text.split('\n');
  const inside = (position: { line: number; column: number }) =>
    Number.isInteger(position.line) && Number.isInteger(position.column) && position.line >= 1 && position.line <= lines.length && position.column >= 1 && position.column <= (lines[position.line - 1]?.length ?? 0) + 1;
  if (!inside(range.start) || !inside(range.end)) return `${what} ${JSON.stringify(range)} lies outside its file (${lines.length} lines)`;
  if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.column < range.start.column)) return `${what} ends before it starts: ${JSON.stringify(range)}`;
  return undefined;
}

function xmlProblem(text: string): string | undefined {
  let problem: string | undefined;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => (problem ??= error.message));
  parser.write(text).close();
  return problem;
}

/** Runs the pipeline on some sources; returns the first broken property, or undefined. */
export async function checkPipeline(sources: readonly SourceText[], ruleSet: readonly Rule[] = rules): Promise<string | undefined> {
  let result: LintResult;
  try {
    result = lint(sources, { ...DEFAULT_CONFIG, preset: 'all' }, ruleSet);
  } catch (error) {
    return `lint() threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  if (result.internalErrors.length > 0) return `a rule threw: ${JSON.stringify(result.internalErrors[0])}`;
  const texts = new Map(sources.map((source) => [source.path, source.text]));
  let findings = 0;
  for (const file of result.files) {
    for (const diagnostic of file.diagnostics) {
      findings += 1;
      if (diagnostic.range.file !== file.path) return `a finding of ${file.path} points into ${diagnostic.range.file}`;
      const problem = rangeProblem(diagnostic.range, texts, `${diagnostic.ruleId} range`);
      if (problem) return problem;
      for (const related of diagnostic.related ?? []) {
        const relatedProblem = rangeProblem(related.range, texts, `${diagnostic.ruleId} related range`);
        if (relatedProblem) return relatedProblem;
      }
      for (const edit of diagnostic.fix?.edits ?? []) {
        const editProblem = rangeProblem(edit.range, texts, `${diagnostic.ruleId} fix range`);
        if (editProblem) return editProblem;
      }
    }
  }
  for (const name of formatNames()) {
    const formatter = await loadFormatter(name);
    let output: string;
    try {
      output = await (formatter as NonNullable<typeof formatter>)(result, { cwd: '/', color: false, rules: ruleSet });
    } catch (error) {
      return `the ${name} formatter threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    }
    if (name === 'json' || name === 'sarif') {
      try {
        JSON.parse(output);
      } catch (error) {
        return `${name} output does not parse: ${String(error)}`;
      }
    }
    if (name === 'junit' || name === 'checkstyle') {
      const problem = xmlProblem(output);
      if (problem) return `${name} output is not well-formed XML: ${problem}`;
    }
    const commands = output.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::'));
    if (name === 'github' ? commands.length !== findings : commands.length > 0) return `${name} output has ${commands.length} workflow commands for ${findings} findings`;
  }
  return undefined;
}
