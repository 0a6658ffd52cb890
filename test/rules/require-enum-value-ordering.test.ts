import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'require-enum-value-ordering';

describe(rule, () => {
  it('fires on ADD VALUE without BEFORE or AFTER, at ADD VALUE', async () => {
    const sql = "ALTER TYPE lead_status ADD VALUE 'qualified';\nALTER TYPE app.lead_status\n  ADD VALUE IF NOT EXISTS 'lost';";
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 24],
      [3, 3],
    ]);
    expect(f[0]!.message).toBe("ADD VALUE 'qualified' to enum lead_status without BEFORE or AFTER puts it last in the sort order; say where it belongs");
    expect(f[1]!.message).toContain('enum app.lead_status');
    expect(f[0]!.severity).toBe('warning');
  });

  it('fires on an enum created in the same file too: the order is the point, not a lock', async () => {
    const sql = "CREATE TYPE s AS ENUM ('a');\nALTER TYPE s ADD VALUE 'b';";
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([2]);
  });

  it('does not fire with BEFORE or AFTER, nor on RENAME VALUE', async () => {
    const sql = "ALTER TYPE s ADD VALUE 'b' BEFORE 'c';\nALTER TYPE s ADD VALUE IF NOT EXISTS 'd' AFTER 'c';\nALTER TYPE s RENAME VALUE 'a' TO 'z';";
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
