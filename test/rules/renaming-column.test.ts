import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'renaming-column';
const lead = 'CREATE TABLE lead (id bigint PRIMARY KEY, mail text);';

describe(rule, () => {
  it('fires on RENAME COLUMN of an existing table, at RENAME', async () => {
    const f = await lintSql('ALTER TABLE lead\n  RENAME COLUMN mail TO email;\nALTER TABLE ONLY app.account RENAME name TO title;', { before: [lead], rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 3],
      [3, 30],
    ]);
    expect(f[0]!.message).toBe(
      'renaming column mail of lead to email breaks every query and client still using mail, including the application version running during the deploy',
    );
    expect(f[0]!.severity).toBe('warning');
  });

  it('does not fire on a table created in the same change, in this file or another', async () => {
    expect(await lintSql(`${lead}\nALTER TABLE lead RENAME COLUMN mail TO email;`, { rule })).toEqual([]);
    const f = await lintProject(
      { 'db/migration/V1__lead.sql': lead, 'db/migration/V2__rename.sql': 'ALTER TABLE lead RENAME COLUMN mail TO email;' },
      { files: ['db/migration/V1__lead.sql', 'db/migration/V2__rename.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('does not fire on renaming tables, constraints, or columns of views and types', async () => {
    const sql = [
      'ALTER TABLE lead RENAME TO client;',
      'ALTER TABLE lead RENAME CONSTRAINT a TO b;',
      'ALTER VIEW v RENAME COLUMN a TO b;',
      'ALTER TYPE t RENAME ATTRIBUTE a TO b;',
      'ALTER FOREIGN TABLE f RENAME COLUMN a TO b;',
    ].join('\n');
    expect(await lintSql(sql, { before: [lead], rule })).toEqual([]);
  });
});
