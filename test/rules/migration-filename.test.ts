import { describe, expect, it } from 'vitest';
import { lintProject } from '../helpers/project.js';

const rule = 'migration-filename';
const sql = 'CREATE TABLE lead (id bigint PRIMARY KEY);\n';
const only = (f: Awaited<ReturnType<typeof lintProject>>) => f.filter((x) => x.rule === rule);

describe(rule, () => {
  it('fires on a single "_" after the version and shows the corrected name', async () => {
    const f = only(await lintProject({ 'db/migration/V12_add_index.sql': sql }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'db/migration/V12_add_index.sql', line: 1, column: 1, severity: 'error' });
    expect(f[0]!.message).toMatch(/no "__"/);
    expect(f[0]!.message).toMatch(/rename it to V12__add_index\.sql/);
    expect(f[0]!.help).toMatch(/V12__add_index\.sql/);
  });

  it("does not fire on Flyway's own name styles, which Flyway runs (issue 18 item 9)", async () => {
    const f = await lintProject({
      'db/migration/V1__Create_person_table.sql': sql,
      'db/migration/V2__AddUsers.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
      'db/migration/V3__add-email.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
    });
    expect(only(f)).toEqual([]);
  });

  it('says Flyway skips the names it skips', async () => {
    const f = only(await lintProject({ 'db/migration/V12_add_index.sql': sql, 'db/migration/v13__x.sql': sql, 'db/migration/add_index.sql': sql }));
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/Flyway skips it/), expect.stringMatching(/Flyway skips it/), expect.stringMatching(/Flyway skips it/)]);
  });

  it('fires on a name with no prefix and suggests the placeholder', async () => {
    const f = only(await lintProject({ 'db/migration/add_index.sql': sql }));
    expect(f[0]!.message).toMatch(/rename it to VXXX__add_index\.sql/);
  });

  it('fires without a suggestion when none can be guessed', async () => {
    const f = only(await lintProject({ 'db/migration/M3__lead.sql': sql }));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/does not start with V<version>/);
    expect(f[0]!.message).not.toMatch(/rename/);
  });

  it('fires on files in subfolders of the migrations folder (Flyway scans them too)', async () => {
    const f = only(await lintProject({ 'db/migration/2024/v5__x.sql': sql }));
    expect(f.map((x) => x.file)).toEqual(['db/migration/2024/v5__x.sql']);
    expect(f[0]!.message).toMatch(/upper case.*rename it to V5__x\.sql/);
  });

  it('does not fire on well-named files', async () => {
    const f = await lintProject({
      'db/migration/V1__lead.sql': sql,
      'db/migration/U1__lead.sql': 'DROP TABLE lead;',
      'db/migration/V1.1__lead_status.sql': 'ALTER TABLE lead ADD COLUMN status text;',
      'db/migration/R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1;',
      'db/migration/VXXX__lead_owner.sql': 'ALTER TABLE lead ADD COLUMN owner_id bigint;',
      'db/migration/UXXX__lead_owner.sql': 'ALTER TABLE lead DROP COLUMN owner_id;',
    });
    expect(only(f)).toEqual([]);
  });

  it('accepts a configured placeholder and rejects the default one then', async () => {
    const f = only(
      await lintProject({
        '.pgmig.yml': 'placeholder: VNEXT\n',
        'db/migration/VNEXT__a.sql': sql,
        'db/migration/UNEXT__a.sql': 'DROP TABLE lead;',
        'db/migration/VXXX__b.sql': 'SELECT 1;',
      }),
    );
    expect(f.map((x) => x.file)).toEqual(['db/migration/VXXX__b.sql']);
  });

  it('does not fire on Flyway callbacks', async () => {
    const f = await lintProject({ 'db/migration/V1__lead.sql': sql, 'db/migration/afterMigrate__grants.sql': 'GRANT SELECT ON lead TO reader;' });
    expect(only(f)).toEqual([]);
  });

  it('does not fire on a linted file outside the migrations folders', async () => {
    const f = await lintProject({ 'db/migration/V1__lead.sql': sql, 'scratch/fix.sql': 'SELECT 1;' }, { files: ['scratch/fix.sql'] });
    expect(only(f)).toEqual([]);
  });

  it('checks only the linted files', async () => {
    const f = await lintProject({ 'db/migration/V1_lead.sql': sql, 'db/migration/V2__x.sql': 'SELECT 1;' }, { files: ['db/migration/V2__x.sql'] });
    expect(only(f)).toEqual([]);
  });

  it('can be silenced for the file', async () => {
    const f = await lintProject({ 'db/migration/V1_lead.sql': `-- pgmig-ignore-file ${rule}\n${sql}` });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('lints V8__x.SQL and configured sqlMigrationSuffixes as migrations (issue 25 item 7)', async () => {
    const f = await lintProject({
      '.pgmig.yml': 'sqlMigrationSuffixes: [.sql, .pgsql]\n',
      'db/migration/V1__lead.sql': sql,
      'db/migration/V8__x.SQL': 'CREATE INDEX lead_idx ON lead (id);\n',
      'db/migration/V9__y.pgsql': 'DROP INDEX lead_idx;\n',
    });
    expect(f.filter((x) => x.rule === 'require-concurrent-index-creation').map((x) => x.file)).toEqual(['db/migration/V8__x.SQL']);
    expect(f.filter((x) => x.rule === 'require-concurrent-index-deletion').map((x) => x.file)).toEqual(['db/migration/V9__y.pgsql']);
    expect(only(f)).toEqual([]);
  });
});
