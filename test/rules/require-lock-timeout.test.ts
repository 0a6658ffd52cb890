import { describe, expect, it } from 'vitest';
import requireLockTimeout from '../../src/rules/require-lock-timeout.js';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'require-lock-timeout';
const lead = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint, account_id bigint);';
const account = 'CREATE TABLE account (id bigint PRIMARY KEY);';
const before = [`${account}\n${lead}`];

describe(rule, () => {
  it('fires on ALTER TABLE of an existing table with no lock_timeout, naming the lock and the table', async () => {
    const f = await lintSql('-- add a score\nALTER TABLE lead ADD COLUMN score integer;', { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1, endLine: 2, severity: 'error' });
    expect(f[0]!.message).toBe(
      'ALTER TABLE lead takes ACCESS EXCLUSIVE on lead, which blocks reads and writes; with no lock_timeout it queues behind any long transaction and every query on lead queues behind it',
    );
  });

  it('names both tables of a foreign key, with the write-blocking lock', async () => {
    const f = await lintSql('ALTER TABLE lead ADD CONSTRAINT lead_account_fk FOREIGN KEY (account_id) REFERENCES account (id) NOT VALID;', {
      before,
      rule,
    });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('takes SHARE ROW EXCLUSIVE on lead and account, which blocks writes');
    expect(f[0]!.message).toContain('every write to lead and account queues behind it');
  });

  it('names each mode when a statement takes different ones', async () => {
    const f = await lintSql('ALTER TABLE lead ADD COLUMN account2_id bigint REFERENCES account (id);', { before, rule });
    expect(f[0]!.message).toContain('takes ACCESS EXCLUSIVE on lead and SHARE ROW EXCLUSIVE on account');
    expect(f[0]!.message).toContain('every query on lead and every write to account');
  });

  it('fires on CREATE INDEX (SHARE blocks writes)', async () => {
    const f = await lintSql('CREATE INDEX lead_owner_idx ON lead (owner_id);', { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^CREATE INDEX lead_owner_idx takes SHARE on lead, which blocks writes;/);
  });

  it('fires on a table pgmig never saw created (it exists somewhere)', async () => {
    expect(await lintSql('DROP TABLE legacy_import;', { rule })).toHaveLength(1);
  });

  it('reports only the first offending statement of a file', async () => {
    const sql = 'SELECT 1;\nALTER TABLE lead ADD COLUMN a integer;\nALTER TABLE lead ADD COLUMN b integer;\nTRUNCATE account;';
    const f = await lintSql(sql, { before, rule });
    expect(f.map((x) => x.line)).toEqual([2]);
  });

  it('reports once in each file', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__tables.sql': `${account}\n${lead}`,
        'db/migration/V2__a.sql': 'ALTER TABLE lead ADD COLUMN a integer;\nALTER TABLE lead ADD COLUMN b integer;',
        'db/migration/V3__b.sql': 'SELECT 1;\nTRUNCATE account;',
      },
      { files: ['db/migration/V2__a.sql', 'db/migration/V3__b.sql'] },
    );
    expect(f.filter((x) => x.rule === rule).map((x) => [x.file, x.line])).toEqual([
      ['db/migration/V2__a.sql', 1],
      ['db/migration/V3__b.sql', 2],
    ]);
  });

  it('is satisfied by SET lock_timeout before the statement', async () => {
    expect(await lintSql("SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score integer;", { before, rule })).toEqual([]);
    expect(await lintSql("SET lock_timeout TO '2s';\nALTER TABLE lead ADD COLUMN score integer;", { before, rule })).toEqual([]);
    expect(await lintSql('SET lock_timeout = 2000;\nALTER TABLE lead ADD COLUMN score integer;', { before, rule })).toEqual([]);
    expect(await lintSql("SELECT set_config('lock_timeout', '2s', false);\nALTER TABLE lead ADD COLUMN score integer;", { before, rule })).toEqual([]);
  });

  it('is satisfied by SET LOCAL inside BEGIN … COMMIT', async () => {
    const sql = "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score integer;\nCOMMIT;";
    expect(await lintSql(sql, { before, rule })).toEqual([]);
  });

  it('fires after the COMMIT that ended a SET LOCAL', async () => {
    const sql = "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN a integer;\nCOMMIT;\nALTER TABLE lead ADD COLUMN b integer;";
    const f = await lintSql(sql, { before, rule });
    expect(f.map((x) => x.line)).toEqual([5]);
  });

  it('does not count SET LOCAL outside a transaction, and says why', async () => {
    const f = await lintSql("SET LOCAL lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score integer;", { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.line).toBe(2);
    expect(f[0]!.help).toContain('SET LOCAL lock_timeout outside BEGIN … COMMIT has no effect');
  });

  it('counts SET LOCAL when the runner wraps each file in a transaction', async () => {
    const sql = "SET LOCAL lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score integer;";
    expect(await lintSql(sql, { before, rule, config: 'assumeInTransaction: true\n' })).toEqual([]);
  });

  it('does not count lock_timeout = 0 (no timeout), and says so', async () => {
    const f = await lintSql('SET lock_timeout = 0;\nALTER TABLE lead ADD COLUMN score integer;', { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.line).toBe(2);
    expect(f[0]!.help).toMatch(/^lock_timeout = 0 turns the timeout off/);
  });

  it('does not count a SET that RESET undid', async () => {
    const sql = "SET lock_timeout = '2s';\nRESET lock_timeout;\nALTER TABLE lead ADD COLUMN score integer;";
    expect((await lintSql(sql, { before, rule })).map((x) => x.line)).toEqual([3]);
  });

  it('does not count a SET after the locking statement', async () => {
    const sql = "ALTER TABLE lead ADD COLUMN score integer;\nSET lock_timeout = '2s';";
    expect((await lintSql(sql, { before, rule })).map((x) => x.line)).toEqual([1]);
  });

  it('does not count statement_timeout', async () => {
    const sql = "SET statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score integer;";
    expect(await lintSql(sql, { before, rule })).toHaveLength(1);
  });

  it('does not fire on a table created in the same file', async () => {
    const sql = `${lead}\nALTER TABLE lead ADD COLUMN score integer;\nCREATE INDEX lead_owner_idx ON lead (owner_id);`;
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('does not fire on a table created in another file of the same change', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__lead.sql': lead,
        'db/migration/V2__lead_score.sql': 'ALTER TABLE lead ADD COLUMN score integer;',
      },
      { files: ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('fires when the whole folder is linted and the table came from an earlier file', async () => {
    const f = await lintProject({
      'db/migration/V1__lead.sql': lead,
      'db/migration/V2__lead_score.sql': 'ALTER TABLE lead ADD COLUMN score integer;',
    });
    expect(f.filter((x) => x.rule === rule).map((x) => x.file)).toEqual(['db/migration/V2__lead_score.sql']);
  });

  it('fires on a new table whose foreign key locks an existing one', async () => {
    const f = await lintSql('CREATE TABLE contact (id bigint PRIMARY KEY, lead_id bigint REFERENCES lead (id));', { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^CREATE TABLE contact takes SHARE ROW EXCLUSIVE on lead, which blocks writes;/);
  });

  it('does not fire on locks that do not block writes', async () => {
    const sql = [
      'INSERT INTO lead (id) VALUES (1);',
      'UPDATE lead SET owner_id = 2;',
      'DELETE FROM lead WHERE id = 3;',
      'SELECT * FROM lead;',
      'ALTER TABLE lead VALIDATE CONSTRAINT lead_account_fk;',
      'ALTER TABLE lead ALTER COLUMN owner_id SET STATISTICS 500;',
      'VACUUM lead;',
      "COMMENT ON TABLE lead IS 'sales leads';",
    ].join('\n');
    expect(await lintSql(sql, { before, rule })).toEqual([]);
  });

  it('does not fire on CREATE INDEX CONCURRENTLY or DROP INDEX CONCURRENTLY', async () => {
    expect(await lintSql('CREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);', { before, rule })).toEqual([]);
    expect(await lintSql('DROP INDEX CONCURRENTLY lead_owner_idx;', { before: [...before, 'CREATE INDEX lead_owner_idx ON lead (owner_id);'], rule })).toEqual([]);
  });

  it('resolves DROP INDEX to its table through the model', async () => {
    const f = await lintSql('DROP INDEX lead_owner_idx;', { before: [...before, 'CREATE INDEX lead_owner_idx ON lead (owner_id);'], rule });
    expect(f[0]!.message).toMatch(/^DROP INDEX lead_owner_idx takes ACCESS EXCLUSIVE on lead,/);
    const mine = await lintSql(`${lead}\nCREATE INDEX lead_owner_idx ON lead (owner_id);\nDROP INDEX lead_owner_idx;`, { rule });
    expect(mine).toEqual([]);
  });

  it('can be silenced for one statement, with squawk\'s comment too', async () => {
    expect(await lintSql(`-- pgmig-ignore ${rule}\nALTER TABLE lead ADD COLUMN score integer;`, { before })).not.toContainEqual(
      expect.objectContaining({ rule }),
    );
    expect(await lintSql(`-- squawk-ignore ${rule}\nALTER TABLE lead ADD COLUMN score integer;`, { before, rule })).toEqual([]);
  });

  it('has docs whose bad example fires and good example is clean', async () => {
    const { bad, good } = requireLockTimeout.docs.example!;
    expect(await lintSql(bad, { before, rule })).toHaveLength(1);
    expect(await lintSql(good, { before, rule })).toEqual([]);
  });

  it('fires on the locks PostgreSQL takes beyond the named table: CREATE OR REPLACE VIEW, ALTER SEQUENCE, dropping a foreign key', async () => {
    const before = [
      'CREATE TABLE account (id bigint PRIMARY KEY);\nCREATE TABLE lead (id bigint, account_id bigint REFERENCES account (id));\nCREATE VIEW lead_view AS SELECT id FROM lead;\nCREATE SEQUENCE invoice_seq;',
    ];
    const one = async (sql: string) => (await lintSql(sql, { before, rule: 'require-lock-timeout' })).map((f) => f.message);
    expect(await one('CREATE OR REPLACE VIEW lead_view AS SELECT id, account_id FROM lead;')).toEqual([
      'CREATE OR REPLACE VIEW lead_view takes ACCESS EXCLUSIVE on lead_view, which blocks reads and writes; with no lock_timeout it queues behind any long transaction and every query on lead_view queues behind it',
    ]);
    expect(await one('ALTER SEQUENCE invoice_seq RESTART WITH 1000;')).toEqual([
      'ALTER SEQUENCE invoice_seq takes SHARE ROW EXCLUSIVE on invoice_seq, which blocks writes; with no lock_timeout it queues behind any long transaction and every write to invoice_seq queues behind it',
    ]);
    const [fk] = await one('ALTER TABLE lead DROP CONSTRAINT lead_account_id_fkey;');
    expect(fk).toContain('ACCESS EXCLUSIVE on lead and account');
    // a view made in the same change, and one pgmig never saw (most likely new), need none
    expect(await one('CREATE VIEW v2 AS SELECT 1;\nCREATE OR REPLACE VIEW v2 AS SELECT 2;\nCREATE OR REPLACE VIEW v3 AS SELECT 3;')).toEqual([]);
  });
});
