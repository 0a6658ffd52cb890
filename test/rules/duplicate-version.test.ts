import { describe, expect, it } from 'vitest';
import { lintProject } from '../helpers/project.js';

const rule = 'duplicate-version';
const only = (f: Awaited<ReturnType<typeof lintProject>>) => f.filter((x) => x.rule === rule);

describe(rule, () => {
  it('fires on both files of a pair, naming the other one', async () => {
    const f = only(
      await lintProject({
        'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint);',
        'db/migration/V2__a.sql': 'SELECT 1;',
        'db/migration/V2__b.sql': 'SELECT 2;',
      }),
    );
    expect(f.map((x) => [x.file, x.line, x.column, x.severity])).toEqual([
      ['db/migration/V2__a.sql', 1, 1, 'error'],
      ['db/migration/V2__b.sql', 1, 1, 'error'],
    ]);
    expect(f[0]!.message).toMatch(/version 2 is also used by db\/migration\/V2__b\.sql/);
    expect(f[1]!.message).toMatch(/also used by db\/migration\/V2__a\.sql/);
  });

  it('compares versions numerically: V1.1, V1_1 and V01.1 are one version', async () => {
    const f = only(
      await lintProject({
        'db/migration/V1.1__a.sql': 'SELECT 1;',
        'db/migration/V1_1__b.sql': 'SELECT 1;',
        'db/migration/V01.1__c.sql': 'SELECT 1;',
        'db/migration/V1.10__d.sql': 'SELECT 1;',
      }),
    );
    expect(f.map((x) => x.file)).toEqual(['db/migration/V01.1__c.sql', 'db/migration/V1.1__a.sql', 'db/migration/V1_1__b.sql']);
    const a = f.find((x) => x.file.endsWith('V1.1__a.sql'))!;
    expect(a.message).toMatch(/V01\.1__c\.sql/);
    expect(a.message).toMatch(/V1_1__b\.sql/);
    expect(a.message).toContain('(1.1, 01.1, 1_1 are the same version)');
  });

  it('treats a trailing .0 as the same version, as Flyway does', async () => {
    const f = only(await lintProject({ 'db/migration/V3__a.sql': 'SELECT 1;', 'db/migration/V3.0__b.sql': 'SELECT 1;' }));
    expect(f).toHaveLength(2);
  });

  it('does not fire on an undo file sharing its migration version', async () => {
    const f = await lintProject({
      'db/migration/V2__a.sql': 'CREATE TABLE a (id bigint);',
      'db/migration/U2__a.sql': 'DROP TABLE a;',
    });
    expect(only(f)).toEqual([]);
  });

  it('fires on two undo files of one version', async () => {
    const f = only(
      await lintProject({
        'db/migration/V2__a.sql': 'CREATE TABLE a (id bigint);',
        'db/migration/U2__a.sql': 'DROP TABLE a;',
        'db/migration/U2.0__a_again.sql': 'DROP TABLE IF EXISTS a;',
      }),
    );
    expect(f.map((x) => x.file).sort()).toEqual(['db/migration/U2.0__a_again.sql', 'db/migration/U2__a.sql']);
    expect(f.find((x) => x.file.includes('U2.0'))!.message).toMatch(/^undo version 2\.0 is also used by db\/migration\/U2__a\.sql/);
  });

  it('does not fire on placeholders or repeatables', async () => {
    const f = await lintProject({
      'db/migration/VXXX__a.sql': 'SELECT 1;',
      'db/migration/VXXX__b.sql': 'SELECT 1;',
      'db/migration/R__x.sql': 'SELECT 1;',
      'db/migration/R__y.sql': 'SELECT 1;',
    });
    expect(only(f)).toEqual([]);
  });

  it('reports on the linted file only, naming the one it collides with', async () => {
    const f = only(
      await lintProject(
        { 'db/migration/V5__old.sql': 'SELECT 1;', 'db/migration/V5__new.sql': 'SELECT 2;' },
        { files: ['db/migration/V5__new.sql'] },
      ),
    );
    expect(f.map((x) => x.file)).toEqual(['db/migration/V5__new.sql']);
    expect(f[0]!.message).toMatch(/V5__old\.sql/);
  });

  it('finds collisions across migrations folders and subfolders', async () => {
    const f = only(
      await lintProject({
        '.pgmig.yml': 'migrations: [db/migration, db/hotfix]\n',
        'db/migration/2024/V7__a.sql': 'SELECT 1;',
        'db/hotfix/V7__b.sql': 'SELECT 1;',
      }),
    );
    expect(f.map((x) => x.file)).toEqual(['db/hotfix/V7__b.sql', 'db/migration/2024/V7__a.sql']);
  });
});
