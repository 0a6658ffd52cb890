import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'prefer-robust-stmts';
const lines = async (sql: string, config?: string) => (await lintSql(sql, { rule, config })).map((f) => f.line);

describe(rule, () => {
  it('fires on CREATE/DROP without IF [NOT] EXISTS outside a transaction', async () => {
    const sql = [
      'CREATE TABLE lead_tag (lead_id bigint);',
      'CREATE INDEX lead_tag_idx ON lead_tag (lead_id);',
      'DROP INDEX old_idx;',
      'DROP TABLE old_table;',
      'DROP TYPE old_type;',
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(f[0]!.message).toBe(
      'CREATE TABLE lead_tag has no IF NOT EXISTS: if the migration fails after it, running the migration again fails here; add IF NOT EXISTS or run the file in a transaction',
    );
    expect(f[2]!.message).toContain('DROP INDEX old_idx has no IF EXISTS');
    expect(f[0]!.severity).toBe('warning');
  });

  it('does not fire inside a DO block, which fails as one statement, but does on the same DROP outside it', async () => {
    const inDo = 'SET lock_timeout = \'1s\';\nDO $$\nBEGIN\n  DROP TYPE lead_status_old;\nEND\n$$;\n';
    expect(await lines(inDo)).toEqual([]);
    expect(await lines('SET lock_timeout = \'1s\';\nDROP TYPE lead_status_old;\n')).toEqual([2]);
  });

  it('fires on each ALTER TABLE action that cannot run twice, at the action', async () => {
    const sql = 'ALTER TABLE lead\n  ADD COLUMN score bigint,\n  DROP COLUMN old,\n  ALTER COLUMN name ADD GENERATED ALWAYS AS IDENTITY,\n  DROP CONSTRAINT lead_x;';
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 3],
      [3, 3],
      [4, 3],
      [5, 3],
    ]);
    expect(f[0]!.message).toContain('ADD COLUMN score on lead has no IF NOT EXISTS');
    expect(f[2]!.message).toBe(
      'ALTER TABLE lead (name) runs outside a transaction and cannot be written to run twice: if the migration fails after it, running the migration again fails here; put the file in BEGIN … COMMIT',
    );
  });

  it('does not fire on actions that set a state and succeed when run again', async () => {
    const sql = [
      'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
      'ALTER TABLE lead FORCE ROW LEVEL SECURITY;',
      'ALTER TABLE lead ALTER COLUMN name SET NOT NULL, ALTER COLUMN note DROP NOT NULL;',
      'ALTER TABLE lead ALTER COLUMN score TYPE bigint;',
      "ALTER TABLE lead ALTER COLUMN note SET DEFAULT '', ALTER COLUMN name DROP DEFAULT;",
      'ALTER TABLE lead ALTER COLUMN note SET STATISTICS 500, ALTER COLUMN note SET STORAGE EXTERNAL;',
      'ALTER TABLE lead REPLICA IDENTITY FULL;',
      'ALTER TABLE lead OWNER TO app_owner;',
    ].join('\n');
    expect(await lines(sql)).toEqual([]);
  });

  it('fires on renames and SET SCHEMA of a table, which have no IF EXISTS form', async () => {
    const sql = 'ALTER TABLE lead RENAME COLUMN a TO b;\nALTER TABLE lead RENAME TO client;\nALTER TABLE lead RENAME CONSTRAINT c TO d;\nALTER TABLE lead SET SCHEMA app;';
    expect(await lines(sql)).toEqual([1, 2, 3, 4]);
  });

  it('applies to tables created in the same file: a rerun fails on them just the same', async () => {
    expect(await lines('CREATE TABLE IF NOT EXISTS t (id bigint);\nALTER TABLE t ADD COLUMN n bigint;')).toEqual([2]);
  });

  it('does not fire with IF [NOT] EXISTS, or inside BEGIN … COMMIT', async () => {
    const sql = [
      'CREATE TABLE IF NOT EXISTS t (id bigint);',
      'CREATE INDEX IF NOT EXISTS t_idx ON t (id);',
      'CREATE INDEX ON t (id);',
      'DROP INDEX IF EXISTS i;',
      'DROP TABLE IF EXISTS old;',
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS n bigint, DROP COLUMN IF EXISTS m, DROP CONSTRAINT IF EXISTS c;',
      'CREATE TEMP TABLE scratch (id bigint) ON COMMIT DROP;',
      'DROP VIEW v;',
      'ALTER INDEX i RENAME TO j;',
      'BEGIN;',
      'CREATE TABLE u (id bigint);',
      'ALTER TABLE u ALTER COLUMN id SET NOT NULL;',
      'DROP TABLE old2;',
      'COMMIT;',
    ].join('\n');
    expect(await lines(sql)).toEqual([]);
  });

  it('treats ADD CONSTRAINT and VALIDATE of a name dropped earlier in the file as repeatable', async () => {
    const sql = [
      'ALTER TABLE lead DROP CONSTRAINT IF EXISTS lead_owner_fk;',
      'ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id) NOT VALID;',
      'ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_fk;',
      'ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id) NOT VALID;',
      'ALTER TABLE lead ADD CONSTRAINT other CHECK (id > 0);',
      'ALTER TABLE lead VALIDATE CONSTRAINT another;',
    ].join('\n');
    expect(await lines(sql)).toEqual([4, 5, 6]);
  });

  it('does not fire on actions that can run twice: ENABLE and FORCE ROW LEVEL SECURITY', async () => {
    expect(await lines('ALTER TABLE lead ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;')).toEqual([]);
  });

  it('counts the transaction the runner opens (assumeInTransaction), but not after a COMMIT ends it', async () => {
    const sql = 'ALTER TABLE lead ADD COLUMN a bigint;\nCOMMIT;\nALTER TABLE lead ADD COLUMN b bigint;';
    expect(await lines(sql, 'assumeInTransaction: true\n')).toEqual([3]);
  });

  it('fires on CREATE INDEX CONCURRENTLY among other changes, even with assumeInTransaction, advising DROP INDEX CONCURRENTLY IF EXISTS, never IF NOT EXISTS', async () => {
    const sql = "SET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\nCREATE INDEX CONCURRENTLY lead_team_idx ON lead (team_id);";
    const f = (await lintSql(sql, { rule, config: 'assumeInTransaction: true\n' }));
    expect(f.map((x) => x.line)).toEqual([2, 3]);
    expect(f[0]!.message).toContain('DROP INDEX CONCURRENTLY IF EXISTS lead_owner_idx');
    expect(f[0]!.help).toContain('DROP INDEX CONCURRENTLY IF EXISTS');
    expect(f[0]!.help).toContain('never IF NOT EXISTS');
  });

  it('does not fire on a file whose only change is one concurrent build, or on a build a DROP INDEX … IF EXISTS comes before', async () => {
    expect(await lines("SET lock_timeout = '1s';\nSET statement_timeout = 0;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);")).toEqual([]);
    const sql = 'DROP INDEX CONCURRENTLY IF EXISTS lead_owner_idx;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\nDROP INDEX CONCURRENTLY IF EXISTS public.lead_team_idx;\nCREATE INDEX CONCURRENTLY lead_team_idx ON lead (team_id);';
    expect(await lines(sql)).toEqual([]);
  });

  it('knows ROLLBACK ends the transaction and COMMIT AND CHAIN starts the next', async () => {
    const sql = [
      'BEGIN;',
      'ALTER TABLE lead ADD COLUMN a bigint;',
      'COMMIT AND CHAIN;',
      'ALTER TABLE lead ADD COLUMN b bigint;',
      'ROLLBACK;',
      'ALTER TABLE lead ADD COLUMN c bigint;',
    ].join('\n');
    expect(await lines(sql)).toEqual([6]);
  });

  it('does not fire on DETACH PARTITION … CONCURRENTLY, which can never run in a transaction', async () => {
    expect(await lines('ALTER TABLE event DETACH PARTITION event_2023 CONCURRENTLY;')).toEqual([]);
    expect(await lines('ALTER TABLE event DETACH PARTITION event_2023;')).toEqual([1]);
  });

  it('under assumeInTransaction: flyway, fires only in files Flyway runs outside a transaction (issue 18 item 8)', async () => {
    const assume = 'assumeInTransaction: flyway\n';
    const ddl = 'CREATE TABLE lead_tag (lead_id bigint);\nALTER TABLE lead ADD COLUMN score bigint;';
    const of = (f: Awaited<ReturnType<typeof lintProject>>) => f.filter((x) => x.rule === rule).map((x) => `${x.file}:${x.line}`);
    // Flyway wraps each of these files in a transaction: nothing to repeat after a failure
    expect(of(await lintProject({ '.pgmig.yml': assume, 'db/migration/V1__a.sql': ddl, 'db/migration/V2__b.sql': 'DROP TABLE old_table;' }))).toEqual([]);
    // executeInTransaction=false in the script's .conf: statement by statement, so it counts
    expect(
      of(await lintProject({ '.pgmig.yml': assume, 'db/migration/V1__a.sql': ddl, 'db/migration/V1__a.sql.conf': 'executeInTransaction = false\n' })),
    ).toEqual(['db/migration/V1__a.sql:1', 'db/migration/V1__a.sql:2']);
    // so does Flyway's global executeInTransaction=false (flyway.conf beside .pgmig.yml)
    expect(of(await lintProject({ '.pgmig.yml': assume, 'flyway.conf': 'flyway.executeInTransaction=false\n', 'db/migration/V1__a.sql': ddl }))).toEqual([
      'db/migration/V1__a.sql:1',
      'db/migration/V1__a.sql:2',
    ]);
  });

  it('under assumeInTransaction: flyway, an ignore for it in a wrapped file is not stale: it serves runners that do not wrap', async () => {
    const f = await lintProject({ '.pgmig.yml': 'assumeInTransaction: flyway\n', 'db/migration/V1__a.sql': '-- pgmig-ignore prefer-robust-stmts\nALTER TABLE lead VALIDATE CONSTRAINT c;\n' });
    expect(f.filter((x) => x.rule === 'unused-ignore' || x.rule === rule)).toEqual([]);
  });
});
