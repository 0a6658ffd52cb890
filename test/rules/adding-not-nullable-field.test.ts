import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'adding-not-nullable-field';

describe(rule, () => {
  it('fires on SET NOT NULL of an existing table, at the action', async () => {
    const f = await lintSql('ALTER TABLE lead\n  ALTER COLUMN a DROP DEFAULT,\n  ALTER COLUMN owner_id SET NOT NULL;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 3, severity: 'warning' });
    expect(f[0]!.message).toContain('lead.owner_id');
  });

  it('does not fire after a NOT NULL check was validated in the file (PostgreSQL 12+)', async () => {
    const sql = [
      'ALTER TABLE lead ADD CONSTRAINT owner_nn CHECK (owner_id IS NOT NULL) NOT VALID;',
      'COMMIT;',
      'ALTER TABLE lead VALIDATE CONSTRAINT owner_nn;',
      'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
      'ALTER TABLE lead ALTER COLUMN team_id SET NOT NULL;',
    ].join('\n');
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([5]);
  });

  it('still fires when the check is not validated yet', async () => {
    const sql = 'ALTER TABLE lead ADD CONSTRAINT owner_nn CHECK (owner_id IS NOT NULL) NOT VALID;\nALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;';
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([2]);
  });

  it('trusts a check added valid, which proves the column at once', async () => {
    const sql = 'ALTER TABLE lead ADD CONSTRAINT owner_nn CHECK (owner_id IS NOT NULL);\nALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('trusts a VALIDATE of a constraint added by an earlier migration on the same table only', async () => {
    const sql = [
      'ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_id_not_null;',
      'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
      'ALTER TABLE team ALTER COLUMN name SET NOT NULL;',
    ].join('\n');
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([3]);
  });

  it('fires even with a validated check before PostgreSQL 12, with advice for that version', async () => {
    const sql = [
      'ALTER TABLE lead ADD CONSTRAINT owner_nn CHECK (owner_id IS NOT NULL) NOT VALID;',
      'ALTER TABLE lead VALIDATE CONSTRAINT owner_nn;',
      'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
    ].join('\n');
    const f = await lintSql(sql, { rule, config: 'postgresVersion: 11\n' });
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.help).toContain('PostgreSQL 11');
  });

  it('does not fire on ADD COLUMN … NOT NULL (adding-required-field covers it)', async () => {
    expect(await lintSql("ALTER TABLE lead ADD COLUMN s text NOT NULL DEFAULT 'x';", { rule })).toEqual([]);
  });

  it('does not fire on a table created in the same change', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__tag.sql': 'CREATE TABLE tag (id bigint, name text);',
        'db/migration/V2__tag_nn.sql': 'ALTER TABLE tag ALTER COLUMN name SET NOT NULL;',
      },
      { files: ['db/migration/V1__tag.sql', 'db/migration/V2__tag_nn.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });
});
