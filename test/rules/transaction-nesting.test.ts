import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'transaction-nesting';
const runner = 'assumeInTransaction: true\n';

describe(rule, () => {
  it('fires on a BEGIN inside a transaction and on a COMMIT with none open', async () => {
    const sql = 'BEGIN;\nSELECT 1;\nSTART TRANSACTION;\nCOMMIT;\nCOMMIT;\nROLLBACK;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [3, 1],
      [5, 1],
      [6, 1],
    ]);
    expect(f[0]!.message).toBe('BEGIN inside the transaction opened at line 1 is ignored (PostgreSQL has no nested transactions); the next COMMIT ends both');
    expect(f[1]!.message).toBe('COMMIT with no transaction open does nothing; add the BEGIN it belongs to earlier, or remove it');
    expect(f[2]!.message).toContain('ROLLBACK with no transaction open');
    expect(f[0]!.severity).toBe('warning');
  });

  it('with assumeInTransaction, fires on every BEGIN, COMMIT and ROLLBACK in the file', async () => {
    const f = await lintSql('BEGIN;\nALTER TABLE lead ADD COLUMN n bigint;\nEND;\nABORT;', { rule, config: runner });
    expect(f.map((x) => x.line)).toEqual([1, 3, 4]);
    expect(f[0]!.message).toContain('the transaction the runner opens for each file');
  });

  it('does not fire on one BEGIN … COMMIT per file, savepoints, or COMMIT AND CHAIN', async () => {
    const sql = [
      'BEGIN;',
      'SAVEPOINT a;',
      'ROLLBACK TO SAVEPOINT a;',
      'RELEASE SAVEPOINT a;',
      'COMMIT AND CHAIN;',
      'SELECT 1;',
      'COMMIT;',
      'BEGIN;',
      'ROLLBACK;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
    expect(await lintSql('ALTER TABLE lead ADD COLUMN n bigint;', { rule, config: runner })).toEqual([]);
  });

  it('sees the transaction end at PREPARE TRANSACTION', async () => {
    expect(await lintSql("BEGIN;\nPREPARE TRANSACTION 'x';\nBEGIN;\nCOMMIT;", { rule })).toEqual([]);
  });
});
