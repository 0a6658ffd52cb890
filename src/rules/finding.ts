import type { Severity } from './rule.js';

/** One problem, as every report format receives it. Lines and columns are 1-based. */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  help: string;
  /** The production size of the relation the finding is about, when a stats file knows it. */
  relation?: RelationSize;
}

export interface RelationSize {
  /** schema.name */
  name: string;
  rows: number | null;
  bytes: number;
  writesPerSecond: number | null;
}

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
}

export interface LintResult {
  findings: Finding[];
  summary: LintSummary;
  /** Source lines by file, for reports that quote the SQL. */
  sources: Map<string, { lineText(line: number): string }>;
  /** Said once for the run (stale or missing production stats), never a failure. */
  notices?: string[];
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
