import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runTest } from '../../src/commands/test.js';
import { flywayChecksum } from '../../src/db/apply.js';
import { UserError } from '../../src/errors.js';
import { project } from '../helpers/project.js';
import { serverUrl, testProject, withKeptDatabase } from './helpers.js';

/**
 * Base migrations go to the server several at a time (Applier.applyBatch), each still in its own
 * transaction with its history row. What a run reports must not depend on that: a failure in the
 * middle of a batch keeps the files before it, reports the failing one exactly, and runs nothing
 * after it.
 */

const history = async (c: pg.Client) =>
  (await c.query('SELECT installed_rank, version, script, checksum, execution_time, success FROM flyway_schema_history ORDER BY installed_rank')).rows;

describe('base migrations sent together', () => {
  it('records each file in its own history row, in order, with its checksum and an execution time', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 6; i++) files[`db/migration/V${i}__step_${i}.sql`] = `CREATE TABLE t${i} (id int);\nINSERT INTO t${i} VALUES (${i});\n`;
    // a PL/pgSQL body (parsed, not sent as plain text) among them
    files['db/migration/V3__step_3.sql'] = 'DO $$ BEGIN PERFORM pg_sleep(0.3); END $$;\nCREATE TABLE t3 (id int);\n';
    files['db/migration/V7__new.sql'] = 'SELECT 1;\n';
    const r = await testProject(files, { keep: true, files: ['db/migration/V7__new.sql'] });
    expect(r.summary).toMatchObject({ applied: 7, failed: 0 });
    expect(r.migrations.map((m) => [m.script, m.phase, m.installedRank, m.transactional])).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((i) => [`V${i}__step_${i}.sql`, 'base', i, true]),
      ['V7__new.sql', 'new', 7, true],
    ]);
    await withKeptDatabase(r.database.name, async (c) => {
      const rows = await history(c);
      expect(rows.map((x) => [x.installed_rank, x.version, x.script, x.checksum, x.success])).toEqual(
        Object.entries(files).map(([path, sql], i) => [i + 1, String(i + 1), path.split('/').pop(), flywayChecksum(sql), true]),
      );
      expect(rows.every((x) => Number.isInteger(x.execution_time) && x.execution_time >= 0)).toBe(true);
      // each file's own time, not the batch's so far: the sleep counts for V3, not for V4 after it
      expect(rows.find((x) => x.version === '3')!.execution_time).toBeGreaterThanOrEqual(295);
      expect(rows.find((x) => x.version === '4')!.execution_time).toBeLessThan(250);
    });
  });

  it('resets each file\'s session settings before the next one', async () => {
    const r = await testProject(
      {
        'db/migration/V1__settings.sql': "SET lock_timeout = '1234ms';\nSET search_path = pg_catalog, public;\nCREATE TABLE public.a (id int);\n",
        'db/migration/V2__reads.sql': "CREATE TABLE seen AS SELECT current_setting('lock_timeout') AS lock_timeout, current_schema() AS schema;\n",
        'db/migration/V3__new.sql': 'SELECT 1;\n',
      },
      { keep: true, files: ['db/migration/V3__new.sql'] },
    );
    expect(r.summary.failed).toBe(0);
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query('SELECT * FROM public.seen')).rows).toEqual([{ lock_timeout: '0', schema: 'public' }]);
    });
  });

  it('a failure in the middle keeps the files before it, reports the failing one exactly and runs nothing after it', async () => {
    const r = await testProject(
      {
        'db/migration/V1__a.sql': 'CREATE TABLE a (id int);\n',
        'db/migration/V2__b.sql': "SET lock_timeout = '1s';\nCREATE TABLE b (id int);\n",
        'db/migration/V3__c.sql': 'CREATE TABLE c (id int);\n-- the error is on the next line\nINSERT INTO c (id) VALUES (1);\nUPDATE c SET nosuch = 1;\n',
        'db/migration/V4__d.sql': 'CREATE TABLE d (id int);\n',
        'db/migration/V5__new.sql': 'SELECT 1;\n',
      },
      { keep: true, files: ['db/migration/V5__new.sql'] },
    );
    expect(r.migrations.map((m) => [m.script, m.status])).toEqual([
      ['V1__a.sql', 'applied'],
      ['V2__b.sql', 'applied'],
      ['V3__c.sql', 'failed'],
    ]);
    expect(r.migrations[2]!.error).toMatchObject({ file: 'db/migration/V3__c.sql', statementLine: 4, line: 4, column: 14, sqlstate: '42703' });
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await history(c)).map((x) => [x.installed_rank, x.script])).toEqual([
        [1, 'V1__a.sql'],
        [2, 'V2__b.sql'],
      ]);
      const tables = await c.query(`SELECT to_regclass('a') IS NOT NULL AS a, to_regclass('b') IS NOT NULL AS b, to_regclass('c') IS NOT NULL AS c, to_regclass('d') IS NOT NULL AS d`);
      expect(tables.rows[0]).toEqual({ a: true, b: true, c: false, d: false });
    });
  });

  it('a syntax error only the server finds (the whole batch is refused): the files before it still apply, the error is placed', async () => {
    const r = await testProject(
      {
        'db/migration/V1__a.sql': 'CREATE TABLE a (id int);\n',
        'db/migration/V2__b.sql': 'CREATE TABLE b (id int);\n',
        // unparsed on the client (nothing in it needs parsing); the server rejects the batch
        'db/migration/V3__c.sql': 'CREATE TABLE c (\n  id int,\n  name text,,\n);\n',
        'db/migration/V4__d.sql': 'CREATE TABLE d (id int);\n',
        'db/migration/V5__new.sql': 'SELECT 1;\n',
      },
      { keep: true, files: ['db/migration/V5__new.sql'] },
    );
    expect(r.migrations.map((m) => [m.script, m.status, m.installedRank])).toEqual([
      ['V1__a.sql', 'applied', 1],
      ['V2__b.sql', 'applied', 2],
      ['V3__c.sql', 'failed', undefined],
    ]);
    expect(r.migrations[2]!.error).toMatchObject({ file: 'db/migration/V3__c.sql', line: 3, sqlstate: '42601' });
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await history(c)).map((x) => x.script)).toEqual(['V1__a.sql', 'V2__b.sql']);
    });
  });

  it('an error raised in a function an earlier batched file defined is placed in that function', async () => {
    const r = await testProject({
      'db/migration/V1__fn.sql': "CREATE FUNCTION must_be_positive(n int) RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  IF n <= 0 THEN\n    RAISE EXCEPTION 'not positive: %', n;\n  END IF;\n  RETURN n;\nEND $$;\n",
      'db/migration/V2__ok.sql': 'CREATE TABLE ok AS SELECT must_be_positive(1) AS n;\n',
      'db/migration/V3__bad.sql': 'CREATE TABLE bad AS SELECT must_be_positive(0) AS n;\n',
      'db/migration/V4__new.sql': 'SELECT 1;\n',
    }, { files: ['db/migration/V4__new.sql'] });
    expect(r.migrations.map((m) => m.status)).toEqual(['applied', 'applied', 'failed']);
    expect(r.migrations[2]!.error).toMatchObject({
      file: 'db/migration/V3__bad.sql',
      line: 1,
      sqlstate: 'P0001',
      message: 'not positive: 0',
      inFunction: { file: 'db/migration/V1__fn.sql', line: 4 },
    });
  });

  it('a file that cannot run in a transaction splits the batches and runs statement by statement, in order', async () => {
    const r = await testProject(
      {
        'db/migration/V1__a.sql': 'CREATE TABLE a (id int);\n',
        'db/migration/V2__b.sql': 'ALTER TABLE a ADD COLUMN b int;\n',
        'db/migration/V3__index.sql': 'CREATE INDEX CONCURRENTLY a_b_idx ON a (b);\n',
        'db/migration/V4__c.sql': 'ALTER TABLE a ADD COLUMN c int;\n',
        'db/migration/V5__d.sql': 'CREATE INDEX a_c_idx ON a (c);\n',
        'db/migration/V6__new.sql': 'SELECT 1;\n',
      },
      { keep: true, files: ['db/migration/V6__new.sql'] },
    );
    expect(r.summary.failed).toBe(0);
    expect(r.migrations.map((m) => [m.installedRank, m.transactional])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, true],
      [5, true],
      [6, true],
    ]);
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await history(c)).map((x) => x.installed_rank)).toEqual([1, 2, 3, 4, 5, 6]);
      expect((await c.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'a'`)).rows[0].n).toBe(2);
    });
  });

  it('the backend terminated in the middle of a batch: an environment error naming the file and the statement', async () => {
    const cwd = project({
      'db/migration/V1__a.sql': 'CREATE TABLE a (id int);\n',
      'db/migration/V2__b.sql': 'CREATE TABLE b (id int);\n\nSELECT pg_sleep(30.7);\n',
      'db/migration/V3__c.sql': 'CREATE TABLE c (id int);\n',
      'db/migration/V4__new.sql': 'SELECT 1;\n',
    });
    const run = runTest({ cwd, env: {}, databaseUrl: serverUrl(), files: ['db/migration/V4__new.sql'] });
    run.catch(() => {});
    const admin = new pg.Client({ connectionString: serverUrl() });
    await admin.connect();
    try {
      let pid: number | undefined;
      for (const until = Date.now() + 30_000; pid === undefined && Date.now() < until; ) {
        const r = await admin.query(`SELECT pid FROM pg_stat_activity WHERE state = 'active' AND wait_event = 'PgSleep' AND query LIKE '%pg_sleep(30.7)%' AND pid <> pg_backend_pid()`);
        pid = r.rows[0]?.pid;
        if (pid === undefined) await new Promise((res) => setTimeout(res, 50));
      }
      expect(pid).toBeDefined();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      const err = await run.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/^db\/migration\/V2__b\.sql:3: lost the connection to PostgreSQL during the statement at line 3 \(SELECT pg_sleep\(30\.7\)\)/);
    } finally {
      await admin.end();
    }
  });
});
