import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix as SarifFix, Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { VERSION } from '../cli/version.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { FileResult, LintResult } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { SourceRange } from '../parse/source.js';
import type { FormatContext } from './formatters.js';
import { ruleDocsUrl } from './links.js';
import { renderRuleDocs } from './rule-docs.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub truncates descriptions beyond this and warns about it. */
const MAX_DESCRIPTION = 1024;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Relative paths stay relative with `%SRCROOT%` as base, which is what code scanning resolves against
 * the checkout; a path outside the working directory can only be an absolute `file:` URI.
 */
export function artifactLocation(file: string): ArtifactLocation {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(range: SourceRange): Region {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

function descriptor(rule: Rule): ReportingDescriptor {
  const helpText = [`Diagnosis: ${rule.docs.diagnosis}`, `Fix: ${rule.docs.fix}`, `Why: ${rule.docs.why}`].join('\n\n');
  const name = pascalCase(rule.id);
  return {
    id: rule.id,
    // The SARIF SDK flags a name that only repeats the id (SARIF1001); one-word ids get none.
    ...(name.toLowerCase() === rule.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: truncate(rule.description, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(`${rule.description} ${rule.docs.diagnosis}`, MAX_DESCRIPTION) },
    helpUri: ruleDocsUrl(rule.id),
    help: { text: helpText, markdown: renderRuleDocs(rule) },
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ['kubernetes', rule.category], precision: 'high', 'problem.severity': rule.severity },
  };
}

/** For a finding whose rule the run does not know (should not happen; keeps the log valid for GitHub). */
function placeholderDescriptor(ruleId: string): ReportingDescriptor {
  return { id: ruleId, shortDescription: { text: ruleId }, fullDescription: { text: ruleId }, help: { text: ruleId } };
}

/**
 * Fingerprints that survive edits elsewhere in the file: what is wrong (rule and message id) about
 * which object (kind, namespace, name) in which file. Findings without an object (syntax errors) fall
 * back to the text of their line. A counter separates identical keys, as GitHub's own hash does.
 */
class Fingerprints {
  private readonly seen = new Map<string, number>();

  next(file: FileResult, diagnostic: Diagnostic): string {
    const resource = diagnostic.resource;
    const subject = resource
      ? `${resource.apiVersion}\u0000${resource.kind}\u0000${resource.namespace ?? ''}\u0000${resource.name}`
      : (file.text.split('\n')[diagnostic.range.start.line - 1] ?? '').trim();
    const key = createHash('sha256').update([diagnostic.ruleId, diagnostic.messageId, file.path, subject].join('\u0001')).digest('hex').slice(0, 32);
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return `${key}:${count}`;
  }
}

function fixOf(diagnostic: Diagnostic): SarifFix[] {
  if (!diagnostic.fix) return [];
  const byFile = new Map<string, SarifFix['artifactChanges']>();
  for (const edit of diagnostic.fix.edits) {
    const changes = byFile.get(edit.range.file) ?? [];
    if (changes.length === 0) {
      changes.push({ artifactLocation: artifactLocation(edit.range.file), replacements: [] });
      byFile.set(edit.range.file, changes);
    }
    changes[0]?.replacements.push({ deletedRegion: region(edit.range), insertedContent: { text: edit.text } });
  }
  return [{ description: { text: diagnostic.fix.description }, artifactChanges: [...byFile.values()].flat() }];
}

/** SARIF 2.1.0 with what GitHub code scanning requires and uses (see knowledge/ecosystem.md §2.5). */
export function buildSarif(result: LintResult, rules: readonly Rule[]): Log {
  const descriptors: ReportingDescriptor[] = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(descriptor);
  const ruleIndex = new Map(descriptors.map((entry, index) => [entry.id, index]));
  const fingerprints = new Fingerprints();
  const results: Result[] = [];
  for (const file of result.files) {
    for (const diagnostic of file.diagnostics) {
      let index = ruleIndex.get(diagnostic.ruleId);
      if (index === undefined) {
        index = descriptors.push(placeholderDescriptor(diagnostic.ruleId)) - 1;
        ruleIndex.set(diagnostic.ruleId, index);
      }
      const location: Location = { physicalLocation: { artifactLocation: artifactLocation(diagnostic.range.file), region: region(diagnostic.range) } };
      const resource = diagnostic.resource;
      if (resource) {
        const qualified = `${resource.namespace === undefined ? '' : `${resource.namespace}/`}${resource.kind}/${resource.name}`;
        location.logicalLocations = [{ name: resource.name, fullyQualifiedName: qualified, kind: 'resource' }];
      }
      const entry: Result = {
        ruleId: diagnostic.ruleId,
        ruleIndex: index,
        level: diagnostic.severity,
        message: { text: diagnostic.message },
        locations: [location],
        partialFingerprints: { primaryLocationLineHash: fingerprints.next(file, diagnostic) },
      };
      if (diagnostic.related && diagnostic.related.length > 0) {
        entry.relatedLocations = diagnostic.related.map((related, id) => ({
          id,
          message: { text: related.message },
          physicalLocation: { artifactLocation: artifactLocation(related.range.file), region: region(related.range) },
        }));
      }
      const fixes = fixOf(diagnostic);
      if (fixes.length > 0) entry.fixes = fixes;
      results.push(entry);
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'shipshape', semanticVersion: VERSION, informationUri: 'https://shipshape.dev/', rules: descriptors } },
        invocations: [
          {
            executionSuccessful: result.internalErrors.length === 0,
            toolExecutionNotifications: result.internalErrors.map((error) => ({
              level: 'error' as const,
              message: { text: `Rule ${error.ruleId} failed${error.resource ? ` on ${error.resource}` : ''}: ${error.message}` },
              associatedRule: { id: error.ruleId },
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(result: LintResult, context: Pick<FormatContext, 'rules'>): string {
  return JSON.stringify(buildSarif(result, context.rules), null, 2) + '\n';
}
