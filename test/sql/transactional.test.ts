import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser, parseSql, stmtAs, type StatementNode } from '../../src/sql/parse.js';
import { nonTransactional, nonTransactionalInfo, optionEnabled } from '../../src/sql/transactional.js';

beforeAll(() => ensureParser());

function one(sql: string) {
  const { statements, error } = parseSql(sql);
  expect(error).toBeUndefined();
  expect(statements).toHaveLength(1);
  return statements[0]!;
}

const label = (sql: string, postgresVersion?: number) => nonTransactional(one(sql), { postgresVersion });

describe('nonTransactional', () => {
  it.each([
    ['CREATE INDEX CONCURRENTLY i ON t (x)', 'CREATE INDEX CONCURRENTLY'],
    ['CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON s.t (x)', 'CREATE UNIQUE INDEX CONCURRENTLY'],
    ['DROP INDEX CONCURRENTLY IF EXISTS s.i', 'DROP INDEX CONCURRENTLY'],
    ['REINDEX INDEX CONCURRENTLY i', 'REINDEX INDEX CONCURRENTLY'],
    ['REINDEX (VERBOSE, CONCURRENTLY) TABLE t', 'REINDEX TABLE CONCURRENTLY'],
    ['REINDEX SCHEMA CONCURRENTLY app', 'REINDEX SCHEMA CONCURRENTLY'],
    ['REINDEX SCHEMA app', 'REINDEX SCHEMA'],
    ['REINDEX DATABASE app', 'REINDEX DATABASE'],
    ['REINDEX SYSTEM', 'REINDEX SYSTEM'],
    ['ALTER TABLE measurement DETACH PARTITION measurement_2020 CONCURRENTLY', 'DETACH PARTITION CONCURRENTLY'],
    ['VACUUM', 'VACUUM'],
    ['VACUUM (ANALYZE) lead', 'VACUUM'],
    ['VACUUM FULL lead', 'VACUUM'],
    ['CLUSTER', 'CLUSTER'],
    ["ALTER SYSTEM SET work_mem = '64MB'", 'ALTER SYSTEM'],
    ['CREATE DATABASE reporting', 'CREATE DATABASE'],
    ['DROP DATABASE IF EXISTS reporting', 'DROP DATABASE'],
    ['ALTER DATABASE app SET TABLESPACE fast', 'ALTER DATABASE SET TABLESPACE'],
    ["CREATE TABLESPACE fast LOCATION '/ssd'", 'CREATE TABLESPACE'],
    ['DROP TABLESPACE fast', 'DROP TABLESPACE'],
    ['DISCARD ALL', 'DISCARD ALL'],
    ["CREATE SUBSCRIPTION s CONNECTION 'host=a' PUBLICATION p", 'CREATE SUBSCRIPTION'],
    ['DROP SUBSCRIPTION s', 'DROP SUBSCRIPTION'],
    ['ALTER SUBSCRIPTION s REFRESH PUBLICATION', 'ALTER SUBSCRIPTION … REFRESH PUBLICATION'],
    ['ALTER SUBSCRIPTION s SET PUBLICATION p', 'ALTER SUBSCRIPTION … PUBLICATION'],
  ])('%s cannot run in a transaction block', (sql, expected) => {
    expect(label(sql)).toBe(expected);
  });

  it.each([
    'CREATE INDEX i ON t (x)',
    'DROP INDEX i',
    'DROP TABLE t',
    'REINDEX TABLE t',
    'REINDEX INDEX i',
    'REINDEX (CONCURRENTLY false) TABLE t',
    'REINDEX (CONCURRENTLY 0) TABLE t',
    'REINDEX (CONCURRENTLY off) INDEX i',
    // runs fine in a transaction: only its lock is lighter
    'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
    'REFRESH MATERIALIZED VIEW mv',
    'ALTER TABLE measurement DETACH PARTITION measurement_2020',
    'ALTER TABLE measurement DETACH PARTITION measurement_2020 FINALIZE',
    'ALTER TABLE t ADD COLUMN x int',
    'ANALYZE lead',
    'CLUSTER lead USING lead_pkey',
    "ALTER DATABASE app SET work_mem = '64MB'",
    'DISCARD PLANS',
    "CREATE SUBSCRIPTION s CONNECTION 'host=a' PUBLICATION p WITH (create_slot = false)",
    "CREATE SUBSCRIPTION s CONNECTION 'host=a' PUBLICATION p WITH (connect = false)",
    'ALTER SUBSCRIPTION s SET PUBLICATION p WITH (refresh = false)',
    'ALTER SUBSCRIPTION s DISABLE',
    "SET lock_timeout = '2s'",
    'BEGIN',
    'INSERT INTO t VALUES (1)',
  ])('%s can run in a transaction block', (sql) => {
    expect(label(sql)).toBeUndefined();
  });

  it('knows ALTER TYPE … ADD VALUE left the list in PostgreSQL 12', () => {
    expect(label("ALTER TYPE mood ADD VALUE 'meh'", 11)).toBe('ALTER TYPE … ADD VALUE');
    expect(label("ALTER TYPE mood ADD VALUE 'meh'", 12)).toBeUndefined();
    // the default is the config's default, 16
    expect(label("ALTER TYPE mood ADD VALUE 'meh'")).toBeUndefined();
    expect(label("ALTER TYPE mood RENAME VALUE 'a' TO 'b'", 11)).toBeUndefined();
  });

  it('marks the CONCURRENTLY forms apart from the rest', () => {
    expect(nonTransactionalInfo(one('DROP INDEX CONCURRENTLY i'))).toEqual({ label: 'DROP INDEX CONCURRENTLY', concurrently: true });
    expect(nonTransactionalInfo(one('ALTER TABLE p DETACH PARTITION c CONCURRENTLY'))?.concurrently).toBe(true);
    expect(nonTransactionalInfo(one('REINDEX SCHEMA app'))).toEqual({ label: 'REINDEX SCHEMA', concurrently: false });
    expect(nonTransactionalInfo(one('VACUUM'))?.concurrently).toBe(false);
  });

  it('finds a DETACH … CONCURRENTLY among other ALTER TABLE commands', () => {
    // the grammar allows only one DETACH per statement, but other commands may come first
    const stmt: StatementNode = { kind: 'AlterTableStmt', node: { cmds: [{ AlterTableCmd: { subtype: 'AT_AddColumn' } }, { AlterTableCmd: { subtype: 'AT_DetachPartition', def: { PartitionCmd: { concurrent: true } } } }] } };
    expect(nonTransactional(stmt)).toBe('DETACH PARTITION CONCURRENTLY');
  });
});

