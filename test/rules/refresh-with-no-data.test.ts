import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'refresh-with-no-data';

describe(rule, () => {
  it('fires on WITH NO DATA of an existing view, at WITH NO DATA', async () => {
    const f = await lintSql('REFRESH MATERIALIZED VIEW sales_by_day WITH NO DATA;', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 40]]);
    expect(f[0]!.message).toContain('sales_by_day');
  });

  it('does not fire with data, or on a view created in the same change', async () => {
    expect(await lintSql('REFRESH MATERIALIZED VIEW sales_by_day WITH DATA;\nREFRESH MATERIALIZED VIEW CONCURRENTLY sales_by_day;', { rule })).toEqual([]);
    expect(await lintSql('CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x WITH NO DATA;\nREFRESH MATERIALIZED VIEW mv WITH NO DATA;', { rule })).toEqual([]);
  });
});
