import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'prefer-bigint-over-smallint';

describe(rule, () => {
  it('fires on smallint, int2, smallserial and serial2 columns, at the type', async () => {
    const sql = 'CREATE TABLE stage (\n  a smallint,\n  b pg_catalog.int2,\n  c smallserial,\n  d serial2,\n  e smallint[]\n);';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 5],
    ]);
    expect(f[0]!.message).toBe('column stage.a is smallint, a 16-bit integer that overflows at 32,767; use bigint');
    expect(f[0]!.severity).toBe('warning');
  });

  it('fires on ADD COLUMN and ALTER COLUMN … TYPE', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN rank smallint;\nALTER TABLE lead ALTER COLUMN pos TYPE int2;';
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([1, 2]);
  });

  it('does not fire on integer, bigint, int2vector or casts', async () => {
    const sql = 'CREATE TABLE t (a integer, b bigint, c int2vector, d serial);\nSELECT 1::smallint;';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
