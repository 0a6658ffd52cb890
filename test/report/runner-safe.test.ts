import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { formatGithub } from '../../src/report/github.js';
import { formatText } from '../../src/report/text.js';
import { runnerSafe } from '../../src/report/workflow-commands.js';
import { expectNoForgedCommand, HOSTILE, runnerLines } from '../helpers/hostile.js';
import { project } from '../helpers/project.js';
import type { LintResult } from '../../src/rules/finding.js';

// Folder names, file names, identifiers and server texts come from the pull request. A newline
// in one of them followed by `::error::` or `::stop-commands::` made the runner take the rest
// of the line as a workflow command: a fake annotation, or pgmig's own annotations switched off.

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const TABLE = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\n';

function hostileProject(): string {
  const files: Record<string, string> = { 'db/migration/V1__lead.sql': TABLE };
  HOSTILE.forEach((h, i) => {
    // a folder, a file name, a quoted identifier and a string the server would quote back
    files[`db/migration/sub${h.replace(/\//g, '')}${i}/V${10 + i}__idx_${i}.sql`] = `CREATE INDEX "i${h}${i}" ON lead (owner_id);\n`;
    files[`db/migration/V${20 + i}__bad${h}${i}.sql`] = `ALTER TABLE lead ADD COLUMN "c${h}${i}" varchar(10);\n`;
    files[`db/migration/V${30 + i}__syntax_${i}.sql`] = `SELECT 1 FROM "t${h}" WHERE\n${h.trim()} ;\n`;
  });
  return project(files);
}

describe('nothing a pull request names reaches the runner as a workflow command', () => {
  it('runnerSafe escapes the command start of every line, whatever the line break, and nothing else', () => {
    for (const h of HOSTILE) expect(runnerLines(runnerSafe(`x${h}`)).some((l) => l.startsWith('::'))).toBe(false);
    expect(runnerSafe('a :: b\n{"file": "::x"}\n')).toBe('a :: b\n{"file": "::x"}\n');
    expect(runnerSafe('::error::x')).toBe('%3A:error::x');
  });

  it('pgmig lint in every format, on hostile folders, files, identifiers and SQL', async () => {
    const cwd = hostileProject();
    for (const format of ['text', 'json', 'github', 'sarif', 'markdown']) {
      const r = await cli(['lint', '--format', format], cwd);
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      expectNoForgedCommand(r.stdout, `lint --format ${format} stdout`);
      expectNoForgedCommand(r.stderr, `lint --format ${format} stderr`);
    }
    // and the github format really annotates: its own commands are there
    const gh = await cli(['lint', '--format', 'github'], cwd);
    expect(runnerLines(gh.stdout).filter((l) => /^::error /.test(l)).length).toBeGreaterThan(0);
  });

  it('a usage error naming a hostile file goes out safe on stderr', async () => {
    const cwd = project({ 'db/migration/V1__lead.sql': TABLE });
    for (const h of HOSTILE) {
      const r = await cli(['lint', `missing${h}.sql`], cwd);
      expect(r.code).toBe(2);
      expectNoForgedCommand(r.stderr, 'stderr');
    }
  });

  it('formatGithub: findings past the annotations are plain lines that cannot start a command', () => {
    const findings = Array.from({ length: 30 }, (_, i) => ({
      rule: 'r',
      severity: 'error' as const,
      file: `::error::f${i}${HOSTILE[i % HOSTILE.length]}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      message: `m${HOSTILE[i % HOSTILE.length]}`,
    }));
    const result = { findings, summary: { files: 1, errors: 30, warnings: 0 }, sources: new Map() } as unknown as LintResult;
    expectNoForgedCommand(formatGithub(result), 'github');
    expectNoForgedCommand(runnerSafe(formatText(result, { color: false })), 'text');
  });
});

describe('the older ##[command] form', () => {
  it('is broken up in text, and written as a JSON escape in JSON, which reads back the same', async () => {
    expect(runnerSafe('see ##[error]x\n')).toBe('see ##%5Berror]x\n');
    const json = JSON.stringify({ file: 'a##[error]b' }, null, 2);
    expect(runnerSafe(json)).not.toContain('##[');
    expect(JSON.parse(runnerSafe(json))).toEqual({ file: 'a##[error]b' });
    const cwd = project({ 'db/migration/V1__a##[error]b.sql': 'CREATE TABLE t (id int);\n' });
    const r = await cli(['lint', '--format', 'json'], cwd);
    expect(r.stdout).not.toContain('##[');
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toContain('db/migration/V1__a##[error]b.sql');
  });
});
