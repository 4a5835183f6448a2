import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, type ResolvedConfig, type RuleSetting } from '../../src/config/resolved.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/rule.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/settings.js';
import { sourceFromBytes } from '../../src/load/files.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { parsePath, type SourceRange } from '../../src/parse/source.js';

export interface Expectation {
  ruleId: string;
  /** `spec.serviceName`, or `line:12` for diagnostics that have no path (syntax errors). */
  target: string;
  line: number;
  starts: string[];
}

export interface FixtureOutcome {
  missing: Expectation[];
  unexpected: Diagnostic[];
  diagnostics: Diagnostic[];
}

const EXPECT = /#\s*expect:\s*([a-z0-9-]+)\s+at\s+(\S+)/g;

function startKey(range: SourceRange): string {
  return `${range.start.line}:${range.start.column}`;
}

function header(text: string, name: 'options' | 'settings'): Record<string, unknown> | undefined {
  const match = new RegExp(`^#\\s*${name}:\\s*(\\{.*\\})\\s*$`, 'm').exec(text);
  return match?.[1] === undefined ? undefined : (JSON.parse(match[1]) as Record<string, unknown>);
}

/** Reads `# expect:` comments and resolves each path in the document that holds the comment. */
export function readExpectations(file: string, text: string): Expectation[] {
  const parsed = parseFile(file, text);
  const lines = text.split('\n');
  const expectations: Expectation[] = [];
  lines.forEach((line, index) => {
    for (const match of line.matchAll(EXPECT)) {
      const [, ruleId = '', target = ''] = match;
      const lineNumber = index + 1;
      const lineTarget = /^line:(\d+)$/.exec(target);
      if (lineTarget) {
        expectations.push({ ruleId, target, line: lineNumber, starts: [`${lineTarget[1]}:*`] });
        continue;
      }
      const document = parsed.documents.find((doc) => doc.locator.startLine <= lineNumber && lineNumber <= doc.locator.endLine);
      if (!document) throw new Error(`${file}:${lineNumber}: the expect comment is in no document`);
      const segments = parsePath(target);
      expectations.push({
        ruleId,
        target,
        line: lineNumber,
        starts: [startKey(document.locator.rangeOf(segments)), startKey(document.locator.keyRangeOf(segments))],
      });
    }
  });
  return expectations;
}

/** Lints one fixture with the rule under test (plus the parser's rules) and compares with its expectations. */
export function runFixture(rule: Rule, parserRules: readonly Rule[], file: string, display: string): FixtureOutcome {
  const bytes = readFileSync(file);
  const latin = bytes.toString('latin1');
  const source = sourceFromBytes(display, bytes);
  const options = header(latin, 'options');
  const settingsOverride = header(latin, 'settings') as Partial<Settings> | undefined;
  const setting: RuleSetting = { level: rule.severity === 'error' ? 'error' : 'warn', ...(options ? { options } : {}) };
  const config: ResolvedConfig = {
    ...DEFAULT_CONFIG,
    preset: 'all',
    settings: { ...DEFAULT_SETTINGS, ...settingsOverride, istio: { ...DEFAULT_SETTINGS.istio, ...settingsOverride?.istio } },
    rules: { [rule.id]: setting },
  };
  const rules = rule.stage === 'parser' ? parserRules : [...parserRules, rule];
  const result = lint([source], config, rules);
  const diagnostics = result.files.flatMap((entry) => entry.diagnostics);
  if (result.internalErrors.length > 0) throw new Error(`rule threw: ${JSON.stringify(result.internalErrors)}`);
  const expectations = readExpectations(display, latin);
  const remaining = [...diagnostics];
  const missing: Expectation[] = [];
  for (const expectation of expectations) {
    const index = remaining.findIndex(
      (diagnostic) =>
        diagnostic.ruleId === expectation.ruleId &&
        expectation.starts.some((start) => start === startKey(diagnostic.range) || start === `${diagnostic.range.start.line}:*`),
    );
    if (index === -1) missing.push(expectation);
    else remaining.splice(index, 1);
  }
  return { missing, unexpected: remaining, diagnostics };
}

export function describeOutcome(display: string, outcome: FixtureOutcome): string {
  const lines: string[] = [];
  for (const expectation of outcome.missing) lines.push(`  missing:    ${expectation.ruleId} at ${expectation.target} (expected by line ${expectation.line}, range starts ${expectation.starts.join(' or ')})`);
  for (const diagnostic of outcome.unexpected) lines.push(`  unexpected: ${diagnostic.ruleId} at ${startKey(diagnostic.range)}: ${diagnostic.message}`);
  return lines.length === 0 ? '' : `${display}\n${lines.join('\n')}`;
}

export function relativeToRoot(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
