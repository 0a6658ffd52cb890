import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-set-logged-unlogged';

describe(rule, () => {
  it('fires on SET UNLOGGED and SET LOGGED of an existing table, at the action', async () => {
    const f = await lintSql('ALTER TABLE metric SET UNLOGGED;\nALTER TABLE s.buffer\n  SET LOGGED;', { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 20],
      [3, 3],
    ]);
    expect(f[0]!.message).toContain('replicas');
    expect(f[1]!.message).toContain('WAL');
  });

  it('does not fire on a table created in the same change, nor on other actions', async () => {
    expect(await lintSql('CREATE UNLOGGED TABLE load (id bigint);\nALTER TABLE load SET LOGGED;\nALTER TABLE metric SET (fillfactor = 90);', { rule })).toEqual([]);
  });
});
