import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-char-field';

describe(rule, () => {
  it('fires on char, character, bpchar and nchar columns in CREATE TABLE, at the type', async () => {
    const sql = 'CREATE TABLE country (\n  code char(2) PRIMARY KEY,\n  code3 character(3),\n  name varchar(100),\n  legacy bpchar,\n  n nchar(4)\n);';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 8],
      [3, 9],
      [5, 10],
      [6, 5],
    ]);
    expect(f[0]!.message).toContain('code');
    expect(f[0]!.message).toContain('country');
  });

  it('fires on ADD COLUMN and ALTER COLUMN … TYPE, also on a new table', async () => {
    const sql = 'CREATE TABLE t (id bigint);\nALTER TABLE t ADD COLUMN grade char(1);\nALTER TABLE lead ALTER COLUMN code TYPE character(3);';
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([2, 3]);
  });

  it('does not fire on text, varchar or character varying, nor outside tables', async () => {
    const sql = [
      'CREATE TABLE t (a text, b varchar(3), c character varying(9));',
      "SELECT 'x'::char(3);",
      'CREATE TYPE pair AS (a char(2));',
      'CREATE FUNCTION f(a char) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
