import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'backfill-in-ddl-transaction';

describe(rule, () => {
  it('fires on an UPDATE of a table the transaction locked, naming the statement that locked it', async () => {
    const sql = 'BEGIN;\nALTER TABLE invoice ADD COLUMN total_cents bigint;\nUPDATE invoice SET total_cents = total * 100;\nCOMMIT;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.message).toContain('ALTER TABLE invoice (line 2)');
    expect(f[0]!.message).toContain('ACCESS EXCLUSIVE');
  });

  it('fires on INSERT … SELECT and DELETE after CREATE INDEX, in the runner\'s transaction', async () => {
    const sql = 'CREATE INDEX invoice_due_idx ON invoice (due);\nINSERT INTO invoice (id, due) SELECT id, due FROM invoice_old;\nDELETE FROM invoice WHERE due IS NULL;';
    const f = await lintSql(sql, { rule, config: 'assumeInTransaction: true\n' });
    expect(f.map((x) => x.line)).toEqual([2, 3]);
    expect(f[0]!.message).toContain('SHARE on it');
  });

  it('does not fire after the COMMIT, outside a transaction, on INSERT … VALUES, or on another table', async () => {
    expect(await lintSql('BEGIN;\nALTER TABLE invoice ADD COLUMN c bigint;\nCOMMIT;\nUPDATE invoice SET c = 1;', { rule })).toEqual([]);
    expect(await lintSql('ALTER TABLE invoice ADD COLUMN c bigint;\nUPDATE invoice SET c = 1;', { rule })).toEqual([]);
    expect(await lintSql("BEGIN;\nALTER TABLE invoice ADD COLUMN c bigint;\nINSERT INTO invoice (c) VALUES (1);\nUPDATE payment SET c = 1;\nCOMMIT;", { rule })).toEqual([]);
  });

  it('does not fire on a table created in the same change', async () => {
    const sql = 'BEGIN;\nCREATE TABLE invoice2 (id bigint);\nALTER TABLE invoice2 ADD COLUMN c bigint;\nINSERT INTO invoice2 SELECT id FROM invoice;\nCOMMIT;';
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
