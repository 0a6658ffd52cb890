import { describe, expect, it } from 'vitest';
import requireStatementTimeout from '../../src/rules/require-statement-timeout.js';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'require-statement-timeout';
const lead = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint, account_id bigint);';
const before = ['CREATE TABLE account (id bigint PRIMARY KEY);\n' + lead];

describe(rule, () => {
  it('warns on the first statement that locks an existing table with no statement_timeout', async () => {
    const sql = "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score integer;\nTRUNCATE account;";
    const f = await lintSql(sql, { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1, severity: 'warning' });
    expect(f[0]!.message).toBe(
      'ALTER TABLE lead holds ACCESS EXCLUSIVE on lead, which blocks reads and writes, for as long as it runs; with no statement_timeout a slow run (a rewrite, a scan, a long lock wait) keeps every query on lead waiting with no bound',
    );
  });

  it('is satisfied by SET statement_timeout, and by SET LOCAL inside BEGIN … COMMIT', async () => {
    expect(await lintSql("SET statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score integer;", { before, rule })).toEqual([]);
    expect(await lintSql('SET statement_timeout = 30000;\nALTER TABLE lead ADD COLUMN score integer;', { before, rule })).toEqual([]);
    const tx = "BEGIN;\nSET LOCAL statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score integer;\nCOMMIT;";
    expect(await lintSql(tx, { before, rule })).toEqual([]);
  });

  it('is not satisfied by lock_timeout, by statement_timeout = 0, or by a SET that comes later', async () => {
    expect(await lintSql("SET lock_timeout = '2s';\nCREATE INDEX i ON lead (owner_id);", { before, rule })).toHaveLength(1);
    const zero = await lintSql('SET statement_timeout = 0;\nCREATE INDEX i ON lead (owner_id);', { before, rule });
    expect(zero.map((x) => x.line)).toEqual([2]);
    expect(zero[0]!.help).toMatch(/^statement_timeout = 0 turns the timeout off/);
    const late = await lintSql("CREATE INDEX i ON lead (owner_id);\nSET statement_timeout = '30s';", { before, rule });
    expect(late.map((x) => x.line)).toEqual([1]);
  });

  it('does not count SET LOCAL outside a transaction', async () => {
    const f = await lintSql("SET LOCAL statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score integer;", { before, rule });
    expect(f.map((x) => x.line)).toEqual([2]);
    expect(f[0]!.help).toContain('SET LOCAL statement_timeout outside BEGIN … COMMIT has no effect');
  });

  it('does not fire on new tables, on writes, or on CREATE INDEX CONCURRENTLY', async () => {
    expect(await lintSql(`${lead}\nALTER TABLE lead ADD COLUMN score integer;`, { rule })).toEqual([]);
    expect(await lintSql('INSERT INTO lead (id) VALUES (1);\nUPDATE lead SET owner_id = 2;', { before, rule })).toEqual([]);
    expect(await lintSql('CREATE INDEX CONCURRENTLY i ON lead (owner_id);', { before, rule })).toEqual([]);
  });

  it('does not fire on a table created in another file of the same change', async () => {
    const f = await lintProject(
      { 'db/migration/V1__lead.sql': lead, 'db/migration/V2__idx.sql': 'CREATE INDEX i ON lead (owner_id);' },
      { files: ['db/migration/V1__lead.sql', 'db/migration/V2__idx.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('reports once per file', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN a integer;\nALTER TABLE lead ADD COLUMN b integer;';
    expect(await lintSql(sql, { before, rule })).toHaveLength(1);
  });

  it('can be turned off in the config', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN a integer;';
    expect(await lintSql(sql, { before, rule, config: `rules: { ${rule}: off }\n` })).toEqual([]);
  });

  it('has docs whose bad example fires and good example is clean', async () => {
    const { bad, good } = requireStatementTimeout.docs.example!;
    expect(await lintSql(bad, { before, rule })).toHaveLength(1);
    expect(await lintSql(good, { before, rule })).toEqual([]);
  });
});
