import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';
import definition from '../../src/rules/require-rls.js';

const rule = 'require-rls';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);';
const enable = 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;';

describe(rule, () => {
  it('fires at the CREATE TABLE of a new table without RLS, naming it', async () => {
    const f = await lintSql(`SET lock_timeout = '1s';\n\n  ${table}`, { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 3, endLine: 3, severity: 'error', file: 'db/migration/V100__change.sql' });
    expect(f[0]!.message).toContain('lead');
    expect(f[0]!.help).toContain('ALTER TABLE lead ENABLE ROW LEVEL SECURITY');
  });

  it('does not fire when the same file enables RLS, before or after other statements', async () => {
    expect(await lintSql(`${table}\nCREATE INDEX i ON lead (territory_id);\n${enable}`, { rule })).toEqual([]);
  });

  it('fires on CREATE TABLE AS and names the schema outside public', async () => {
    const f = await lintSql('CREATE SCHEMA app;\nCREATE TABLE app.lead_copy AS SELECT 1 AS id;', {
      rule,
      config: 'rls: { schemas: [public, app] }',
    });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1 });
    expect(f[0]!.message).toContain('app.lead_copy');
  });

  it('fires on SELECT … INTO a new table, as on CREATE TABLE AS, but not INTO a temporary one', async () => {
    const f = await lintSql('SELECT * INTO lead_archive FROM lead WHERE closed;\nSELECT * INTO TEMP lead_scratch FROM lead;', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 1]]);
    expect(f[0]!.message).toContain('lead_archive');
  });

  it('fires for each unprotected table and only those', async () => {
    const f = await lintSql(`CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nALTER TABLE b ENABLE ROW LEVEL SECURITY;\nCREATE UNLOGGED TABLE c (id int);`, { rule });
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
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('fires for a partition detached from its parent in the change', async () => {
    const sql = [
      'CREATE TABLE event (id bigint, at date) PARTITION BY RANGE (at);',
      'ALTER TABLE event ENABLE ROW LEVEL SECURITY;',
      "CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
      'ALTER TABLE event DETACH PARTITION event_2025;',
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.message).toContain('event_2025');
  });

  it('does not fire for a table in a schema not listed in rls.schemas', async () => {
    const config = 'rls: { schemas: [app] }';
    expect(await lintSql(table, { rule, config })).toEqual([]);
    expect(await lintSql('CREATE TABLE audit.log (id int);', { rule, config })).toEqual([]);
    const f = await lintSql('CREATE TABLE app.lead (id int);', { rule, config });
    expect(f).toHaveLength(1);
  });

  it('does not fire for an excluded table, by name or schema-qualified', async () => {
    expect(await lintSql('CREATE TABLE flyway_schema_history (installed_rank int);', { rule })).toEqual([]);
    const config = 'rls: { exclude: [country, public.currency] }';
    expect(await lintSql('CREATE TABLE country (code text);\nCREATE TABLE currency (code text);', { rule, config })).toEqual([]);
    // exclude replaces the default list
    expect(await lintSql('CREATE TABLE flyway_schema_history (installed_rank int);', { rule, config })).toHaveLength(1);
  });

  it('does not fire for a table from an earlier migration', async () => {
    expect(await lintSql('ALTER TABLE lead ADD COLUMN note text;', { before: [table], rule })).toEqual([]);
  });

  it('fires when the change enables RLS and then disables it again', async () => {
    const f = await lintSql(`${table}\n${enable}\nALTER TABLE lead DISABLE ROW LEVEL SECURITY;`, { rule });
    expect(f.map((x) => x.line)).toEqual([1]);
  });

  it('does not fire for a table created and dropped in the change', async () => {
    expect(await lintSql(`${table}\nDROP TABLE lead;`, { rule })).toEqual([]);
  });

  it('follows a rename and reports the new name at the CREATE', async () => {
    const f = await lintSql(`${table}\nALTER TABLE lead RENAME TO prospect;`, { rule });
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
    const f = await lintSql(`-- pgmig-ignore ${rule}\n${table}`);
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('can be turned off in the config', async () => {
    expect(await lintSql(table, { rule, config: `rules: { ${rule}: off }` })).toEqual([]);
  });

  it('fires on its bad example and not on its good one', async () => {
    expect((await lintSql(definition.docs.example!.bad, { rule })).length).toBeGreaterThan(0);
    expect(await lintSql(definition.docs.example!.good, { rule })).toEqual([]);
  });
});

describe('require-rls with undo files in the change', () => {
  it('an undo that drops the table does not hide the missing RLS', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY);',
        'db/migration/U1__lead.sql': 'DROP TABLE lead;',
      },
      { files: ['db/migration/V1__lead.sql', 'db/migration/U1__lead.sql'] },
    );
    expect(f.filter((x) => x.rule === 'require-rls').map((x) => x.file)).toEqual(['db/migration/V1__lead.sql']);
  });
});