describe('optionEnabled', () => {
  const params = (sql: string) => stmtAs(one(sql), 'ReindexStmt')?.params;
  it('reads option values the way PostgreSQL does', () => {
    expect(optionEnabled(params('REINDEX (CONCURRENTLY) TABLE t'), 'concurrently')).toBe(true);
    expect(optionEnabled(params('REINDEX (CONCURRENTLY true) TABLE t'), 'concurrently')).toBe(true);
    expect(optionEnabled(params('REINDEX (CONCURRENTLY 1) TABLE t'), 'concurrently')).toBe(true);
    expect(optionEnabled(params('REINDEX (CONCURRENTLY on) TABLE t'), 'concurrently')).toBe(true);
    expect(optionEnabled(params('REINDEX (CONCURRENTLY false) TABLE t'), 'concurrently')).toBe(false);
    expect(optionEnabled(params('REINDEX (CONCURRENTLY 0) TABLE t'), 'concurrently')).toBe(false);
    expect(optionEnabled(params('REINDEX (CONCURRENTLY no) TABLE t'), 'concurrently')).toBe(false);
    expect(optionEnabled(params('REINDEX (CONCURRENTLY f) TABLE t'), 'concurrently')).toBe(false);
    expect(optionEnabled(params('REINDEX (CONCURRENTLY OFF) TABLE t'), 'concurrently')).toBe(false);
    expect(optionEnabled(params('REINDEX (VERBOSE) TABLE t'), 'concurrently')).toBeUndefined();
    expect(optionEnabled(undefined, 'concurrently')).toBeUndefined();
  });
});
