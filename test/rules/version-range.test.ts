import { describe, expect, it } from 'vitest';
import { lintProject } from '../helpers/project.js';

const rule = 'version-range';
const only = (f: Awaited<ReturnType<typeof lintProject>>) => f.filter((x) => x.rule === rule);
const config = 'versionRanges: [{from: 1, to: 7999}, {from: 10000}]\n';

describe(rule, () => {
  it('fires on a version between the ranges', async () => {
    const f = only(await lintProject({ '.pgmig.yml': config, 'db/migration/V8500__add_index.sql': 'SELECT 1;' }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'db/migration/V8500__add_index.sql', line: 1, column: 1, severity: 'error' });
    expect(f[0]!.message).toMatch(/version 8500 is outside the allowed versions \(1–7999, 10000 and above/);
    expect(f[0]!.message).toMatch(/VXXX__add_index\.sql/);
  });

  it('fires below the first range', async () => {
    const f = only(await lintProject({ '.pgmig.yml': 'versionRanges: [{from: 100}]\n', 'db/migration/V99__a.sql': 'SELECT 1;' }));
    expect(f).toHaveLength(1);
  });

  it('does not fire inside a range, at its bounds, or on a dotted version of an allowed number', async () => {
    const f = await lintProject({
      '.pgmig.yml': config,
      'db/migration/V1__a.sql': 'SELECT 1;',
      'db/migration/V7999__b.sql': 'SELECT 1;',
      'db/migration/V7999.5__c.sql': 'SELECT 1;',
      'db/migration/V10000__d.sql': 'SELECT 1;',
      'db/migration/V123456789__e.sql': 'SELECT 1;',
    });
    expect(only(f)).toEqual([]);
  });

  it('does not check placeholders, repeatables or undo files', async () => {
    const f = await lintProject({
      '.pgmig.yml': config,
      'db/migration/VXXX__a.sql': 'SELECT 1;',
      'db/migration/R__b.sql': 'SELECT 1;',
      'db/migration/U8500__c.sql': 'SELECT 1;',
    });
    expect(only(f)).toEqual([]);
  });

  it('allows any version when no ranges are configured', async () => {
    expect(only(await lintProject({ 'db/migration/V8500__a.sql': 'SELECT 1;' }))).toEqual([]);
  });

  it('checks only the linted files', async () => {
    const f = await lintProject(
      { '.pgmig.yml': config, 'db/migration/V8000__old.sql': 'SELECT 1;', 'db/migration/V10001__new.sql': 'SELECT 1;' },
      { files: ['db/migration/V10001__new.sql'] },
    );
    expect(only(f)).toEqual([]);
  });
});
