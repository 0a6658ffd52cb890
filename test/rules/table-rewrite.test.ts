import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'table-rewrite';

describe(rule, () => {
  it('fires on SET LOGGED, SET UNLOGGED, SET TABLESPACE and SET ACCESS METHOD of an existing table, at the action', async () => {
    const sql = [
      'ALTER TABLE event SET UNLOGGED;',
      'ALTER TABLE event SET LOGGED;',
      'ALTER TABLE event ADD COLUMN note text, SET TABLESPACE fast_disk;',
      'ALTER TABLE event SET ACCESS METHOD heap2;',
    ].join('\n');
    // with ban-set-logged-unlogged off, the persistence changes are this rule's to report
    const f = await lintSql(sql, { rule, config: 'rules: { ban-set-logged-unlogged: off }\n' });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 19],
      [2, 19],
      [3, 41],
      [4, 19],
    ]);
    expect(f[0]!.message).toBe('ALTER TABLE event SET UNLOGGED rewrites all of event under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done');
    expect(f[2]!.message).toContain('SET TABLESPACE');
    expect(f[0]!.help).toContain('pg_repack');
  });

  it('does not fire on a table created in the same change, nor on other ALTER TABLE forms or indexes', async () => {
    const sql = [
      'CREATE TABLE scratch (id bigint);',
      'ALTER TABLE scratch SET UNLOGGED;',
      'ALTER TABLE event SET (fillfactor = 70);',
      'ALTER INDEX event_at_idx SET TABLESPACE fast_disk;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('leaves SET LOGGED / SET UNLOGGED to ban-set-logged-unlogged: one finding that names the rewrite and the setting', async () => {
    const f = await lintSql('ALTER TABLE event SET UNLOGGED;\nALTER TABLE event SET LOGGED;\nALTER TABLE event SET TABLESPACE fast_disk;');
    const mine = f.filter((x) => x.rule === rule || x.rule === 'ban-set-logged-unlogged').map((x) => [x.line, x.rule]);
    expect(mine).toEqual([
      [1, 'ban-set-logged-unlogged'],
      [2, 'ban-set-logged-unlogged'],
      [3, rule],
    ]);
    expect(f.find((x) => x.line === 1 && x.rule === 'ban-set-logged-unlogged')!.message).toMatch(/rewrites all of event under ACCESS EXCLUSIVE, blocking reads and writes.*emptied after a crash/);
  });
});
