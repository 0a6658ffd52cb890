import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'prefer-text-field';

describe(rule, () => {
  it('fires on varchar(n) in every spelling, at the type', async () => {
    const sql = 'CREATE TABLE lead (\n  a varchar(10),\n  b character varying(20),\n  c varchar(5)[],\n  d pg_catalog.varchar(3),\n  e char varying(4)\n);';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 5],
    ]);
    expect(f[0]!.message).toBe('column lead.a is varchar(10); changing the limit later can lock and rewrite the table: use text with a CHECK on its length');
    expect(f[2]!.message).toContain('varchar(5)[]');
  });

  it('fires on ADD COLUMN and ALTER COLUMN … TYPE', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN email varchar(255);\nALTER TABLE lead ALTER COLUMN name SET DATA TYPE varchar(100);';
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([1, 2]);
  });

  it('does not fire on text, varchar without a length, char(n) or casts', async () => {
    const sql = "CREATE TABLE t (a text, b varchar, c character varying, d char(2));\nSELECT 'x'::varchar(3);";
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
