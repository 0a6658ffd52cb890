import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'update-delete-without-where';

describe(rule, () => {
  it('fires on UPDATE and DELETE without WHERE', async () => {
    const f = await lintSql("UPDATE customer SET tier = 'basic';\nDELETE FROM audit_log;", { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(f[0]!.message).toContain('every row of customer');
  });

  it('fires on a WHERE that is always true, at the WHERE', async () => {
    const sql = "UPDATE customer SET tier = 'basic' WHERE 1 = 1;\nDELETE FROM audit_log WHERE true OR id > 5;\nUPDATE s.t SET a = 1 WHERE NOT false AND 'x' = 'x';";
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 42],
      [2, 29],
      [3, 28],
    ]);
    expect(f[2]!.message).toContain('always true');
  });

  it('does not fire on a real WHERE, or on a table created in the same change', async () => {
    expect(await lintSql("UPDATE customer SET tier = 'basic' WHERE id < 1000;\nDELETE FROM audit_log WHERE at < now() - interval '1 year';\nUPDATE t SET a = 1 WHERE 1 = 2 OR a IS NULL;", { rule })).toEqual([]);
    expect(await lintSql("CREATE TABLE tier (name text);\nINSERT INTO tier VALUES ('basic');\nUPDATE tier SET name = upper(name);\nDELETE FROM tier;", { rule })).toEqual([]);
  });
});
