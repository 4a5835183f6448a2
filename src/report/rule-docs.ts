import type { Rule } from '../engine/rule.js';

export interface RuleExample {
  invalid?: { file: string; text: string };
  valid?: { file: string; text: string };
}

/** Diagnosis / Fix / Why of a rule in Markdown: the one renderer behind READMEs, `explain` and hover. */
export function renderRuleDocs(rule: Rule, example?: RuleExample): string {
  const lines = [
    `# ${rule.id}`,
    '',
    rule.description,
    '',
    `- Category: ${rule.category}`,
    `- Default severity: ${rule.severity}${rule.recommended ? ' (in `recommended`)' : ' (only in `all`)'}`,
  ];
  if (rule.stage === 'parser') lines.push('- Reported by: the parser (applies to every file)');
  else lines.push(`- Inspects: ${rule.target.join(', ')}${rule.reads.length > 0 ? `; reads: ${rule.reads.join(', ')}` : ''}`);
  lines.push('', '## Diagnosis', '', rule.docs.diagnosis, '', '## Fix', '', rule.docs.fix, '', '## Why', '', rule.docs.why);
  if (rule.docs.world) lines.push('', '## Partial input', '', rule.docs.world);
  if (rule.options) {
    lines.push('', '## Options', '', '```json', JSON.stringify(rule.options.defaults, null, 2), '```');
  }
  if (example?.invalid) lines.push('', '## Example: reported', '', `From \`${example.invalid.file}\`:`, '', '```yaml', example.invalid.text.trimEnd(), '```');
  if (example?.valid) lines.push('', '## Example: not reported', '', `From \`${example.valid.file}\`:`, '', '```yaml', example.valid.text.trimEnd(), '```');
  return lines.join('\n') + '\n';
}

/** The rules table of `shipshape rules` and `rules/README.md`. */
export function renderRulesTable(rules: readonly Rule[]): string {
  const rows = [...rules]
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
    .map((rule) => `| [${rule.id}](${rule.id}/README.md) | ${rule.category} | ${rule.severity}${rule.recommended ? '' : ' (all only)'} | ${rule.description.replace(/\|/g, '\\|')} |`);
  return ['| Rule | Category | Severity | Description |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}
