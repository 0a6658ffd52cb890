import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'prefer-timestamp-tz';

describe(rule, () => {
  it('fires on timestamp in every spelling, at the type', async () => {
    const sql = [
      'CREATE TABLE event (',
      '  a timestamp,',
      '  b timestamp(3),',
      '  c timestamp without time zone,',
      '  d timestamp[],',
      '  e pg_catalog.timestamp',
      ');',
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 5],
    ]);
    expect(f[0]!.message).toBe('column event.a is timestamp without time zone, which drops the UTC offset of every value; use timestamptz');
  });

  it('fires on ADD COLUMN and ALTER COLUMN … TYPE', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN seen_at timestamp;\nALTER TABLE lead\n  ALTER COLUMN created_at TYPE timestamp(0);';
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([1, 3]);
  });

  it('does not fire on timestamptz, date, time, or varchar', async () => {
    const sql = 'CREATE TABLE t (a timestamptz, b timestamp with time zone, c date, d time, e pg_catalog.varchar(5), f app.timestamp);';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
