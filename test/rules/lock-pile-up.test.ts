import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'lock-pile-up';

describe(rule, () => {
  it('fires once per file, at the statement that locks the second table, listing tables and modes in order', async () => {
    const sql =
      'BEGIN;\nALTER TABLE orders ADD COLUMN channel text;\nCREATE INDEX orders_channel_idx ON orders (channel);\nCREATE INDEX customer_region_idx ON customer (region);\nCREATE TRIGGER t AFTER INSERT ON payment FOR EACH ROW EXECUTE FUNCTION f();\nCOMMIT;\n' +
      'BEGIN;\nALTER TABLE a ADD COLUMN x int;\nALTER TABLE b ADD COLUMN x int;\nCOMMIT;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => x.line)).toEqual([4]);
    expect(f[0]!.message).toContain('orders (ACCESS EXCLUSIVE, line 2), customer (SHARE, line 4), payment (SHARE ROW EXCLUSIVE, line 5)');
  });

  it('counts the whole file when the runner wraps it in a transaction', async () => {
    const f = await lintSql('ALTER TABLE a ADD COLUMN x int;\nALTER TABLE b ADD COLUMN x int;', { rule, config: 'assumeInTransaction: true\n' });
    expect(f).toHaveLength(1);
  });

  it('does not fire without a transaction, per table transactions, new tables, one statement or weak locks', async () => {
    expect(await lintSql('ALTER TABLE a ADD COLUMN x int;\nALTER TABLE b ADD COLUMN x int;', { rule })).toEqual([]);
    expect(await lintSql('BEGIN;\nALTER TABLE a ADD COLUMN x int;\nCOMMIT;\nBEGIN;\nALTER TABLE b ADD COLUMN x int;\nCOMMIT;', { rule })).toEqual([]);
    expect(await lintSql('BEGIN;\nCREATE TABLE c (id bigint);\nALTER TABLE c ADD COLUMN x int;\nALTER TABLE a ADD COLUMN x int;\nCOMMIT;', { rule })).toEqual([]);
    expect(await lintSql('BEGIN;\nALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id) NOT VALID;\nALTER TABLE a VALIDATE CONSTRAINT a_b_fk;\nUPDATE b SET x = 1 WHERE id = 1;\nCOMMIT;', { rule })).toEqual([]);
  });
});
