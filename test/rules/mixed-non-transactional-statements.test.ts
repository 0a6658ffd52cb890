import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/rules/index.js';
import { statementLabel } from '../../src/rules/mixed-non-transactional-statements.js';
import type { NodeTag } from '../../src/sql/node-types.js';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'mixed-non-transactional-statements';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);';

describe(rule, () => {
  it('fires on the CONCURRENTLY statement that follows transactional DDL, naming both', async () => {
    const sql = "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN x int;\n\nCREATE INDEX CONCURRENTLY lead_x_idx ON lead (x);";
    const f = await lintSql(sql, { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 4, column: 1, severity: 'error' });
    expect(f[0]!.message).toMatch(/^CREATE INDEX CONCURRENTLY at line 4 is mixed with ALTER TABLE at line 2: /);
    expect(f[0]!.message).toContain('half applied');
  });

  it('fires on the transactional statement that follows a non-transactional one', async () => {
    const sql = 'CREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\nUPDATE lead SET owner_id = 0 WHERE owner_id IS NULL;';
    const f = await lintSql(sql, { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 1 });
    expect(f[0]!.message).toMatch(/^UPDATE at line 2 is mixed with CREATE INDEX CONCURRENTLY at line 1: /);
  });

  it('reports once per file however many statements are mixed', async () => {
    const sql = [
      'CREATE TABLE a (id int);',
      'VACUUM lead;',
      'CREATE TABLE b (id int);',
      'DROP INDEX CONCURRENTLY lead_owner_idx;',
      'INSERT INTO a VALUES (1);',
    ].join('\n');
    const f = await lintSql(sql, { before: [table], rule });
    expect(f.map((x) => [x.line, x.message.split(':')[0]])).toEqual([[2, 'VACUUM at line 2 is mixed with CREATE TABLE at line 1']]);
  });

  it('is not mixed with only SET before CREATE INDEX CONCURRENTLY', async () => {
    const sql = "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);";
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
  });

  it('does not count SET, RESET, SHOW, set_config or BEGIN/COMMIT', async () => {
    const sql = [
      "SET statement_timeout = '10min';",
      "SELECT set_config('lock_timeout', '2s', false);",
      'SHOW lock_timeout;',
      'CREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
      'REINDEX INDEX CONCURRENTLY lead_owner_idx;',
      'RESET lock_timeout;',
      'RESET ALL;',
    ].join('\n');
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
    // a BEGIN/COMMIT pair alone does not make a CONCURRENTLY file mixed (the other rule reports it)
    expect(await lintSql('BEGIN;\nCREATE INDEX CONCURRENTLY i ON lead (id);\nCOMMIT;', { before: [table], rule })).toEqual([]);
  });

  it('is not mixed when every statement is transactional, including REFRESH … CONCURRENTLY and ANALYZE', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN x int;\nREFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats;\nANALYZE lead;';
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
  });

  it('knows other non-transactional statements: VACUUM, ALTER SYSTEM, CREATE DATABASE', async () => {
    for (const stmt of ['VACUUM (ANALYZE) lead', "ALTER SYSTEM SET work_mem = '64MB'", 'CREATE DATABASE reporting']) {
      const f = await lintSql(`GRANT SELECT ON lead TO reader;\n${stmt};`, { before: [table], rule });
      expect(f.map((x) => x.line), stmt).toEqual([2]);
      expect(f[0]!.message).toContain('is mixed with GRANT at line 1');
    }
  });

  it('counts ALTER TYPE … ADD VALUE only before PostgreSQL 12', async () => {
    const sql = "ALTER TYPE mood ADD VALUE 'meh';\nALTER TABLE lead ADD COLUMN m mood;";
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
    const f = await lintSql(sql, { before: [table], rule, config: 'postgresVersion: 11\n' });
    expect(f.map((x) => x.message.split(':')[0])).toEqual(['ALTER TABLE at line 2 is mixed with ALTER TYPE … ADD VALUE at line 1']);
  });

  it('judges each file on its own', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__lead.sql': table,
        'db/migration/V2__col.sql': 'ALTER TABLE lead ADD COLUMN x int;',
        'db/migration/V3__idx.sql': "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY lead_x_idx ON lead (x);",
      },
      { files: ['db/migration/V2__col.sql', 'db/migration/V3__idx.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('counts line and column in characters after multi-byte text on the same line', async () => {
    const sql = "-- é ü 日本\nINSERT INTO lead VALUES (1, NULL); /* é ü 日本 */ CREATE INDEX CONCURRENTLY i ON lead (id);";
    const f = await lintSql(sql, { before: [table], rule });
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([[2, 49, 89]]);
    expect(f[0]!.message).toMatch(/^CREATE INDEX CONCURRENTLY at line 2 is mixed with INSERT at line 2/);
  });

  it('can be silenced for one statement', async () => {
    const sql = `ALTER TABLE lead ADD COLUMN x int;\n-- pgmig-ignore ${rule}\nCREATE INDEX CONCURRENTLY i ON lead (x);`;
    const f = await lintSql(sql, { before: [table] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('has docs whose bad example fires and whose good example is clean', async () => {
    const { docs } = findRule(rule)!;
    expect(docs.why).not.toMatch(/TODO/);
    expect(await lintSql(docs.example!.bad, { before: [table], rule })).toHaveLength(1);
    expect(await lintSql(docs.example!.good, { before: [table], rule })).toEqual([]);
  });
});

describe('statementLabel', () => {
  const label = (kind: NodeTag, text: string) => statementLabel({ kind, text });
  it('names a statement the way it was written', () => {
    expect(label('AlterTableStmt', 'alter table if exists lead add column x int')).toBe('ALTER TABLE');
    expect(label('IndexStmt', 'CREATE UNIQUE INDEX data ON lead (id)')).toBe('CREATE UNIQUE INDEX');
    expect(label('CreateFunctionStmt', 'CREATE OR REPLACE FUNCTION f() RETURNS int')).toBe('CREATE OR REPLACE FUNCTION');
    expect(label('CreateTableAsStmt', 'CREATE MATERIALIZED VIEW v AS SELECT 1')).toBe('CREATE MATERIALIZED VIEW');
    expect(label('CreateFdwStmt', 'CREATE FOREIGN DATA WRAPPER w')).toBe('CREATE FOREIGN DATA WRAPPER');
    expect(label('CreateStmt', 'CREATE TEMP TABLE "table" (id int)')).toBe('CREATE TEMP TABLE');
    expect(label('InsertStmt', 'WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x')).toBe('INSERT');
    expect(label('CommentStmt', "COMMENT ON TABLE lead IS 'x'")).toBe('COMMENT');
  });
});
