import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);

// src/cli/version.ts
var VERSION = "0.1.0";

// src/report/rule-docs.ts
function renderRuleDocs(rule, example) {
  const lines = [
    `# ${rule.id}`,
    "",
    rule.description,
    "",
    `- Category: ${rule.category}`,
    `- Default severity: ${rule.severity}${rule.recommended ? " (in `recommended`)" : " (only in `all`)"}`
  ];
  if (rule.stage === "parser") lines.push("- Reported by: the parser (applies to every file)");
  else lines.push(`- Inspects: ${rule.target.join(", ")}${rule.reads.length > 0 ? `; reads: ${rule.reads.join(", ")}` : ""}`);
  lines.push("", "## Diagnosis", "", rule.docs.diagnosis, "", "## Fix", "", rule.docs.fix, "", "## Why", "", rule.docs.why);
  if (rule.docs.world) lines.push("", "## Partial input", "", rule.docs.world);
  if (rule.options) {
    lines.push("", "## Options", "", "```json", JSON.stringify(rule.options.defaults, null, 2), "```");
  }
  if (example?.invalid) lines.push("", "## Example: reported", "", `From \`${example.invalid.file}\`:`, "", "```yaml", example.invalid.text.trimEnd(), "```");
  if (example?.valid) lines.push("", "## Example: not reported", "", `From \`${example.valid.file}\`:`, "", "```yaml", example.valid.text.trimEnd(), "```");
  return lines.join("\n") + "\n";
}
function renderRulesTable(rules) {
  const rows = [...rules].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id)).map((rule) => `| [${rule.id}](${rule.id}/README.md) | ${rule.category} | ${rule.severity}${rule.recommended ? "" : " (all only)"} | ${rule.description.replace(/\|/g, "\\|")} |`);
  return ["| Rule | Category | Severity | Description |", "| --- | --- | --- | --- |", ...rows].join("\n") + "\n";
}

export {
  VERSION,
  renderRuleDocs,
  renderRulesTable
};
