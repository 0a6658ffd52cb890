import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { parseSetPairs, runNew } from '../../src/commands/new.js';
import { UserError } from '../../src/errors.js';
import { isNameProblem, parseMigrationName } from '../../src/migrations/name.js';
import { builtinTemplatesDir, checkValue, listTemplates, render, subjectOf } from '../../src/migrations/templates.js';
import { project } from '../helpers/project.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const read = (cwd: string, p: string) => readFileSync(join(cwd, p), 'utf8');

describe('pgmig new', () => {
  it('writes the pending migration, its undo and its pgTAP test into the configured folders', async () => {
    const cwd = project({ '.pgmig.yml': 'migrations: sql/schema\ntests: sql/pgtap\n' });
    const r = await cli(['new', 'Add lead notes', '--template', 'rls-table'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created sql/schema/VXXX__add_lead_notes.sql');
    expect(r.stdout).toContain('created sql/schema/UXXX__add_lead_notes.sql');
    expect(r.stdout).toContain('created sql/pgtap/VXXX__add_lead_notes_test.sql');
    const migration = read(cwd, 'sql/schema/VXXX__add_lead_notes.sql');
    // the table is the description without its verb; nothing is left unrendered
    expect(migration).toContain('CREATE TABLE IF NOT EXISTS lead_notes (');
    expect(migration).toContain("current_setting('app.territory', true)");
    expect(migration).toContain('REVOKE ALL ON lead_notes FROM PUBLIC;');
    expect(migration).toMatch(/^-- VXXX__add_lead_notes\.sql: lead_notes,/);
    expect(read(cwd, 'sql/schema/UXXX__add_lead_notes.sql')).toContain('DROP TABLE IF EXISTS lead_notes;');
    expect(read(cwd, 'sql/pgtap/VXXX__add_lead_notes_test.sql')).toContain("SELECT has_table(current_schema(), 'lead_notes', 'lead_notes exists');");
    for (const f of ['sql/schema/VXXX__add_lead_notes.sql', 'sql/schema/UXXX__add_lead_notes.sql', 'sql/pgtap/VXXX__add_lead_notes_test.sql']) {
      expect(read(cwd, f), f).not.toMatch(/(?<!\$)\{\{/);
    }
  });

  it('uses the configured placeholder and the blank template by default', async () => {
    const cwd = project({ '.pgmig.yml': 'placeholder: VNEXT\nlockTimeout: { max: 2s }\n' });
    const r = await cli(['new', 'tidy_indexes'], cwd);
    expect(r.code).toBe(0);
    const text = read(cwd, 'db/migration/VNEXT__tidy_indexes.sql');
    // the template's 3s would break the project's own lock-timeout-too-long limit
    expect(text).toContain("SET lock_timeout = '2000ms';");
    expect(existsSync(join(cwd, 'db/migration/UNEXT__tidy_indexes.sql'))).toBe(true);
    expect(read(cwd, 'db/tests/VNEXT__tidy_indexes_test.sql')).toContain("todo_start('write the tests of VNEXT__tidy_indexes.sql')");
  });

  it('refuses to overwrite: nothing is written when any of the files exists', async () => {
    const cwd = project({ 'db/tests/VXXX__add_lead_notes_test.sql': '-- mine\n' });
    const r = await cli(['new', 'add_lead_notes', '--template', 'rls-table'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/db\/tests\/VXXX__add_lead_notes_test\.sql already exists; pgmig new never overwrites a file/);
    expect(existsSync(join(cwd, 'db/migration/VXXX__add_lead_notes.sql'))).toBe(false);
    expect(read(cwd, 'db/tests/VXXX__add_lead_notes_test.sql')).toBe('-- mine\n');
    // and a second run after a first one changes nothing
    const cwd2 = project({});
    expect((await cli(['new', 'add_lead_notes', '--template', 'rls-table'], cwd2)).code).toBe(0);
    writeFileSync(join(cwd2, 'db/migration/VXXX__add_lead_notes.sql'), '-- edited\n');
    const again = await cli(['new', 'add_lead_notes', '--template', 'rls-table'], cwd2);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('db/migration/VXXX__add_lead_notes.sql, db/migration/UXXX__add_lead_notes.sql, db/tests/VXXX__add_lead_notes_test.sql already exist');
    expect(read(cwd2, 'db/migration/VXXX__add_lead_notes.sql')).toBe('-- edited\n');
  });

  it('fills variables from --set and --table, and says which are missing and what they mean', async () => {
    const cwd = project({});
    const missing = await cli(['new', 'add_lead_score', '--template', 'add-column'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('template add-column needs table, column: pass --set table=<table> --set column=<identifier>');
    expect(missing.stderr).toContain('column: the new column');
    const ok = await cli(['new', 'add_lead_score', '--template', 'add-column', '--table', 'app.lead', '--set', 'column=score', '--set', 'type=numeric(12, 2)', '--set', 'default=0'], cwd);
    expect(ok.stderr).toBe('');
    expect(read(cwd, 'db/migration/VXXX__add_lead_score.sql')).toContain('ALTER TABLE app.lead ADD COLUMN IF NOT EXISTS score numeric(12, 2) DEFAULT 0;');
    expect(read(cwd, 'db/tests/VXXX__add_lead_score_test.sql')).toContain("SELECT has_column('app', 'lead', 'score', 'app.lead has score');");
  });

  it('rejects values that would not make valid SQL, naming the variable', async () => {
    const cwd = project({});
    for (const [set, msg] of [
      ['table=Lead Notes', /table="Lead Notes": "Lead Notes" is not a plain lower-case SQL name/],
      ['table=a.b.c', /expected table or schema\.table/],
      ['nope=1', /template rls-table has no variable nope \(its variables: table, setting\)/],
      ['setting', /--set setting: expected name=value/],
    ] as const) {
      const r = await cli(['new', 'add_x', '--template', 'rls-table', '--set', set], cwd);
      expect(r.code, set).toBe(2);
      expect(r.stderr, set).toMatch(msg);
    }
    const r = await cli(['new', 'x', '--template', 'backfill', '--set', 'table=lead', '--set', 'column=c', '--set', 'value=1; DROP TABLE lead'], cwd);
    expect(r.stderr).toMatch(/an expression cannot contain ";"/);
    expect(existsSync(join(cwd, 'db/migration'))).toBe(false);
  });

  it('names an unknown template and lists the known ones', async () => {
    const r = await cli(['new', 'add_x', '--template', 'rls_table'], project({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no template named "rls_table"; the templates are: add-column, backfill, blank, enum-value, index-concurrently, not-valid-constraint, rls-table/);
  });

  it('writes both steps of a two-migration template, the second after the first by name', async () => {
    const cwd = project({});
    const result = runNew({ cwd, description: 'add_account_segment_present', template: 'not-valid-constraint', set: ['table=account', 'check=segment IS NOT NULL'] });
    expect(result.files.map((f) => [f.path, f.role])).toEqual([
      ['db/migration/VXXX__add_account_segment_present.sql', 'migration'],
      ['db/migration/UXXX__add_account_segment_present.sql', 'undo'],
      ['db/migration/VXXX__add_account_segment_present_validate.sql', 'migration'],
      ['db/migration/UXXX__add_account_segment_present_validate.sql', 'undo'],
      ['db/tests/VXXX__add_account_segment_present_test.sql', 'test'],
    ]);
    expect(read(cwd, 'db/migration/VXXX__add_account_segment_present_validate.sql')).toContain('ALTER TABLE account VALIDATE CONSTRAINT account_segment_present;');
    expect('VXXX__add_account_segment_present.sql' < 'VXXX__add_account_segment_present_validate.sql').toBe(true);
    for (const f of result.files.filter((x) => x.role !== 'test')) expect(isNameProblem(parseMigrationName(f.path)), f.path).toBe(false);
  });

  it('--list describes every template and its variables; exit 2 without a description', async () => {
    const cwd = project({});
    const list = await cli(['new', '--list'], cwd);
    expect(list.code).toBe(0);
    for (const t of listTemplates(builtinTemplatesDir()!)) {
      expect(list.stdout).toContain(`\n${t.name}`);
      expect(list.stdout).toContain(t.summary);
      for (const v of t.variables) expect(list.stdout).toMatch(new RegExp(`\\n    ${v.name} +${v.help.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    expect(list.stdout).toContain('index    the index name [default <table>_<columns>_idx]');
    const json = JSON.parse((await cli(['new', '--list', '--json'], cwd)).stdout);
    expect(json.find((t: { name: string }) => t.name === 'add-column').variables.map((v: { name: string; required: boolean }) => [v.name, v.required])).toEqual([
      ['table', true],
      ['column', true],
      ['type', false],
      ['default', false],
    ]);
    const none = await cli(['new'], cwd);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/name the migration: pgmig new <description>/);
  });

  it('--help documents the files, the refusal to overwrite, the templates and exit codes', async () => {
    const r = await cli(['new', '--help'], project({}));
    expect(r.code).toBe(0);
    for (const s of ['--template', '--set', '--table', '--list', '--templates', 'never overwrites', 'UXXX__<description>.sql', 'not-valid-constraint', 'Exit codes', 'Examples']) {
      expect(r.stdout).toContain(s);
    }
  });

  it('uses a templates folder of one\'s own', async () => {
    const cwd = project({
      'tpl/migrations/audit/template.yml': 'summary: Audit trigger\nvariables:\n  table: { kind: table, help: the audited table }\nexample:\n  description: audit_lead\n',
      'tpl/migrations/audit/migration.sql': 'CREATE TRIGGER {{table|bare}}_audit AFTER UPDATE ON {{table}} FOR EACH ROW EXECUTE FUNCTION audit();\n',
      'tpl/migrations/audit/undo.sql': 'DROP TRIGGER IF EXISTS {{table|bare}}_audit ON {{table}};\n',
      'tpl/migrations/audit/test.sql': "SELECT plan(1);\nSELECT has_trigger({{table|literal}}, '{{table|bare}}_audit');\n",
    });
    const r = await cli(['new', 'audit_lead', '--templates', 'tpl', '--template', 'audit', '--table', 'lead'], cwd);
    expect(r.stderr).toBe('');
    expect(read(cwd, 'db/migration/VXXX__audit_lead.sql')).toBe('CREATE TRIGGER lead_audit AFTER UPDATE ON lead FOR EACH ROW EXECUTE FUNCTION audit();\n');
    const bad = await cli(['new', 'x', '--templates', 'nowhere'], cwd);
    expect(bad.stderr).toMatch(/--templates nowhere: no migrations\/ folder there/);
  });
});

describe('template rendering', () => {
  it('substitutes variables and filters, keeps GitHub expressions, and handles sections', () => {
    const values = { table: 'app.lead', cols: 'owner_id, created_at', note: "it's", empty: '' };
    expect(render('{{table|bare}} {{table|schema_prefix}}x {{ cols | snake }} {{cols|array}} {{note|literal}}', values, 't')).toBe(
      "lead app.x owner_id_created_at ARRAY['owner_id', 'created_at'] 'it''s'",
    );
    expect(render('${{ secrets.X }} {{table}}', values, 't')).toBe('${{ secrets.X }} app.lead');
    expect(render('a{{#note}}+{{note}}{{/note}}{{#empty}}-{{/empty}}{{^empty}}!{{/empty}}', values, 't')).toBe("a+it's!");
    expect(() => render('{{missing}}', values, 'where.sql')).toThrow('where.sql: unknown variable {{missing}}');
    expect(() => render('{{table|upper}}', values, 'where.sql')).toThrow(/unknown filter \|upper/);
  });

  it('checks values by kind', () => {
    expect(checkValue({ name: 'columns', kind: 'identifiers' }, ' a ,b')).toBe('a, b');
    expect(checkValue({ name: 'type', kind: 'type' }, 'timestamp with time zone')).toBe('timestamp with time zone');
    expect(checkValue({ name: 'type', kind: 'type' }, 'text[]')).toBe('text[]');
    expect(() => checkValue({ name: 'type', kind: 'type' }, 'text); DROP TABLE x; --')).toThrow(UserError);
    expect(() => checkValue({ name: 'n', kind: 'identifier' }, 'x'.repeat(64))).toThrow(/63-byte limit/);
    expect(() => checkValue({ name: 'n', kind: 'integer' }, '0')).toThrow(/1 or more/);
    expect(() => checkValue({ name: 'v', kind: 'text' }, 'a\nb')).toThrow(/one line/);
  });

  it('takes the subject from the description and parses --set pairs', () => {
    expect(subjectOf('add_lead_notes')).toBe('lead_notes');
    expect(subjectOf('create_app_audit')).toBe('app_audit');
    expect(subjectOf('lead_notes')).toBe('lead_notes');
    expect(subjectOf('add')).toBe('add');
    expect(parseSetPairs(['a=1', 'batch-size=2', 'expr=x = y'])).toEqual({ a: '1', batch_size: '2', expr: 'x = y' });
    expect(() => parseSetPairs(['a=1', 'a=2'])).toThrow(/given twice/);
  });
});
