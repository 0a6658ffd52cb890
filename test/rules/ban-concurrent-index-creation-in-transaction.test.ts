import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/rules/index.js';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'ban-concurrent-index-creation-in-transaction';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\nCREATE INDEX lead_owner_idx ON lead (owner_id);';
const assume = 'assumeInTransaction: true\n';
const flyway = 'assumeInTransaction: flyway\n';

describe(rule, () => {
  it('fires on CREATE INDEX CONCURRENTLY inside BEGIN … COMMIT and names the BEGIN line', async () => {
    const sql = "-- build the index\nBEGIN;\nSET LOCAL lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY lead_id_idx ON lead (id);\nCOMMIT;";
    const f = await lintSql(sql, { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 4, column: 1, severity: 'error' });
    expect(f[0]!.message).toBe(
      'CREATE INDEX CONCURRENTLY cannot run inside the transaction opened by BEGIN at line 2; PostgreSQL rejects it and the migration fails',
    );
  });

  it('fires on every CONCURRENTLY form that PostgreSQL refuses in a transaction', async () => {
    const sql = [
      'START TRANSACTION;',
      'CREATE UNIQUE INDEX CONCURRENTLY a ON lead (id);',
      'DROP INDEX CONCURRENTLY lead_owner_idx;',
      'REINDEX INDEX CONCURRENTLY a;',
      'ALTER TABLE measurement DETACH PARTITION measurement_2020 CONCURRENTLY;',
      'COMMIT;',
    ].join('\n');
    const f = await lintSql(sql, { before: [table], rule });
    expect(f.map((x) => [x.line, x.message.split(' cannot')[0]])).toEqual([
      [2, 'CREATE UNIQUE INDEX CONCURRENTLY'],
      [3, 'DROP INDEX CONCURRENTLY'],
      [4, 'REINDEX INDEX CONCURRENTLY'],
      [5, 'DETACH PARTITION CONCURRENTLY'],
    ]);
  });

  it('does not fire on REFRESH MATERIALIZED VIEW CONCURRENTLY, which runs fine in a transaction', async () => {
    expect(await lintSql('BEGIN;\nREFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats;\nCOMMIT;', { rule })).toEqual([]);
  });

  it('does not fire after COMMIT or ROLLBACK closed the transaction', async () => {
    const sql =
      'BEGIN;\nALTER TABLE lead ADD COLUMN x int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY a ON lead (x);\n' +
      'BEGIN;\nROLLBACK;\nDROP INDEX CONCURRENTLY a;';
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
  });

  it('does not fire outside a transaction, nor on plain CREATE INDEX inside one', async () => {
    expect(await lintSql('CREATE INDEX CONCURRENTLY a ON lead (id);', { before: [table], rule })).toEqual([]);
    expect(await lintSql('BEGIN;\nCREATE INDEX a ON lead (id);\nCOMMIT;', { before: [table], rule })).toEqual([]);
  });

  it('fires anywhere when the config says the runner wraps each file in a transaction', async () => {
    const f = await lintSql("SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY a ON lead (id);", { before: [table], rule, config: assume });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1 });
    expect(f[0]!.message).toContain('assumeInTransaction: true');
    expect(f[0]!.help).toMatch(/outside a transaction/);
  });

  it('with assumeInTransaction, still fires after an explicit COMMIT (the runner\'s transaction is assumed to hold)', async () => {
    const f = await lintSql('BEGIN;\nCOMMIT;\nDROP INDEX CONCURRENTLY lead_owner_idx;', { before: [table], rule, config: assume });
    expect(f.map((x) => x.line)).toEqual([3]);
  });

  it('with assumeInTransaction: flyway, fires where Flyway wraps the file: CONCURRENTLY forms its parser does not know', async () => {
    // Flyway's list has CREATE/DROP INDEX CONCURRENTLY only: REINDEX … CONCURRENTLY runs in its transaction
    const f = await lintSql("SET lock_timeout = '2s';\nREINDEX INDEX CONCURRENTLY lead_owner_idx;", { before: [table], rule, config: flyway });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1 });
    expect(f[0]!.message).toContain('assumeInTransaction');
    expect(f[0]!.help).toMatch(/executeInTransaction=false/);
  });

  it('with assumeInTransaction: flyway, a file Flyway runs outside a transaction is valid (issue 18 item 8)', async () => {
    for (const sql of [
      'CREATE INDEX CONCURRENTLY a ON lead (id);',
      "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY a ON lead (id);",
      'BEGIN;\nCOMMIT;\nDROP INDEX CONCURRENTLY lead_owner_idx;',
    ]) {
      expect(await lintSql(sql, { before: [table], rule, config: flyway }), sql).toEqual([]);
    }
  });

  it('honours the script configuration V….sql.conf either way (issue 19 item 3)', async () => {
    const files = (conf: string, config = '') => ({
      'db/migration/V1__lead.sql': table,
      'db/migration/V2__reindex.sql': 'REINDEX INDEX CONCURRENTLY lead_owner_idx;',
      'db/migration/V2__reindex.sql.conf': conf,
      '.pgmig.yml': config,
    });
    const of = (f: Awaited<ReturnType<typeof lintProject>>) => f.filter((x) => x.rule === rule).map((x) => x.file);
    expect(of(await lintProject(files('executeInTransaction=false\n', assume)))).toEqual([]);
    expect(of(await lintProject(files('executeInTransaction=false\n', flyway)))).toEqual([]);
    // the script says Flyway wraps it: an error even without assumeInTransaction
    expect(of(await lintProject({ ...files('executeInTransaction=true\n'), 'db/migration/V2__reindex.sql': 'CREATE INDEX CONCURRENTLY a ON lead (id);' }))).toEqual([
      'db/migration/V2__reindex.sql',
    ]);
  });

  it('stays quiet with assumeInTransaction: false written out', async () => {
    const f = await lintSql('CREATE INDEX CONCURRENTLY a ON lead (id);', { before: [table], rule, config: 'assumeInTransaction: false\n' });
    expect(f).toEqual([]);
  });

  it('points at the statement after multi-byte characters on the same line', async () => {
    const f = await lintSql('BEGIN; /* é ü 日本 */ CREATE INDEX CONCURRENTLY a ON lead (id);\nCOMMIT;', { before: [table], rule });
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([[1, 21, 61]]);
  });

  it('can be silenced for the file', async () => {
    const f = await lintSql(`-- pgmig-ignore-file ${rule}\nBEGIN;\nCREATE INDEX CONCURRENTLY a ON lead (id);\nCOMMIT;`, { before: [table] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('has docs whose bad example fires and whose good example is clean', async () => {
    const { docs } = findRule(rule)!;
    expect(docs.why).not.toMatch(/TODO/);
    expect(await lintSql(docs.example!.bad, { before: [table], rule })).toHaveLength(1);
    expect(await lintSql(docs.example!.good, { before: [table], rule })).toEqual([]);
  });
});
