import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { runLint, type LintOptions } from '../../src/commands/lint.js';
import type { Finding } from '../../src/rules/finding.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A throwaway project folder holding the given files (paths relative to it). */
export function project(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'pgmig-test-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

/** Lints a project made of `files`; `lint` names the files to lint (default: the whole folder). */
export async function lintProject(
  files: Record<string, string | Uint8Array>,
  opts: Omit<LintOptions, 'cwd'> = {},
): Promise<Finding[]> {
  const cwd = project(files);
  const { result } = await runLint({ cwd, ...opts });
  return result.findings;
}

/**
 * Lints `sql` as the new migration V100__change.sql; `before` are earlier migrations (context,
 * so their tables exist). Returns the findings of `rule` only, when given.
 */
export async function lintSql(sql: string, opts: { before?: string[]; rule?: string; config?: string } = {}): Promise<Finding[]> {
  const files: Record<string, string> = { 'db/migration/V100__change.sql': sql };
  (opts.before ?? []).forEach((s, i) => (files[`db/migration/V${i + 1}__before_${i + 1}.sql`] = s));
  if (opts.config !== undefined) files['.pgmig.yml'] = opts.config;
  const findings = await lintProject(files, { files: ['db/migration/V100__change.sql'] });
  return opts.rule ? findings.filter((f) => f.rule === opts.rule) : findings;
}

export function rulesOf(findings: Finding[]): string[] {
  return findings.map((f) => f.rule);
}
