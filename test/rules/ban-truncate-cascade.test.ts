import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-truncate-cascade';

describe(rule, () => {
  it('fires on TRUNCATE … CASCADE, at CASCADE', async () => {
    const f = await lintSql('TRUNCATE lead_import CASCADE;\nTRUNCATE a RESTART IDENTITY\n  CASCADE;', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 22],
      [3, 3],
    ]);
    expect(f[0]!.message).toContain('lead_import');
  });

  it('does not fire without CASCADE', async () => {
    expect(await lintSql('TRUNCATE lead_import;\nTRUNCATE TABLE a, b RESTRICT;', { rule })).toEqual([]);
  });
});
