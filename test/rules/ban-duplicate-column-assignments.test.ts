import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-duplicate-column-assignments';

describe(rule, () => {
  it('fires on each assignment of a column set twice in UPDATE', async () => {
    const f = await lintSql("UPDATE lead SET status = 'new',\n  status = 'open';", { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 17],
      [2, 3],
    ]);
    expect(f[0]!.message).toContain('status');
  });

  it('sees multi-column SET, INSERT column lists, ON CONFLICT and CTEs', async () => {
    const sql = [
      'UPDATE lead SET (a, b) = (1, 2), a = 3;',
      'INSERT INTO lead (a, a) VALUES (1, 2);',
      'INSERT INTO lead (id, a) VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET a = 1, a = 2;',
      'WITH x AS (UPDATE lead SET a = 1, a = 2 RETURNING id) SELECT * FROM x;',
    ].join('\n');
    const lines = (await lintSql(sql, { rule })).map((x) => x.line);
    expect([...new Set(lines)]).toEqual([1, 2, 3, 4]);
    expect(lines).toHaveLength(8);
  });

  it('sees SQL function bodies, rules and MERGE', async () => {
    const sql = [
      'CREATE FUNCTION touch() RETURNS void LANGUAGE sql BEGIN ATOMIC UPDATE lead SET a = 1, a = 2; END;',
      'CREATE RULE r AS ON INSERT TO lead DO ALSO UPDATE lead_stats SET n = 1, n = 2;',
      'MERGE INTO lead USING s ON lead.id = s.id WHEN MATCHED THEN UPDATE SET a = 1, a = 2;',
      'MERGE INTO lead USING s ON lead.id = s.id WHEN NOT MATCHED THEN INSERT (a, a) VALUES (1, 2);',
    ].join('\n');
    expect([...new Set((await lintSql(sql, { rule })).map((x) => x.line))]).toEqual([1, 2, 3, 4]);
  });

  it('does not fire on distinct columns, fields of a composite or array elements', async () => {
    const sql = "UPDATE lead SET status = 'new', stage = 'open';\nUPDATE lead SET c.x = 1, c.y = 2;\nUPDATE lead SET a[1] = 1, a[2] = 2;";
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
