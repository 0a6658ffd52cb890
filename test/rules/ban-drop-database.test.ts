import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-drop-database';

describe(rule, () => {
  it('fires on DROP DATABASE as an error, naming the database', async () => {
    const f = await lintSql('SELECT 1;\nDROP DATABASE IF EXISTS analytics WITH (FORCE);', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1, severity: 'error' });
    expect(f[0]!.message).toContain('analytics');
  });

  it('does not fire on other drops', async () => {
    expect(await lintSql('DROP SCHEMA staging;\nDROP TABLE IF EXISTS x;\nDROP ROLE r;', { rule })).toEqual([]);
  });
});
