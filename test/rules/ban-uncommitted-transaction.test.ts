import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-uncommitted-transaction';

describe(rule, () => {
  it('fires at the BEGIN that is never committed', async () => {
    const sql = "BEGIN;\nUPDATE lead SET a = 1;\nCOMMIT;\n\nSTART TRANSACTION;\nUPDATE lead SET a = 2;";
    const f = await lintSql(sql, { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 5, column: 1, severity: 'warning' });
  });

  it('counts COMMIT, END, ROLLBACK, ABORT and PREPARE TRANSACTION as ending it', async () => {
    const sql = [
      'BEGIN; SELECT 1; COMMIT;',
      'BEGIN; SELECT 1; END;',
      'BEGIN; SELECT 1; ROLLBACK;',
      'BEGIN; SELECT 1; ABORT;',
      "BEGIN; SELECT 1; PREPARE TRANSACTION 'x';",
      'BEGIN; BEGIN; SELECT 1; COMMIT;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('does not count ROLLBACK TO SAVEPOINT as ending it', async () => {
    const sql = 'BEGIN;\nSAVEPOINT s;\nSELECT 1;\nROLLBACK TO SAVEPOINT s;';
    expect((await lintSql(sql, { rule })).map((x) => x.line)).toEqual([1]);
  });

  it('does not fire on a file without transaction control', async () => {
    expect(await lintSql('UPDATE lead SET a = 1;', { rule, config: 'assumeInTransaction: true\n' })).toEqual([]);
  });
});
