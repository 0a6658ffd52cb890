import { runLint, type LintOptions } from '../../src/commands/lint.js';
import type { LintResult } from '../../src/rules/finding.js';
import { project } from '../helpers/project.js';

/** The real engine's result for a throwaway project made of `files`. */
export async function lintResult(files: Record<string, string>, opts: Omit<LintOptions, 'cwd'> = {}): Promise<LintResult> {
  const cwd = project(files);
  return (await runLint({ cwd, ...opts })).result;
}

/**
 * The same result with only the findings of `rules`: other rules are being written while these
 * tests are, and a report test must not change its counts when one of them starts firing.
 */
export function only(result: LintResult, ...rules: string[]): LintResult {
  const findings = result.findings.filter((f) => rules.includes(f.rule));
  return {
    findings,
    sources: result.sources,
    summary: {
      files: result.summary.files,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}

/** `n` CREATE INDEX statements on a table the project never created (so it exists: each one fires). */
export function indexes(n: number, table = 'lead'): string {
  return Array.from({ length: n }, (_, i) => `CREATE INDEX ${table}_${i}_idx ON ${table} (c${i});`).join('\n') + '\n';
}
