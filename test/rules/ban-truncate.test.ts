import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-truncate';

describe(rule, () => {
  it('fires on TRUNCATE of an existing table, with or without CASCADE', async () => {
    const f = await lintSql('TRUNCATE session_token;\n\nTRUNCATE TABLE s.job, job_run CASCADE;', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 1],
      [3, 1],
    ]);
    expect(f[1]!.message).toContain('s.job, job_run');
  });

  it('names only the existing tables, and is silent on tables created in the same change', async () => {
    const f = await lintSql('CREATE TABLE scratch (id bigint);\nTRUNCATE scratch;\nTRUNCATE scratch, session_token;', { rule });
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.message).not.toContain('scratch');
  });
});
