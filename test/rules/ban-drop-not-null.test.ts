import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-drop-not-null';

describe(rule, () => {
  it('fires on DROP NOT NULL, at the action', async () => {
    const sql = 'ALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL;\nALTER TABLE lead\n  ALTER COLUMN a SET DEFAULT 1,\n  ALTER b DROP NOT NULL;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 18],
      [4, 3],
    ]);
    expect(f[0]!.message).toContain('lead.owner_id');
  });

  it('does not fire on SET NOT NULL, on domains, or on a table created in the same change', async () => {
    const sql = [
      'ALTER TABLE lead ALTER COLUMN a SET NOT NULL;',
      'ALTER DOMAIN d DROP NOT NULL;',
      'CREATE TABLE tag (id bigint NOT NULL);',
      'ALTER TABLE tag ALTER COLUMN id DROP NOT NULL;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
