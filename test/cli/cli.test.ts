import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { RULES } from '../../src/rules/index.js';
import { project } from '../helpers/project.js';

async function cli(args: string[], cwd = project({})) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

// a table that every rule is happy with, so each test sees only the finding it is about
const table = `CREATE TABLE lead (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner_id bigint, territory_id bigint);
ALTER TABLE lead ENABLE ROW LEVEL SECURITY;
CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory', true)::bigint);
`;

describe('pgmig CLI', () => {
  it('--help lists every command', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['lint', 'rules', 'explain']) expect(r.stdout).toMatch(new RegExp(`\\n\\s+${c}\\b`));
  });

  it('lint --help documents formats, flags and exit codes', async () => {
    const r = await cli(['lint', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['--changed-since', '--format', 'sarif', '--config', '--max-warnings', 'Exit codes']) expect(r.stdout).toContain(s);
  });

  it('usage mistakes exit 2 with a message and no stack trace', async () => {
    for (const args of [['lint', '--format', 'xml'], ['lint', '--bogus'], ['frobnicate'], ['lint', '--max-warnings', 'many']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.length).toBeGreaterThan(10);
    }
  });

  it('lints the configured folder: exit 1 on errors, text with the source line and a marker', async () => {
    const cwd = project({ 'db/migration/V1__lead.sql': table, 'db/migration/V2__idx.sql': '-- é\nCREATE INDEX i ON lead (owner_id);\n' });
    const r = await cli(['lint'], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('db/migration/V2__idx.sql:2:1 error');
    expect(r.stdout).toContain('   2 | CREATE INDEX i ON lead (owner_id);');
    expect(r.stdout).toMatch(/\| \^{33}\n/);
    expect(r.stdout).toContain('[require-concurrent-index-creation]');
    expect(r.stdout).not.toContain('\u001b['); // no colours when not a terminal
  });

  it('prints the JSON contract', async () => {
    const cwd = project({ 'db/migration/V1__lead.sql': table, 'db/migration/V2__idx.sql': 'CREATE INDEX i ON lead (owner_id);\n' });
    const r = await cli(['lint', '--format', 'json'], cwd);
    const json = JSON.parse(r.stdout);
    const errors = json.findings.filter((f: { severity: string }) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(json.summary).toEqual({ files: 2, errors, warnings: json.findings.length - errors });
    expect(Object.keys(json.findings[0]).sort()).toEqual(
      ['column', 'endColumn', 'endLine', 'file', 'help', 'line', 'message', 'rule', 'severity'].sort(),
    );
  });

  it('exits 0 on a clean folder', async () => {
    const cwd = project({ 'db/migration/V1__lead.sql': table + 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON lead USING (true);\n' });
    const r = await cli(['lint', '--format', 'json', '--config', 'none.yml'], cwd);
    expect(r.code).toBe(2); // the explicit config file is missing
    expect(r.stderr).toMatch(/cannot read config/);
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const cwd = project({ 'db/migration/V1__a.sql': '-- pgmig-ignore require-rls\nSELECT 1;\n' });
    expect((await cli(['lint'], cwd)).code).toBe(0);
    expect((await cli(['lint', '--max-warnings', '0'], cwd)).code).toBe(1);
    expect((await cli(['lint', '--max-warnings', '1'], cwd)).code).toBe(0);
  });

  describe('bad input', () => {
    it('a missing file: exit 2, says which', async () => {
      const r = await cli(['lint', 'db/migration/V9__nope.sql']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('pgmig: cannot read db/migration/V9__nope.sql: no such file\n');
    });

    it('a directory given as a file: exit 2', async () => {
      const cwd = project({ 'db/migration/V1__a.sql': 'SELECT 1;' });
      const r = await cli(['lint', 'db/migration'], cwd);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/db\/migration is a directory/);
    });

    it('a missing migrations folder: exit 2 and what to set', async () => {
      const r = await cli(['lint']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/migrations folder db\/migration does not exist; set "migrations" in \.pgmig\.yml/);
    });

    it('a binary file is a syntax error in that file; the others are still linted', async () => {
      const cwd = project({
        'db/migration/V1__lead.sql': table,
        'db/migration/V2__blob.sql': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
        'db/migration/V3__idx.sql': 'CREATE INDEX i ON lead (owner_id);',
      });
      const r = await cli(['lint', '--format', 'json'], cwd);
      expect(r.code).toBe(1);
      const f = JSON.parse(r.stdout)
        .findings.filter((x: { rule: string }) => ['syntax-error', 'require-concurrent-index-creation'].includes(x.rule))
        .map((x: { file: string; rule: string; line: number }) => [x.file, x.rule, x.line]);
      expect(f).toEqual([
        ['db/migration/V2__blob.sql', 'syntax-error', 1],
        ['db/migration/V3__idx.sql', 'require-concurrent-index-creation', 1],
      ]);
      const syntax = JSON.parse(r.stdout).findings.find((x: { rule: string }) => x.rule === 'syntax-error');
      expect(syntax.message).toMatch(/not a SQL text file: it contains a NUL byte/);
    });

    it('invalid UTF-8 is reported, not crashed on', async () => {
      const cwd = project({ 'db/migration/V1__latin1.sql': new Uint8Array([0x2d, 0x2d, 0x20, 0xe9, 0x0a]) });
      const r = await cli(['lint', '--format', 'json'], cwd);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).findings[0].message).toMatch(/not UTF-8/);
    });

    it('an empty file and a comments-only file are clean', async () => {
      const cwd = project({ 'db/migration/V1__empty.sql': '', 'db/migration/V2__notes.sql': '-- nothing yet\n/* later */\n' });
      const r = await cli(['lint', '--format', 'json'], cwd);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).summary).toEqual({ files: 2, errors: 0, warnings: 0 });
    });

    it('a 5 MB file is linted with correct positions', async () => {
      const line = "INSERT INTO lead (id, owner_id) VALUES (1, 2); -- padding é\n";
      const body = line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line)));
      const cwd = project({ 'db/migration/V1__lead.sql': table, 'db/migration/V2__big.sql': body + 'CREATE INDEX i ON lead (owner_id);\n' });
      const r = await cli(['lint', '--format', 'json'], cwd);
      const lines = body.split('\n').length;
      const found = JSON.parse(r.stdout).findings.filter((x: { rule: string }) => x.rule === 'require-concurrent-index-creation');
      expect(found.map((x: { line: number; column: number }) => [x.line, x.column])).toEqual([[lines, 1]]);
    });

    it('a syntax error points at the token', async () => {
      const cwd = project({ 'db/migration/V1__bad.sql': 'CREATE TABLE a (\n  id int,\n  name text,,\n);\n' });
      const r = await cli(['lint', '--format', 'json'], cwd);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ rule: 'syntax-error', line: 3, column: 13 });
    });

    it('bad config: exit 2 naming the key', async () => {
      const cwd = project({ '.pgmig.yml': 'rules:\n  no-such-rule: error\n', 'db/migration/V1__a.sql': 'SELECT 1;' });
      const r = await cli(['lint'], cwd);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/rules\.no-such-rule: unknown rule/);
    });
  });

  it('rules lists every rule with its default severity', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toMatch(new RegExp(`^${rule.id}\\s+(error|warning|off)\\b`, 'm'));
    const json = JSON.parse((await cli(['rules', '--json'])).stdout);
    expect(json).toHaveLength(RULES.length);
  });

  it('explain prints why, instead and an example; unknown rules exit 2', async () => {
    const r = await cli(['explain', 'require-concurrent-index-creation']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Why: .*SHARE lock/);
    expect(r.stdout).toMatch(/Good:\n {4}CREATE INDEX CONCURRENTLY/);
    const bad = await cli(['explain', 'require-concurrent-index']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule "require-concurrent-index".*did you mean/);
  });
});
