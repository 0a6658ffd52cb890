import type { LintResult } from '../rules/finding.js';

/** The JSON contract of DESIGN.md: findings in file order and a summary. */
export function formatJson(result: LintResult): string {
  return JSON.stringify({ findings: result.findings, summary: result.summary, ...(result.notices?.length ? { notices: result.notices } : {}) }, null, 2) + '\n';
}
