import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-create-domain-with-constraint';

describe(rule, () => {
  it('fires on each CHECK and NOT NULL constraint, at the constraint', async () => {
    const sql = "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');\nCREATE DOMAIN positive AS bigint\n  NOT NULL CONSTRAINT pos CHECK (VALUE > 0);";
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 29],
      [3, 3],
      [3, 12],
    ]);
    expect(f[0]!.message).toContain('email');
  });

  it('does not fire on a plain domain, a DEFAULT or NULL', async () => {
    const sql = "CREATE DOMAIN label AS text;\nCREATE DOMAIN label2 AS text DEFAULT '' NULL;";
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
