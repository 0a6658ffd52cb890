import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'prefer-bigint-over-int';

describe(rule, () => {
  it('fires on int, integer, int4 (also qualified or quoted), int[] and serial columns, at the type', async () => {
    const sql = [
      'CREATE TABLE lead (',
      '  a int,',
      '  b integer,',
      '  c int4,',
      '  d pg_catalog.int4,',
      '  e "int4",',
      '  f int[],',
      '  g serial,',
      '  h serial4',
      ');',
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 5],
      [7, 5],
      [8, 5],
      [9, 5],
    ]);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    expect(f[0]!.message).toBe('column lead.a is integer, a 32-bit integer that overflows at 2,147,483,647; use bigint');
    expect(f[6]!.message).toContain('column lead.g is serial');
  });

  it('fires on ADD COLUMN and ALTER COLUMN … TYPE, new tables included', async () => {
    const sql = 'CREATE TABLE t (id bigint);\nALTER TABLE t ADD COLUMN n integer;\nALTER TABLE lead\n  ALTER COLUMN score TYPE int USING score::int;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => x.line)).toEqual([2, 4]);
    expect(f[1]!.message).toContain('lead.score');
  });

  it('does not fire on bigint, smallint, int4range, other schemas\' types, or outside table columns', async () => {
    const sql = [
      'CREATE TABLE t (a bigint, b int8, c bigserial, d smallint, e int4range, f app.int4, g public.serial, h numeric);',
      'CREATE FOREIGN TABLE ft (a int) SERVER s;',
      'CREATE TYPE pair AS (a int);',
      'CREATE DOMAIN n AS int;',
      'CREATE TABLE t2 AS SELECT 1::int AS a;',
      'ALTER TABLE t ALTER COLUMN a SET DEFAULT 1::int;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
