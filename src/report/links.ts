/**
 * Where a rule's documentation lives. One place, so SARIF `helpUri`, LSP `codeDescription`, the
 * Action's summary and the terminal formats all agree. The page is the rule's generated README.
 */
export const RULE_DOCS_BASE = 'https://shipshape.dev/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}`;
}
