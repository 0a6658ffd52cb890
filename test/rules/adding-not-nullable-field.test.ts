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

  it('does not fire when a validated CHECK (col IS NOT NULL) from earlier migrations covers the column (PostgreSQL 12+ skips the scan)', async () => {
    const before = [
      'CREATE TABLE lead (id bigint, owner_id bigint, email text, CONSTRAINT lead_email_nn CHECK (email IS NOT NULL));',
      'ALTER TABLE lead ADD CONSTRAINT lead_owner_nn CHECK (owner_id IS NOT NULL) NOT VALID;',
      'ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_nn;',
    ];
    const sql = 'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;\nALTER TABLE lead ALTER COLUMN email SET NOT NULL;';
    expect(await lintSql(sql, { before, rule })).toEqual([]);
    // before 12 the server scans anyway
    expect(await lintSql(sql, { before, rule, config: 'postgresVersion: 11\n' })).toHaveLength(2);
  });

  it('still fires when the earlier check was never validated, or was dropped again', async () => {
    const notValid = ['CREATE TABLE lead (id bigint, owner_id bigint);', 'ALTER TABLE lead ADD CONSTRAINT lead_owner_nn CHECK (owner_id IS NOT NULL) NOT VALID;'];
    expect(await lintSql('ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;', { before: notValid, rule })).toHaveLength(1);
    const dropped = [
      'CREATE TABLE lead (id bigint, owner_id bigint, CONSTRAINT lead_owner_nn CHECK (owner_id IS NOT NULL));',
      'ALTER TABLE lead DROP CONSTRAINT lead_owner_nn;',
    ];
    expect(await lintSql('ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;', { before: dropped, rule })).toHaveLength(1);
  });
});
