import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'concurrent-index-if-not-exists';

describe(rule, () => {
  it('fires on CREATE INDEX CONCURRENTLY IF NOT EXISTS, at IF NOT EXISTS', async () => {
    const f = await lintSql('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS member_email_key ON member (email);', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 34]]);
    expect(f[0]!.message).toContain('DROP INDEX CONCURRENTLY IF EXISTS member_email_key');
  });

  it('does not fire on a plain concurrent build, or on IF NOT EXISTS without CONCURRENTLY', async () => {
    const sql = 'DROP INDEX CONCURRENTLY IF EXISTS member_email_key;\nCREATE UNIQUE INDEX CONCURRENTLY member_email_key ON member (email);\nBEGIN;\nCREATE INDEX IF NOT EXISTS member_name_idx ON member (name);\nCOMMIT;';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
