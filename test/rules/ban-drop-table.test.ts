import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'ban-drop-table';

describe(rule, () => {
  it('fires on DROP TABLE as an error, at the statement', async () => {
    const f = await lintSql('-- cleanup\nDROP TABLE IF EXISTS lead_import CASCADE;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1, severity: 'error' });
    expect(f[0]!.message).toContain('lead_import');
  });

  it('names only the existing tables of a list', async () => {
    const f = await lintSql('CREATE TABLE scratch (id bigint);\nDROP TABLE scratch, s.old_lead;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('s.old_lead');
    expect(f[0]!.message).not.toContain('scratch');
  });

  it('does not fire on views, or on a table created in the same change', async () => {
    expect(await lintSql('DROP VIEW v;\nDROP MATERIALIZED VIEW mv;\nDROP INDEX i;', { rule })).toEqual([]);
    const f = await lintProject(
      {
        'db/migration/V1__scratch.sql': 'CREATE TABLE scratch (id bigint);',
        'db/migration/V2__scratch.sql': 'DROP TABLE scratch;',
      },
      { files: ['db/migration/V1__scratch.sql', 'db/migration/V2__scratch.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('fires on a table from an earlier migration', async () => {
    expect(await lintSql('DROP TABLE scratch;', { before: ['CREATE TABLE scratch (id bigint);'], rule })).toHaveLength(1);
  });
  it('does not fire in an undo file on the table its own migration created, but does on older tables', async () => {
    const files = {
      'db/migration/V3__audit.sql': 'CREATE TABLE audit (id bigint);',
      'db/migration/V5__scratch.sql': 'CREATE TABLE scratch (id bigint);',
      'db/migration/U5__scratch.sql': 'DROP TABLE scratch;\nDROP TABLE audit;',
      'db/migration/VXXX__pending.sql': 'CREATE TABLE pending_t (id bigint);',
      'db/migration/UXXX__pending.sql': 'DROP TABLE pending_t;',
    };
    const f = await lintProject(files, { files: ['db/migration/V5__scratch.sql', 'db/migration/U5__scratch.sql', 'db/migration/VXXX__pending.sql', 'db/migration/UXXX__pending.sql'] });
    const drops = f.filter((x) => x.rule === rule);
    expect(drops.map((x) => [x.file, x.line])).toEqual([['db/migration/U5__scratch.sql', 2]]);
    expect(drops[0]!.message).toContain('audit');
  });
});
