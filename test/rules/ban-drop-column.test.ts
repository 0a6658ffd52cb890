import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'ban-drop-column';

describe(rule, () => {
  it('fires on each DROP COLUMN, at the action', async () => {
    const sql = 'ALTER TABLE lead DROP COLUMN legacy_score;\nALTER TABLE lead\n  DROP COLUMN IF EXISTS a,\n  DROP CONSTRAINT c,\n  DROP b;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 18],
      [3, 3],
      [5, 3],
    ]);
    expect(f[0]).toMatchObject({ severity: 'warning' });
    expect(f[0]!.message).toContain('lead.legacy_score');
  });

  it('does not fire on other drops', async () => {
    const sql = 'ALTER TABLE lead DROP CONSTRAINT c;\nALTER TABLE lead ALTER COLUMN a DROP DEFAULT;\nALTER TYPE address DROP ATTRIBUTE zip;';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('does not fire on a table created in the same change', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__tag.sql': 'CREATE TABLE tag (id bigint, scratch text);',
        'db/migration/V2__tag.sql': 'ALTER TABLE tag DROP COLUMN scratch;',
      },
      { files: ['db/migration/V1__tag.sql', 'db/migration/V2__tag.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('can be silenced once the column is unused', async () => {
    expect(await lintSql(`-- pgmig-ignore ${rule}\nALTER TABLE lead DROP COLUMN legacy_score;`)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ rule })]),
    );
  });
});
