import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'changing-column-type';

describe(rule, () => {
  it('fires on ALTER COLUMN … TYPE, at the new type', async () => {
    const sql = 'ALTER TABLE lead ALTER COLUMN score TYPE bigint;\nALTER TABLE lead\n  ALTER COLUMN a SET DEFAULT 0,\n  ALTER b SET DATA TYPE text USING b::text;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 42],
      [4, 25],
    ]);
    expect(f[0]!.message).toContain('lead.score');
  });

  it('does not fire on composite types, other column changes or a table created in the same change', async () => {
    const sql = [
      'ALTER TYPE address ALTER ATTRIBUTE street TYPE text;',
      'ALTER TABLE lead ALTER COLUMN c SET STATISTICS 100;',
      'CREATE TABLE tag (id integer);',
      'ALTER TABLE tag ALTER COLUMN id TYPE bigint;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('fires on a table from an earlier migration', async () => {
    expect(await lintSql('ALTER TABLE tag ALTER COLUMN id TYPE bigint;', { before: ['CREATE TABLE tag (id integer);'], rule })).toHaveLength(1);
  });
});
