import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-drop-schema';

describe(rule, () => {
  it('fires on DROP SCHEMA … CASCADE as an error, at CASCADE, and on a plain DROP SCHEMA', async () => {
    const f = await lintSql('DROP SCHEMA IF EXISTS legacy CASCADE;\nDROP SCHEMA staging;', { rule });
    expect(f.map((x) => [x.line, x.column, x.severity])).toEqual([
      [1, 30, 'error'],
      [2, 1, 'error'],
    ]);
    expect(f[0]!.message).toContain('every table');
  });

  it('does not fire on a schema created in the same change', async () => {
    expect(await lintSql('CREATE SCHEMA tmp_load;\nCREATE TABLE tmp_load.x (id bigint);\nDROP SCHEMA tmp_load CASCADE;', { rule })).toEqual([]);
  });

  it('fires on a schema created by an earlier migration', async () => {
    expect(await lintSql('DROP SCHEMA tmp_load CASCADE;', { before: ['CREATE SCHEMA tmp_load;'], rule })).toHaveLength(1);
  });
});
