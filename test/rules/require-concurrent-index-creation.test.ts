import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'require-concurrent-index-creation';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);';

describe(rule, () => {
  it('fires on CREATE INDEX on a table from an earlier migration', async () => {
    const f = await lintSql('-- note\nCREATE INDEX lead_owner_idx ON lead (owner_id);', { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1, severity: 'error' });
  });

  it('fires on a table pgmig never saw created (it exists somewhere)', async () => {
    expect(await lintSql('CREATE INDEX i ON somewhere_else (x);', { rule })).toHaveLength(1);
  });

  it('does not fire with CONCURRENTLY', async () => {
    expect(await lintSql('CREATE INDEX CONCURRENTLY i ON lead (owner_id);', { before: [table], rule })).toEqual([]);
  });

  it('does not fire on a table created in the same file', async () => {
    expect(await lintSql(`${table}\nCREATE INDEX i ON lead (owner_id);`, { rule })).toEqual([]);
  });

  it('does not fire on a table created in another file of the same change', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__lead.sql': table,
        'db/migration/V2__lead_idx.sql': 'CREATE INDEX i ON lead (owner_id);',
      },
      { files: ['db/migration/V1__lead.sql', 'db/migration/V2__lead_idx.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('fires when the whole folder is linted and the table came from an earlier file', async () => {
    const f = await lintProject({
      'db/migration/V1__lead.sql': table,
      'db/migration/V2__lead_idx.sql': 'CREATE INDEX i ON lead (owner_id);',
    });
    expect(f.filter((x) => x.rule === rule).map((x) => x.file)).toEqual(['db/migration/V2__lead_idx.sql']);
  });

  it('can be silenced for one statement', async () => {
    const f = await lintSql(`-- pgmig-ignore ${rule}\nCREATE INDEX i ON lead (owner_id);`, { before: [table] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });
});
