import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { runLint } from '../../src/commands/lint.js';
import { lintProject, lintSql, project } from '../helpers/project.js';
import definition from '../../src/rules/require-rls.js';

const rule = 'require-rls';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);';
const enable = 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;';
// a project that has not used RLS yet is not checked (below): these cases opt in through the config
const on = 'rls: { schemas: [public] }';
const lintRls = (sql: string, opts: Parameters<typeof lintSql>[1] = {}) => lintSql(sql, { config: on, ...opts });

describe(rule, () => {
  it('fires at the CREATE TABLE of a new table without RLS, naming it', async () => {
    const f = await lintRls(`SET lock_timeout = '1s';\n\n  ${table}`, { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 3, endLine: 3, severity: 'error', file: 'db/migration/V100__change.sql' });
    expect(f[0]!.message).toContain('lead');
    expect(f[0]!.help).toContain('ALTER TABLE lead ENABLE ROW LEVEL SECURITY');
  });

  it('does not fire when the same file enables RLS, before or after other statements', async () => {
    expect(await lintRls(`${table}\nCREATE INDEX i ON lead (territory_id);\n${enable}`, { rule })).toEqual([]);
  });

  it('fires on CREATE TABLE AS and names the schema outside public', async () => {
    const f = await lintRls('CREATE SCHEMA app;\nCREATE TABLE app.lead_copy AS SELECT 1 AS id;', {
      rule,
      config: 'rls: { schemas: [public, app] }',
    });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1 });
    expect(f[0]!.message).toContain('app.lead_copy');
  });

  it('fires on SELECT … INTO a new table, as on CREATE TABLE AS, but not INTO a temporary one', async () => {
    const f = await lintRls('SELECT * INTO lead_archive FROM lead WHERE closed;\nSELECT * INTO TEMP lead_scratch FROM lead;', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 1]]);
    expect(f[0]!.message).toContain('lead_archive');
  });

  it('fires for each unprotected table and only those', async () => {
    const f = await lintRls(`CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nALTER TABLE b ENABLE ROW LEVEL SECURITY;\nCREATE UNLOGGED TABLE c (id int);`, { rule });
    expect(f.map((x) => x.line)).toEqual([1, 4]);
  });

  it('does not fire for temporary tables, views, materialized views or partitions', async () => {
    const sql = [
      'CREATE TEMP TABLE scratch (id int);',
      'CREATE TABLE pg_temp.scratch2 (id int);',
      'CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;',
      'CREATE VIEW v AS SELECT 1 AS x;',
      'CREATE TABLE event (id bigint, at date) PARTITION BY RANGE (at);',
      'ALTER TABLE event ENABLE ROW LEVEL SECURITY;',
      "CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
      'CREATE TABLE event_2026 (id bigint, at date);',
      "ALTER TABLE event ATTACH PARTITION event_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
    ].join('\n');
    expect(await lintRls(sql, { rule })).toEqual([]);
  });

  it('fires for a partition detached from its parent in the change', async () => {
    const sql = [
      'CREATE TABLE event (id bigint, at date) PARTITION BY RANGE (at);',
      'ALTER TABLE event ENABLE ROW LEVEL SECURITY;',
      "CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
      'ALTER TABLE event DETACH PARTITION event_2025;',
    ].join('\n');
    const f = await lintRls(sql, { rule });
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.message).toContain('event_2025');
  });

  it('does not fire for a table in a schema not listed in rls.schemas', async () => {
    const config = 'rls: { schemas: [app] }';
    expect(await lintRls(table, { rule, config })).toEqual([]);
    expect(await lintRls('CREATE TABLE audit.log (id int);', { rule, config })).toEqual([]);
    const f = await lintRls('CREATE TABLE app.lead (id int);', { rule, config });
    expect(f).toHaveLength(1);
  });

  it('does not fire for an excluded table, by name or schema-qualified', async () => {
    expect(await lintRls('CREATE TABLE flyway_schema_history (installed_rank int);', { rule })).toEqual([]);
    const config = 'rls: { exclude: [country, public.currency] }';
    expect(await lintRls('CREATE TABLE country (code text);\nCREATE TABLE currency (code text);', { rule, config })).toEqual([]);
    // exclude replaces the default list
    expect(await lintRls('CREATE TABLE flyway_schema_history (installed_rank int);', { rule, config })).toHaveLength(1);
  });

  it('does not fire for a table from an earlier migration', async () => {
    expect(await lintRls('ALTER TABLE lead ADD COLUMN note text;', { before: [table], rule })).toEqual([]);
  });

  it('fires when the change enables RLS and then disables it again', async () => {
    const f = await lintRls(`${table}\n${enable}\nALTER TABLE lead DISABLE ROW LEVEL SECURITY;`, { rule });
    expect(f.map((x) => x.line)).toEqual([1]);
  });

  it('does not fire for a table created and dropped in the change', async () => {
    expect(await lintRls(`${table}\nDROP TABLE lead;`, { rule })).toEqual([]);
  });

  it('follows a rename and reports the new name at the CREATE', async () => {
    const f = await lintRls(`${table}\nALTER TABLE lead RENAME TO prospect;`, { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 1 });
    expect(f[0]!.message).toContain('prospect');
  });

  it('is satisfied by ENABLE in a later file of the same change', async () => {
    const files = {
      'db/migration/V1__lead.sql': table,
      'db/migration/V2__lead_rls.sql': `${enable}\nCREATE POLICY p ON lead USING (territory_id = 1);`,
    };
    const f = await lintProject(files, { files: ['db/migration/V1__lead.sql', 'db/migration/V2__lead_rls.sql'] });
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('fires on the earlier file when the whole folder is linted (each file was its own change)', async () => {
    const f = await lintProject({
      'db/migration/V1__lead.sql': table,
      'db/migration/V2__lead_rls.sql': `${enable}\nCREATE POLICY p ON lead USING (territory_id = 1);`,
    });
    expect(f.filter((x) => x.rule === rule).map((x) => [x.file, x.line])).toEqual([['db/migration/V1__lead.sql', 1]]);
  });

  it('can be silenced at the CREATE TABLE', async () => {
    const f = await lintRls(`-- pgmig-ignore ${rule}\n${table}`);
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('can be turned off in the config', async () => {
    expect(await lintRls(table, { rule, config: `rules: { ${rule}: off }` })).toEqual([]);
  });

  it('fires on its bad example and not on its good one', async () => {
    const config = definition.docs.example!.config;
    expect((await lintSql(definition.docs.example!.bad, { rule, config })).length).toBeGreaterThan(0);
    expect(await lintSql(definition.docs.example!.good, { rule, config })).toEqual([]);
  });
});

describe('require-rls with undo files in the change', () => {
  it('an undo that drops the table does not hide the missing RLS', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY);',
        'db/migration/U1__lead.sql': 'DROP TABLE lead;',
        '.pgmig.yml': on,
      },
      { files: ['db/migration/V1__lead.sql', 'db/migration/U1__lead.sql'] },
    );
    expect(f.filter((x) => x.rule === 'require-rls').map((x) => x.file)).toEqual(['db/migration/V1__lead.sql']);
  });
});

