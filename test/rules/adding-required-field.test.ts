import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'adding-required-field';

describe(rule, () => {
  it('fires on ADD COLUMN … NOT NULL without a default, at the action', async () => {
    const f = await lintSql('ALTER TABLE lead\n  ADD COLUMN a text,\n  ADD COLUMN status text NOT NULL;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 3, severity: 'warning' });
    expect(f[0]!.message).toContain('status');
  });

  it('fires when the default is NULL', async () => {
    expect(await lintSql('ALTER TABLE lead ADD COLUMN s text NOT NULL DEFAULT NULL;', { rule })).toHaveLength(1);
  });

  it('does not fire when something fills existing rows', async () => {
    const sql = [
      "ALTER TABLE lead ADD COLUMN a text NOT NULL DEFAULT 'x';",
      'ALTER TABLE lead ADD COLUMN b bigint NOT NULL GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE lead ADD COLUMN c numeric NOT NULL GENERATED ALWAYS AS (x + 1) STORED;',
      'ALTER TABLE lead ADD COLUMN d serial NOT NULL;',
      'ALTER TABLE lead ADD COLUMN e text;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('does not fire on a table created in the same change', async () => {
    expect(await lintSql('CREATE TABLE tag (id bigint);\nALTER TABLE tag ADD COLUMN name text NOT NULL;', { rule })).toEqual([]);
  });
});