describe('require-rls in a project that does not use RLS', () => {
  it('reports nothing and says once, as a notice, how to turn it on', async () => {
    const cwd = project({ 'db/migration/V1__a.sql': 'CREATE TABLE a (id int);', 'db/migration/V2__b.sql': 'CREATE TABLE b (id int);\nCREATE TABLE c (id int);' });
    const { result } = await runLint({ cwd });
    expect(result.findings.filter((f) => f.rule === rule)).toEqual([]);
    const notices = (result.notices ?? []).filter((n) => n.includes('require-rls'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('rls: { schemas: [public] }');
  });

  it('checks every table once any migration uses RLS, even in a DO block or a later file', async () => {
    const files = {
      'db/migration/V1__a.sql': 'CREATE TABLE a (id int);',
      'db/migration/V2__b.sql': 'CREATE TABLE b (id int);\nDO $$ BEGIN ALTER TABLE b ENABLE ROW LEVEL SECURITY; END $$;\nCREATE POLICY p ON b USING (id = 1);',
    };
    const { result } = await runLint({ cwd: project(files) });
    expect(result.findings.filter((f) => f.rule === rule).map((f) => f.file)).toEqual(['db/migration/V1__a.sql']);
    expect((result.notices ?? []).filter((n) => n.includes('require-rls'))).toEqual([]);
  });

  it('is turned on by rls or rules.require-rls in the config, and a notice is not said then', async () => {
    for (const config of ['rls: { schemas: [public] }', 'rules: { require-rls: warning }']) {
      const { result } = await runLint({ cwd: project({ 'db/migration/V1__a.sql': 'CREATE TABLE a (id int);', '.pgmig.yml': config }) });
      expect(result.findings.filter((f) => f.rule === rule)).toHaveLength(1);
      expect(result.notices ?? []).toEqual([]);
    }
  });

  it('prints the notice once in the text output', async () => {
    const cwd = project({ 'db/migration/V1__a.sql': 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);', 'db/migration/V2__c.sql': 'CREATE TABLE c (id int);' });
    let stderr = '';
    const code = await runCli(['lint'], { cwd, stdout: () => {}, stderr: (s) => (stderr += s), isTTY: false, env: {} });
    expect(code).toBe(0);
    expect(stderr.match(/require-rls is not checking/g)).toHaveLength(1);
  });
});
